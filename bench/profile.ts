/**
 * `npm run bench -- profile` (issue 18, goal 2): where a signed-in page's CPU goes. The production build served by
 * `scripts/serve.mjs` on the demo data (as bench/pages.ts sets it up), one page at a time under load (autocannon,
 * BENCH_CONNECTIONS connections for BENCH_PROFILE_SECONDS, 20 by default) as its visitor, while V8's sampling
 * profiler runs inside the app (started and stopped by a signal, through an in-process inspector session, so one
 * server serves every page). Prints each page's self time grouped by category (React's server render, its RSC
 * serializer, Next.js, next-intl, Prisma, our code, GC…), by package or project folder, and by function; keeps the
 * `.cpuprofile` files in BENCH_PROFILE_DIR (default: a temporary folder, printed) for Chrome DevTools or speedscope.
 * BENCH_PAGES picks pages as in bench/pages.ts. Bounded in time; talks only to 127.0.0.1.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { buildIfStale, projectRoot, serveScript, waitUntilServing } from "../scripts/build";
import { freePort } from "../scripts/db/embedded";
import { applyMigrations } from "../scripts/db/migrate";
import { scriptClient } from "../scripts/db/client";
import { seed } from "../scripts/db/seed";
import { recreateDatabase, startTestServer, stopTestServer } from "../tests/support/test-database";
import { benchAppEnv, cpuSeconds, sessionCookie } from "./realtime";
import { pagesIn } from "./pages";
import { breakdown, sharesTable, type CpuProfile } from "./profile-breakdown";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_PROFILE_SECONDS ?? 20);
const ONLY = (process.env.BENCH_PAGES ?? "")
  .split(",")
  .map((w) => w.trim().toLowerCase())
  .filter(Boolean);
const log = (line: string) => process.stderr.write(`[profile] ${line}\n`);

/**
 * Loaded into the app (bench only): SIGUSR2 starts V8's sampling profiler (every 500 µs); the next SIGUSR2 stops it
 * and writes the profile to BENCH_PROFILE_FILE + pid (renamed into place once complete).
 */
const PROFILER_PROBE = `import inspector from "node:inspector"; import fs from "node:fs";
const session = new inspector.Session(); session.connect();
let running = false;
process.on("SIGUSR2", () => {
  const file = process.env.BENCH_PROFILE_FILE + process.pid;
  if (!running) {
    running = true;
    session.post("Profiler.enable", () =>
      session.post("Profiler.setSamplingInterval", { interval: 500 }, () => session.post("Profiler.start")));
    return;
  }
  running = false;
  session.post("Profiler.stop", (error, result) => {
    fs.writeFileSync(file + ".part", error ? "{}" : JSON.stringify(result.profile));
    fs.renameSync(file + ".part", file);
  });
});`;

async function signalAndWait(pid: number, file: string | null): Promise<CpuProfile | null> {
  if (file) fs.rmSync(file, { force: true });
  process.kill(pid, "SIGUSR2");
  if (!file) return null;
  for (let waited = 0; waited < 60_000; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  }
  throw new Error("the app did not write its profile");
}

export async function runProfileBench(): Promise<string> {
  const server = await startTestServer();
  const out = process.env.BENCH_PROFILE_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "kinship-profile-"));
  fs.mkdirSync(out, { recursive: true });
  const probeFile = path.join(os.tmpdir(), `kinship-bench-profile-${process.pid}-`);
  let app: ChildProcess | undefined;
  const sections: string[] = [];
  try {
    const url = await recreateDatabase(server.adminUrl, "kinship_bench_profile");
    await applyMigrations(url);
    const prisma = scriptClient(url);
    await seed(prisma);
    await prisma.$disconnect();
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const pages = (await pagesIn(db)).filter(
      (p) => p.as && (ONLY.length === 0 || ONLY.some((w) => p.name.toLowerCase().includes(w))),
    );
    await db.end();

    const secret = randomBytes(32).toString("base64url");
    const env = benchAppEnv(url, secret);
    buildIfStale(env);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    app = spawn(process.execPath, [serveScript, "-p", String(port), "-H", "127.0.0.1"], {
      cwd: projectRoot,
      env: {
        ...env,
        APP_URL: base,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=data:text/javascript,${encodeURIComponent(PROFILER_PROBE)}`,
        BENCH_PROFILE_FILE: probeFile,
      },
      stdio: "ignore",
    });
    const pid = app.pid!;
    if (!(await waitUntilServing(base, () => app?.exitCode === null))) throw new Error("the app did not start");

    for (const page of pages) {
      const headers = { accept: "text/html", cookie: await sessionCookie(secret, page.as!) };
      for (let i = 0; i < 20; i++) {
        const res = await fetch(base + page.path, { headers, redirect: "manual" });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${page.name} (${page.path}) answered ${res.status}`);
      }
      await signalAndWait(pid, null);
      // The process's own CPU time (user + system, from /proc): unlike the profile's wall-clock samples, it does not
      // grow when other processes take the cores.
      const cpuBefore = cpuSeconds(pid);
      const result = await autocannon({ url: base + page.path, connections: CONNECTIONS, duration: SECONDS, headers });
      const cpuMs = (cpuSeconds(pid) - cpuBefore) * 1000;
      const profile = (await signalAndWait(pid, probeFile + pid))!;
      const file = path.join(out, `${page.name.replace(/[^\w]+/g, "-").toLowerCase()}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(profile));
      const b = breakdown(profile);
      const requests = result.requests.total;
      log(
        `${page.name}: ${result.requests.average.toFixed(0)} req/s, ${(cpuMs / requests).toFixed(1)} ms of CPU a request`,
      );
      sections.push(
        [
          `### ${page.name} (${page.path})`,
          "",
          `${requests} requests in ${SECONDS} s (${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms, ` +
            `${result.non2xx + result.errors} failed); main thread busy ${b.totalMs.toFixed(0)} ms, idle ${b.idleMs.toFixed(0)} ms; ` +
            `${(cpuMs / requests).toFixed(2)} ms of CPU a request (the process's user + system time). Profile: ${file}`,
          "",
          sharesTable("Category", b.categories, requests),
          "",
          sharesTable("Package or folder", b.files, requests),
          "",
          sharesTable("Function", b.functions, requests),
        ].join("\n"),
      );
    }
  } finally {
    if (app && app.exitCode === null) app.kill("SIGTERM");
    await stopTestServer(server);
  }
  return sections.join("\n\n");
}
