/** Builds the app when the sources changed since the last build (shared by `npm start` and the e2e runner). */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "..");
export const nextBin = path.join(projectRoot, "node_modules", ".bin", "next");
/** Serves the built app (or `--dev`) like `next start`, passing the socket's address to it (see the file). */
export const serveScript = path.join(projectRoot, "scripts", "serve.mjs");

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];

function newestSource(): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const input of BUILD_INPUTS) visit(path.join(projectRoot, input));
  return newest;
}

export function buildIfStale(env: NodeJS.ProcessEnv): void {
  const buildId = path.join(projectRoot, env.KINSHIP_DIST_DIR ?? ".next", "BUILD_ID");
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newestSource()) return;
  console.log("Building the app (first run, or the sources changed)…");
  const started = Date.now();
  const result = spawnSync(nextBin, ["build"], {
    stdio: "inherit",
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
    cwd: projectRoot,
  });
  if (result.status !== 0) throw new Error("The build failed; see the output above.");
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

/** Polls /api/health until the server answers, or gives up when the process exits or time runs out. */
export async function waitUntilServing(baseUrl: string, isAlive: () => boolean, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) return false;
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
