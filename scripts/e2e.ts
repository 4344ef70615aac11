/**
 * `npm run test:e2e`: the browser tests against the production build, on a throwaway database.
 * Extra arguments go to Playwright (e.g. `npm run test:e2e -- tests/e2e/auth.spec.ts --headed`).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ensureChromium } from "./browser";
import { buildIfStale, projectRoot, serveScript, waitUntilServing } from "./build";
import { freePort } from "./db/embedded";
import { recreateDatabase, startTestServer, stopTestServer } from "../tests/support/test-database";
import { applyMigrations } from "./db/migrate";

const chromium = await ensureChromium().catch((error: Error) => {
  console.error(`\n${error.message}\n`);
  process.exit(1);
});

const server = await startTestServer();
// Files the app stores (profile photos) go to a throwaway folder, never into the repository's .data/files.
const filesDir = mkdtempSync(path.join(os.tmpdir(), "kinship-e2e-files-"));
let app: ChildProcess | undefined;
let exitCode = 1;
try {
  const databaseUrl = await recreateDatabase(server.adminUrl, "kinship_e2e");
  await applyMigrations(databaseUrl);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    APP_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    // Its own build folder (E2E_DIST_DIR lets two runs build side by side).
    KINSHIP_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
    // The browser tests read the emails the app sends from the development outbox.
    KINSHIP_DEV_OUTBOX: "true",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    KINSHIP_FILES_DIR: filesDir,
    // The tests stand in for one proxy in front of the app: a test that needs an address of its own sends it in
    // X-Forwarded-For, as nginx would (tests/e2e/fixtures.ts, `asClient`). The others count as 127.0.0.1.
    TRUSTED_PROXIES: "1",
    // The one reader of the outbox (tests/e2e/fixtures.ts, OPERATOR_EMAIL).
    KINSHIP_OPERATORS: "operator@kinship.test",
  };
  buildIfStale(env);

  app = spawn(process.execPath, [serveScript, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: projectRoot,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (!(await waitUntilServing(baseUrl, () => app!.exitCode === null)))
    throw new Error("The app did not start; see the output above.");

  const result = spawnSync(
    process.execPath,
    ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)],
    {
      cwd: projectRoot,
      stdio: "inherit",
      env: {
        ...env,
        E2E_BASE_URL: baseUrl,
        E2E_DATABASE_URL: databaseUrl,
        // The specs' factories reach lib code that imports the catalogues as the build wants them (no attribute).
        NODE_OPTIONS: [
          process.env.NODE_OPTIONS,
          `--import=${pathToFileURL(path.join(projectRoot, "scripts", "json-modules.mjs")).href}`,
        ]
          .filter(Boolean)
          .join(" "),
        PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium,
        ...(process.env.E2E_DIST_DIR
          ? {
              E2E_OUTPUT_DIR: `test-results/artifacts${process.env.E2E_DIST_DIR.replace(".next-e2e", "")}`,
              E2E_REPORT_DIR: `playwright-report${process.env.E2E_DIST_DIR.replace(".next-e2e", "")}`,
            }
          : {}),
      },
    },
  );
  exitCode = result.status ?? 1;
} finally {
  if (app?.pid && app.exitCode === null) {
    const exited = new Promise((r) => app!.once("exit", r));
    app.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  await stopTestServer(server);
  rmSync(filesDir, { recursive: true, force: true });
}
process.exit(exitCode);
