/**
 * Notification fan-out latency: from a committed notification to the Server-Sent Events client, across two app
 * instances sharing one database, beside the bare LISTEN/NOTIFY round trip measured in the same run.
 * Bounded: CLIENTS streams, ROUNDS notifications, all on 127.0.0.1; stops by itself.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { percentiles } from "./measure";
import pg from "pg";
import { encode } from "next-auth/jwt";
import { buildIfStale, nextBin, projectRoot, waitUntilServing } from "../scripts/build";
import { freePort } from "../scripts/db/embedded";
import { applyMigrations } from "../scripts/db/migrate";
import { recreateDatabase, startTestServer, stopTestServer } from "../tests/support/test-database";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 40);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

export type LatencyRow = { name: string; n: number; p50: number; p99: number };

async function bareRoundTrip(url: string, n: number): Promise<number[]> {
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

/** A minimal SSE reader over fetch: calls onEvent(data) for every `event: notification`. */
async function openClient(
  baseUrl: string,
  cookie: string,
  onEvent: (data: { notification: { title: string } }) => void,
  signal: AbortSignal,
) {
  const res = await fetch(`${baseUrl}/api/v1/stream`, { headers: { cookie }, signal });
  if (!res.ok || !res.body) throw new Error(`stream refused: ${res.status}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          if (frame.includes("event: notification\n")) {
            const data = frame.split("\n").find((l) => l.startsWith("data: "));
            if (data) onEvent(JSON.parse(data.slice(6)));
          }
        }
      }
    } catch {
      // aborted at the end of the run
    }
  })();
}

export async function runRealtimeBench(): Promise<LatencyRow[]> {
  const server = await startTestServer();
  const apps: ChildProcess[] = [];
  const abort = new AbortController();
  try {
    const url = await recreateDatabase(server.adminUrl, "kinship_bench_rt");
    await applyMigrations(url);
    const secret = randomBytes(32).toString("base64url");
    const env = {
      ...process.env,
      NODE_ENV: "production" as const,
      DATABASE_URL: url,
      AUTH_SECRET: secret,
      KINSHIP_WORKER: "off",
      KINSHIP_DIST_DIR: ".next-e2e",
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    buildIfStale(env);
    const bases: string[] = [];
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const app = spawn(nextBin, ["start", "-p", String(port), "-H", "127.0.0.1"], {
        cwd: projectRoot,
        env: { ...env, APP_URL: `http://127.0.0.1:${port}` },
        stdio: "ignore",
      });
      apps.push(app);
      bases.push(`http://127.0.0.1:${port}`);
      if (!(await waitUntilServing(bases[i]!, () => app.exitCode === null)))
        throw new Error("an app instance did not start");
    }

    const db = new pg.Client({ connectionString: url });
    await db.connect();
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
      const cookie = `authjs.session-token=${await encode({ token: { uid: id, sv: 0, sub: id }, secret, salt: "authjs.session-token" })}`;
      // Half the clients on each instance.
      await openClient(
        bases[i % 2]!,
        cookie,
        (data) => {
          const p = pending.get(data.notification.title);
          if (p) p.resolve(performance.now() - p.started);
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
      const ms = await Promise.race([arrived, new Promise<number>((r) => setTimeout(() => r(NaN), 5000))]);
      pending.delete(title);
      if (!Number.isNaN(ms)) samples.push(ms);
    }
    const bare = await bareRoundTrip(url, ROUNDS);
    await db.end();
    const lost = ROUNDS - samples.length;
    return [
      {
        name: `notification → SSE, 2 instances, ${CLIENTS} streams${lost ? ` (${lost} lost!)` : ""}`,
        n: samples.length,
        ...percentiles(samples),
      },
      { name: "bare LISTEN/NOTIFY round trip (floor)", n: bare.length, ...percentiles(bare) },
    ];
  } finally {
    abort.abort();
    for (const app of apps) if (app.exitCode === null) app.kill("SIGTERM");
    await stopTestServer(server);
  }
}
