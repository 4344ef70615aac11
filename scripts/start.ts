/**
 * `npm start`: one command from a fresh clone to a running app.
 * Starts an embedded PostgreSQL in .data/ (unless DATABASE_URL is set), applies migrations, seeds demo data into
 * an empty database, builds when the sources changed since the last build, and serves the app.
 * `npm run dev` does the same with `next dev`.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir, projectRoot, resolveDatabase } from "./db/database-url";
import { applyMigrations } from "./db/migrate";
import { scriptClient } from "./db/client";
import { describeDemoAccounts, isEmpty, seed } from "./db/seed";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const next = path.join(projectRoot, "node_modules", ".bin", "next");

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.NODE_ENV === "production") {
    fail("AUTH_SECRET is not set. In production Kinship will not start without it: set AUTH_SECRET to a random value of at least 32 characters (for example: openssl rand -base64 32).");
  }
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log(`Generated a local AUTH_SECRET in ${path.relative(projectRoot, file)} (set AUTH_SECRET to use your own).`);
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** The newest modification time among the files a build depends on. */
function newestSource(): number {
  const roots = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const r of roots) visit(path.join(projectRoot, r));
  return newest;
}

function buildIfStale(env: NodeJS.ProcessEnv) {
  const buildId = path.join(projectRoot, ".next", "BUILD_ID");
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newestSource()) return;
  console.log("Building the app (first start, or the sources changed)…");
  const started = Date.now();
  const result = spawnSync(next, ["build"], { stdio: "inherit", env, cwd: projectRoot });
  if (result.status !== 0) fail("The build failed; see the output above.");
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

async function waitUntilServing(url: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) return false;
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const secret = authSecret();
const { url: databaseUrl, cluster } = await resolveDatabase();
console.log(cluster ? `PostgreSQL (embedded) is running from ${path.relative(projectRoot, cluster.dataDir)} on port ${cluster.port}.` : "Using the database at DATABASE_URL.");

let child: ChildProcess | undefined;
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (child && child.exitCode === null && child.pid) {
    const exited = new Promise((r) => child!.once("exit", r));
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
    if (await isEmpty(db)) {
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
if (!dev) buildIfStale(env);

child = spawn(next, [dev ? "dev" : "start", "-p", String(port)], { stdio: ["ignore", "inherit", "inherit"], env, cwd: projectRoot });
child.on("exit", (code) => void shutdown(code ?? 1));

const appUrl = `http://localhost:${port}`;
if (await waitUntilServing(`http://127.0.0.1:${port}`, child)) {
  console.log(`\nKinship is running at ${appUrl}\n\n${describeDemoAccounts()}\n\nPress Ctrl+C to stop.\n`);
}
