/**
 * Extra app instances for browser tests that need more than the one Playwright talks to: each serves the same
 * database and build (scripts/serve.mjs, as the main one), as behind a load balancer. The child is node itself
 * running that script (no shell or `env` in between, and it serves in that process), so `kill()` ends the process
 * that holds the sockets.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../../../scripts/db/embedded";

export { freePort };

const serveScript = path.resolve("scripts", "serve.mjs");

export type AppInstance = {
  url: string;
  pid: number;
  /** Ends the process at once with SIGKILL, as a crash would: no shutdown code runs. */
  kill: () => Promise<void>;
  /** SIGTERM, then SIGKILL after 5 s; does nothing when it already exited. */
  stop: () => Promise<void>;
};

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Starts an instance without the job worker and resolves once /api/health answers (or throws after `timeoutMs`). */
export async function startInstance(timeoutMs = 120_000): Promise<AppInstance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [serveScript, "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, APP_URL: url, KINSHIP_WORKER: "off" },
    stdio: "ignore",
  });
  const instance: AppInstance = {
    url,
    pid: child.pid!,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited(child);
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      child.kill("SIGTERM");
      await exited(child);
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) })).ok) return instance;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await instance.stop();
  throw new Error(`The app instance on ${url} did not start.`);
}

/** Whether anything still answers on the instance's port (false once the process is gone). */
export async function answers(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}
