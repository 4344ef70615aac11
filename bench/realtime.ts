/**
 * Realtime across two app instances sharing one database: the set-up (a throwaway database, two app processes
 * served by `scripts/serve.mjs` as `npm start` serves them, session cookies), an SSE reader, notification fan-out
 * latency from commit to the client, and the bare LISTEN/NOTIFY round trip measured in the same run (the floor).
 * Chat delivery is in bench/chat.ts. Bounded: CLIENTS streams, ROUNDS notifications, all on 127.0.0.1; stops by
 * itself.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { toRow, type Row } from "./measure";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { buildIfStale, projectRoot, serveScript, waitUntilServing } from "../scripts/build";
import { freePort } from "../scripts/db/embedded";
import { applyMigrations } from "../scripts/db/migrate";
import { recreateDatabase, startTestServer, stopTestServer } from "../tests/support/test-database";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 40);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
/** A delivery that takes longer than this is counted as lost. */
export const EVENT_TIMEOUT_MS = 5000;

/** What a benchmark gets from the set-up: the database, its secret, and the two instances (A and B). */
export type Instances = {
  url: string;
  db: pg.Client;
  secret: string;
  bases: [string, string];
  pids: [number, number];
};

/** The session cookie of a user, as Auth.js would have set it at sign-in (session version 0). */
export async function sessionCookie(secret: string, userId: string): Promise<string> {
  const token = await encode({ token: { uid: userId, sv: 0, sub: userId }, secret, salt: "authjs.session-token" });
  return `authjs.session-token=${token}`;
}

/** Resolves with the value, or with NaN after EVENT_TIMEOUT_MS. */
export function withTimeout(promise: Promise<number>): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<number>((r) => (timer = setTimeout(() => r(NaN), EVENT_TIMEOUT_MS)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * A minimal SSE reader over fetch: resolves once the stream is open, then calls onEvent(event, data, at) for every
 * frame that has an event name (`at` is performance.now() when the frame was read).
 */
export async function openSse(
  baseUrl: string,
  cookie: string,
  onEvent: (event: string, data: unknown, at: number) => void,
  signal: AbortSignal,
): Promise<void> {
  // Opening is bounded too (a stream that never answers would hold the run); once open, only `signal` ends it.
  const opening = new AbortController();
  const timer = setTimeout(() => opening.abort(), 30_000);
  const res = await fetch(`${baseUrl}/api/v1/stream`, {
    headers: { cookie },
    signal: AbortSignal.any([signal, opening.signal]),
  }).finally(() => clearTimeout(timer));
  if (!res.ok || !res.body) throw new Error(`stream refused: ${res.status}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = performance.now();
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const lines = buffer.slice(0, cut).split("\n");
          buffer = buffer.slice(cut + 2);
          const event = lines.find((l) => l.startsWith("event: "))?.slice(7);
          const data = lines.find((l) => l.startsWith("data: "))?.slice(6);
          if (event && data) onEvent(event, JSON.parse(data), at);
        }
      }
    } catch {
      // aborted at the end of the run
    }
  })();
}

/**
 * Loaded into each app instance (bench only): on SIGUSR2 it runs a full garbage collection and writes
 * process.memoryUsage() to BENCH_MEMORY_FILE + pid, so memory is compared without the garbage of the moment.
 */
const MEMORY_PROBE = `import v8 from "node:v8"; import vm from "node:vm"; import fs from "node:fs";
import os from "node:os";
import path from "node:path";
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");
process.on("SIGUSR2", () => {
  gc();
  fs.writeFileSync(process.env.BENCH_MEMORY_FILE + process.pid, JSON.stringify(process.memoryUsage()));
});`;
const memoryFile = path.join(os.tmpdir(), `kinship-bench-memory-${process.pid}-`);

/** An instance's memory (bytes) right after a full garbage collection, or null if it did not answer in 5 s. */
export async function memoryAfterGc(pid: number): Promise<NodeJS.MemoryUsage | null> {
  const file = memoryFile + pid;
  fs.rmSync(file, { force: true });
  process.kill(pid, "SIGUSR2");
  for (let waited = 0; waited < EVENT_TIMEOUT_MS; waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
    try {
      const usage = JSON.parse(fs.readFileSync(file, "utf8")) as NodeJS.MemoryUsage;
      fs.rmSync(file, { force: true });
      return usage;
    } catch {
      // not written yet (or half written)
    }
  }
  return null;
}

/** Resident memory of a process and all its descendants (Linux /proc), in KiB; NaN elsewhere. */
export function treeRss(rootPid: number): { kib: number; processes: number } {
  try {
    const parents = new Map<number, number>();
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        // The command name (in parentheses) may hold spaces: the parent pid is the 2nd field after it.
        const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
        parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
      } catch {
        // the process ended meanwhile
      }
    }
    const tree = new Set([rootPid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, ppid] of parents)
        if (tree.has(ppid) && !tree.has(pid)) {
          tree.add(pid);
          grew = true;
        }
    }
    let total = 0;
    for (const pid of tree) {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
    }
    return { kib: total, processes: tree.size };
  } catch {
    return { kib: NaN, processes: 0 };
  }
}

/** CPU seconds (user + system) a process has used so far (Linux /proc, 100 ticks a second); NaN elsewhere. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

export async function bareRoundTrip(url: string, n: number): Promise<number[]> {
  const listener = new pg.Client({ connectionString: url });
  const sender = new pg.Client({ connectionString: url });
  await Promise.all([listener.connect(), sender.connect()]);
  await listener.query("LISTEN bench_channel");
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const got = new Promise<void>((resolve) => listener.once("notification", () => resolve()));
    await sender.query("SELECT pg_notify('bench_channel', $1)", [String(i)]);
    await got;
    samples.push(performance.now() - started);
  }
  await Promise.all([listener.end(), sender.end()]);
  return samples;
}

/** The environment a benchmark's app instance runs with: production build, worker off, quiet logs. */
export function benchAppEnv(url: string, secret: string) {
  return {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: url,
    AUTH_SECRET: secret,
    KINSHIP_WORKER: "off",
    KINSHIP_DIST_DIR: process.env.BENCH_DIST_DIR ?? ".next-e2e",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/**
 * Starts a throwaway database and two app instances (building the app into BENCH_DIST_DIR, default `.next-e2e`,
 * when stale), runs `fn`, then stops everything whatever happened.
 */
export async function withInstances<T>(fn: (instances: Instances) => Promise<T>): Promise<T> {
  const server = await startTestServer();
  const apps: ChildProcess[] = [];
  let db: pg.Client | undefined;
  try {
    const url = await recreateDatabase(server.adminUrl, "kinship_bench_rt");
    await applyMigrations(url);
    const secret = randomBytes(32).toString("base64url");
    const env = benchAppEnv(url, secret);
    buildIfStale(env);
    const bases: string[] = [];
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const app = spawn(process.execPath, [serveScript, "-p", String(port), "-H", "127.0.0.1"], {
        cwd: projectRoot,
        env: {
          ...env,
          APP_URL: `http://127.0.0.1:${port}`,
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=data:text/javascript,${encodeURIComponent(MEMORY_PROBE)}`,
          BENCH_MEMORY_FILE: memoryFile,
        },
        stdio: "ignore",
      });
      apps.push(app);
      bases.push(`http://127.0.0.1:${port}`);
      if (!(await waitUntilServing(bases[i]!, () => app.exitCode === null)))
        throw new Error("an app instance did not start");
    }
    db = new pg.Client({ connectionString: url });
    await db.connect();
    return await fn({
      url,
      db,
      secret,
      bases: [bases[0]!, bases[1]!],
      pids: [apps[0]!.pid!, apps[1]!.pid!],
    });
  } finally {
    await db?.end().catch(() => undefined);
    for (const app of apps) if (app.exitCode === null) app.kill("SIGTERM");
    await stopTestServer(server);
  }
}

/** Notification fan-out: CLIENTS streams, half on each instance; ROUNDS notifications committed one at a time. */
export async function runNotificationBench({ db, secret, bases }: Instances): Promise<Row[]> {
  const abort = new AbortController();
  try {
    const pending = new Map<string, { started: number; resolve: (ms: number) => void }>();
    const users: string[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const id = randomUUID();
      await db.query(`INSERT INTO "User"(id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`, [
        id,
        `bench-${i}@example.test`,
        `Bench ${i}`,
      ]);
      users.push(id);
      // Half the clients on each instance.
      await openSse(
        bases[i % 2]!,
        await sessionCookie(secret, id),
        (event, data, at) => {
          if (event !== "notification") return;
          const p = pending.get((data as { notification: { title: string } }).notification.title);
          if (p) p.resolve(at - p.started);
        },
        abort.signal,
      );
    }
    await new Promise((r) => setTimeout(r, 500));

    const samples: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const userId = users[i % users.length]!;
      const title = `bench-${i}`;
      const started = performance.now();
      const arrived = new Promise<number>((resolve) => pending.set(title, { started, resolve }));
      await db.query("BEGIN");
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO "Notification"(id, "userId", kind, title, url) VALUES ($1, $2, 'group.role_changed', $3, '/') RETURNING id`,
        [randomUUID(), userId, title],
      );
      await db.query(`INSERT INTO "RealtimeEvent"("userId", type, "resourceId") VALUES ($1, 'notification', $2)`, [
        userId,
        rows[0]!.id,
      ]);
      await db.query(`SELECT pg_notify('kinship_realtime', $1)`, [userId]);
      await db.query("COMMIT");
      const ms = await withTimeout(arrived);
      pending.delete(title);
      if (!Number.isNaN(ms)) samples.push(ms);
    }
    const lost = ROUNDS - samples.length;
    return [toRow(`notification → SSE, 2 instances, ${CLIENTS} streams${lost ? ` (${lost} lost!)` : ""}`, samples)];
  } finally {
    abort.abort();
  }
}

/** The floor every delivery above stands on: one NOTIFY from one connection to a LISTEN on another. */
export async function runBareRoundTrip({ url }: Instances): Promise<Row> {
  return toRow("bare LISTEN/NOTIFY round trip (floor)", await bareRoundTrip(url, ROUNDS));
}
