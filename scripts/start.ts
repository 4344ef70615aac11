/**
 * `npm start`: one command from a fresh clone to a running app.
 * Starts an embedded PostgreSQL in .data/ (unless DATABASE_URL is set), applies migrations, seeds demo data into
 * an empty database, builds when the sources changed since the last build, and serves the app.
 * `npm run dev` does the same with `next dev`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { resolveDatabase } from "./db/database-url";
import { localAuthSecret } from "./secrets";
import { buildIfStale, projectRoot, serveScript, waitUntilServing } from "./build";
import { applyMigrations } from "./db/migrate";
import { scriptClient } from "./db/client";
import { describeDemoAccounts, isEmpty, seed } from "./db/seed";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

/** Inside the project: relative to it; elsewhere (root's /var/lib/kinship): absolute. */
function displayPath(p: string) {
  const relative = path.relative(projectRoot, p);
  return relative.startsWith("..") ? p : relative;
}

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function authSecret(): string {
  return (
    localAuthSecret() ??
    fail(
      "AUTH_SECRET is not set. In production Kinship will not start without it: set AUTH_SECRET to a random value of at least 32 characters (for example: openssl rand -base64 32).",
    )
  );
}

const secret = authSecret();
const { url: databaseUrl, cluster } = await resolveDatabase();
console.log(
  cluster
    ? `PostgreSQL (embedded) is running from ${displayPath(cluster.dataDir)} on port ${cluster.port}.`
    : "Using the database at DATABASE_URL.",
);

const running: { child?: ChildProcess } = {};
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  const child = running.child;
  if (child && child.exitCode === null && child.pid) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  await cluster?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const applied = await applyMigrations(databaseUrl);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  const db = scriptClient(databaseUrl);
  try {
    // Demo accounts have a published password: never in production.
    if (process.env.NODE_ENV !== "production" && (await isEmpty(db))) {
      await seed(db);
      console.log("Seeded demo data into the empty database.");
    }
  } finally {
    await db.$disconnect();
  }
} catch (error) {
  await cluster?.stop();
  throw error;
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: secret,
  NEXT_TELEMETRY_DISABLED: "1",
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
};
if (!dev) {
  try {
    buildIfStale(env);
  } catch (error) {
    await cluster?.stop();
    fail((error as Error).message);
  }
}

const child = spawn(process.execPath, [serveScript, ...(dev ? ["--dev"] : []), "-p", String(port)], {
  stdio: ["ignore", "inherit", "inherit"],
  env,
  cwd: projectRoot,
});
running.child = child;
child.on("exit", (code) => void shutdown(code ?? 1));

const appUrl = `http://localhost:${port}`;
if (await waitUntilServing(`http://127.0.0.1:${port}`, () => child.exitCode === null, 600_000)) {
  const demo = process.env.NODE_ENV === "production" ? "" : `${describeDemoAccounts()}\n\n`;
  console.log(`\nKinship is running at ${appUrl}\n\n${demo}Press Ctrl+C to stop.\n`);
}
