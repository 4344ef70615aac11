/**
 * Chat delivery across two app instances: PAIRS pairings (every mentor's stream open on instance A, every mentee's
 * on B), a mentee sends through the JSON API on B and the clock stops when the mentor's stream on A delivers that
 * message. Also the sender's own stream (same instance), the POST's answer alone, the same with IN_FLIGHT sends at
 * once; and what open streams cost: memory (resident and V8 heap, after a full GC in the instances), database
 * connections, idle CPU and queries. Bounded: every wait gives up after EVENT_TIMEOUT_MS (counted as lost), all on
 * 127.0.0.1.
 */
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { toRow, type Row } from "./measure";
import {
  cpuSeconds,
  EVENT_TIMEOUT_MS,
  memoryAfterGc,
  openSse,
  sessionCookie,
  treeRss,
  withTimeout,
  type Instances,
} from "./realtime";

const PAIRS = Number(process.env.BENCH_CHAT_PAIRS ?? 250);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const IN_FLIGHT = Number(process.env.BENCH_CHAT_IN_FLIGHT ?? 20);
const IDLE_MS = 20_000;
const STATS_SETTLE_MS = 11_000;

type Pair = { mentorId: string; menteeId: string; threadId: string; mentorCookie: string; menteeCookie: string };
type Sample = { http: number; partner: number; own: number; status: number };

const log = (line: string) => console.error(`[chat bench] ${line}`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One running program in one group, PAIRS active pairings with a thread each; everyone an active member (what
 * `threadReaders` checks at delivery). Written in set-based SQL: the services are not what is measured here.
 */
async function seedPairs(db: pg.Client, secret: string): Promise<Pair[]> {
  const n = PAIRS;
  await db.query("BEGIN");
  await db.query(
    // Confirmed addresses: an unverified member may not message (decision 018), and every send would be a 403.
    `INSERT INTO "User"(id, email, name, "emailVerifiedAt", "updatedAt")
     SELECT 'chatowner', 'chat-owner@example.test', 'Chat owner', now(), now()
     UNION ALL SELECT 'chatmentor' || i, 'chat-mentor-' || i || '@example.test', 'Mentor ' || i, now(), now()
       FROM generate_series(0, $1 - 1) i
     UNION ALL SELECT 'chatmentee' || i, 'chat-mentee-' || i || '@example.test', 'Mentee ' || i, now(), now()
       FROM generate_series(0, $1 - 1) i`,
    [n],
  );
  await db.query(
    `INSERT INTO "Group"(id, slug, name, "mentorshipEnabled", "createdById", "updatedAt")
     VALUES ('chatgroup', 'chat-bench', 'Chat bench', true, 'chatowner', now())`,
  );
  await db.query(
    `INSERT INTO "Membership"(id, "groupId", "userId", role, status, "joinedAt", "updatedAt")
     SELECT 'chatm_' || id, 'chatgroup', id, CASE WHEN id = 'chatowner' THEN 'OWNER' ELSE 'MEMBER' END::"GroupRole",
       'ACTIVE', now(), now()
     FROM "User" WHERE id LIKE 'chat%'`,
  );
  await db.query(
    `INSERT INTO "Program"(id, "groupId", name, template, state, "createdById", "openedAt", "startedAt", "updatedAt")
     VALUES ('chatprogram', 'chatgroup', 'Chat bench program', 'CUSTOM', 'RUNNING', 'chatowner', now(), now(), now())`,
  );
  await db.query(
    `INSERT INTO "Application"(id, "programId", "userId", role, state, capacity, "submittedAt", "updatedAt")
     SELECT 'chatapp_' || u.id, 'chatprogram', u.id, r.role::"ParticipantRole", 'MATCHED', r.capacity, now(), now()
     FROM "User" u
     JOIN (VALUES ('chatmentor%', 'MENTOR', 1), ('chatmentee%', 'MENTEE', NULL)) AS r(pattern, role, capacity)
       ON u.id LIKE r.pattern`,
  );
  await db.query(
    `INSERT INTO "Pairing"(id, "programId", "mentorApplicationId", "menteeApplicationId", "mentorId", "menteeId",
       introduction, "createdById", "updatedAt")
     SELECT 'chatpairing' || i, 'chatprogram', 'chatapp_chatmentor' || i, 'chatapp_chatmentee' || i,
       'chatmentor' || i, 'chatmentee' || i, 'Meet each other.', 'chatowner', now()
     FROM generate_series(0, $1 - 1) i`,
    [n],
  );
  await db.query(
    `INSERT INTO "Thread"(id, "pairingId") SELECT 'chatthread' || i, 'chatpairing' || i FROM generate_series(0, $1 - 1) i`,
    [n],
  );
  await db.query("COMMIT");
  return Promise.all(
    Array.from({ length: n }, async (_, i) => ({
      mentorId: `chatmentor${i}`,
      menteeId: `chatmentee${i}`,
      threadId: `chatthread${i}`,
      mentorCookie: await sessionCookie(secret, `chatmentor${i}`),
      menteeCookie: await sessionCookie(secret, `chatmentee${i}`),
    })),
  );
}

/** Who waits for which message on whose stream: resolves with the moment the frame was read. */
class Deliveries {
  private readonly waiting = new Map<string, (at: number) => void>();
  expect(clientId: string, userId: string): Promise<number> {
    return new Promise((resolve) => this.waiting.set(`${clientId}:${userId}`, resolve));
  }
  deliver(clientId: string, userId: string, at: number) {
    const key = `${clientId}:${userId}`;
    this.waiting.get(key)?.(at);
    this.waiting.delete(key);
  }
  forget(clientId: string, userIds: string[]) {
    for (const u of userIds) this.waiting.delete(`${clientId}:${u}`);
  }
}

/** Opens one stream per user: the mentors' on A, the mentees' on B, 50 at a time. */
async function openStreams(pairs: Pair[], bases: [string, string], deliveries: Deliveries, signal: AbortSignal) {
  const streams = pairs.flatMap((p) => [
    { userId: p.mentorId, cookie: p.mentorCookie, base: bases[0] },
    { userId: p.menteeId, cookie: p.menteeCookie, base: bases[1] },
  ]);
  for (let i = 0; i < streams.length; i += 50)
    await Promise.all(
      streams.slice(i, i + 50).map((s) =>
        openSse(
          s.base,
          s.cookie,
          (event, data, at) => {
            if (event === "message")
              deliveries.deliver((data as { message: { clientId: string } }).message.clientId, s.userId, at);
          },
          signal,
        ),
      ),
    );
  return streams.length;
}

/** The mentee sends on B; returns the POST's answer time and when the mentor's (A) and own (B) streams had it. */
async function send(pair: Pair, clientId: string, base: string, deliveries: Deliveries): Promise<Sample> {
  const partner = deliveries.expect(clientId, pair.mentorId);
  const own = deliveries.expect(clientId, pair.menteeId);
  const started = performance.now();
  try {
    const res = await fetch(`${base}/api/v1/threads/${pair.threadId}/messages`, {
      method: "POST",
      headers: { cookie: pair.menteeCookie, origin: base, "content-type": "application/json" },
      body: JSON.stringify({ clientId, body: `Benchmark message ${clientId}` }),
      signal: AbortSignal.timeout(EVENT_TIMEOUT_MS),
    });
    await res.arrayBuffer();
    const http = performance.now() - started;
    if (res.status !== 201) return { http, partner: NaN, own: NaN, status: res.status };
    const [p, o] = await Promise.all([
      withTimeout(partner.then((at) => at - started)),
      withTimeout(own.then((at) => at - started)),
    ]);
    return { http, partner: p, own: o, status: 201 };
  } catch {
    return { http: NaN, partner: NaN, own: NaN, status: 0 };
  } finally {
    deliveries.forget(clientId, [pair.mentorId, pair.menteeId]);
  }
}

/** ROUNDS sends over different pairs, `inFlight` at a time (1: one after the other). */
async function rounds(pairs: Pair[], base: string, deliveries: Deliveries, tag: string, inFlight: number) {
  const samples: Sample[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      for (let i = next++; i < ROUNDS; i = next++)
        samples.push(await send(pairs[i % pairs.length]!, `bench-${tag}-${i}`, base, deliveries));
    }),
  );
  return samples;
}

/** A row that holds one figure rather than a distribution. */
const single = (name: string, value: number, unit: string, n = 1): Row => ({ name, n, p50: value, p99: value, unit });

/** The rows of one variant: partner's stream, own stream, POST answer; lost and refused sends named. */
function latencyRows(samples: Sample[], label: string, streams: number): Row[] {
  const refused = samples.filter((s) => s.status !== 201);
  const ok = (xs: number[]) => xs.filter((x) => !Number.isNaN(x));
  const partner = ok(samples.filter((s) => s.status === 201).map((s) => s.partner));
  const own = ok(samples.filter((s) => s.status === 201).map((s) => s.own));
  const lost = (got: number) => samples.length - refused.length - got;
  const flags = (got: number) =>
    [
      refused.length ? `${refused.length} sends failed, status ${[...new Set(refused.map((s) => s.status))]}` : "",
      lost(got) ? `${lost(got)} lost!` : "",
    ]
      .filter(Boolean)
      .join("; ");
  const name = (what: string, got: number) =>
    `chat ${what}, ${label}, ${streams} streams${flags(got) ? ` (${flags(got)})` : ""}`;
  // Nothing measured (all lost) still makes a row, rather than a percentile of nothing.
  const row = (rowName: string, xs: number[]) => (xs.length ? toRow(rowName, xs) : single(rowName, NaN, "ms", 0));
  const http = ok(samples.map((s) => s.http));
  return [
    row(name("send on B → partner's stream on A", partner.length), partner),
    row(name("send on B → sender's own stream on B", own.length), own),
    row(name("POST /threads/{id}/messages answer", samples.length - refused.length), http),
  ];
}

/** CPU seconds of each instance and the database's transactions so far (pg_stat_database lags up to ~1 s). */
type Usage = { at: number; cpu: number[]; xacts: number };
async function usage(db: pg.Client, pids: [number, number]): Promise<Usage> {
  const { rows } = await db.query<{ n: string }>(
    `SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`,
  );
  return { at: performance.now(), cpu: pids.map(cpuSeconds), xacts: Number(rows[0]!.n) };
}
function since(start: Usage, end: Usage) {
  return {
    seconds: (end.at - start.at) / 1000,
    cpu: end.cpu.map((c, i) => c - start.cpu[i]!),
    xacts: end.xacts - start.xacts,
  };
}

/**
 * One variant of ROUNDS sends: its latency rows, and the CPU each instance spent a send (B: the POST and the
 * sender's own stream; A: the partner's stream; both also pay the idle streams' heartbeats meanwhile). Logs sends a
 * second and the most database connections found busy at once (sampled every 50 ms).
 */
async function variant(
  label: string,
  db: pg.Client,
  pids: [number, number],
  streams: number,
  fn: () => Promise<Sample[]>,
) {
  log(`sending ${ROUNDS} messages, ${label}…`);
  let peak = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
      );
      peak = Math.max(peak, rows[0]!.n);
      await sleep(50);
    }
  })();
  const start = await usage(db, pids);
  const samples = await fn().finally(() => (running = false));
  await sampler;
  const { seconds, cpu } = since(start, await usage(db, pids));
  log(`${label}: ${(ROUNDS / seconds).toFixed(0)} sends/s; at most ${peak} database connections busy at once`);
  return [
    ...latencyRows(samples, label, streams),
    single(`chat CPU a send, instance B (POST + sender's stream), ${label}`, (1000 * cpu[1]!) / ROUNDS, "ms", ROUNDS),
    single(`chat CPU a send, instance A (partner's stream), ${label}`, (1000 * cpu[0]!) / ROUNDS, "ms", ROUNDS),
  ];
}

/** Both instances' memory after a full garbage collection (falling back to /proc's resident size without one). */
async function memory(pids: [number, number]): Promise<{ rss: number; heap: number; gc: boolean }> {
  const [a, b] = await Promise.all(pids.map(memoryAfterGc));
  if (a && b) return { rss: a.rss + b.rss, heap: a.heapUsed + b.heapUsed, gc: true };
  return { rss: pids.reduce((t, pid) => t + treeRss(pid).kib * 1024, 0), heap: NaN, gc: false };
}

/**
 * What open streams cost both instances: resident memory and V8 heap per stream, the database connections held,
 * and, idle for one heartbeat period (HEARTBEAT_MS, 20 s, in lib/realtime/stream.ts), CPU and database transactions.
 */
async function costRows(db: pg.Client, pids: [number, number], open: () => Promise<number>) {
  const before = await memory(pids);
  const streams = await open();
  await sleep(3000);
  const after = await memory(pids);
  const processes = pids.map((pid) => treeRss(pid).processes).join(" and ");
  log(`${streams} streams open (processes per instance: ${processes}); idle for ${IDLE_MS / 1000} s…`);
  const gc = after.gc ? "after a full GC" : "no GC: the probe did not answer";
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  const perStream = (what: string, b: number, a: number) =>
    single(
      `chat ${what} per open stream, both instances (${mib(b)} → ${mib(a)} MiB, ${gc})`,
      (a - b) / 1024 / streams,
      "KiB",
      streams,
    );
  const { rows: conns } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  // PostgreSQL's backends report their counts up to 10 s late once idle (PGSTAT_IDLE_INTERVAL): without this wait,
  // the statements that opened the streams land in the idle window and read as idle work.
  await sleep(STATS_SETTLE_MS);
  const start = await usage(db, pids);
  await sleep(IDLE_MS);
  const idle = since(start, await usage(db, pids));
  return {
    streams,
    rows: [
      perStream("RSS", before.rss, after.rss),
      perStream("V8 heap", before.heap, after.heap),
      single(`chat DB connections of both instances, ${streams} streams open`, conns[0]!.n, "conn"),
      single(
        `chat idle CPU of both instances, ${streams} streams open (share of one core)`,
        (100 * (idle.cpu[0]! + idle.cpu[1]!)) / idle.seconds,
        "%",
      ),
      single(`chat idle database transactions, ${streams} streams open`, idle.xacts / idle.seconds, "tx/s"),
    ],
  };
}

export async function runChatBench({ db, secret, bases, pids }: Instances): Promise<Row[]> {
  log(`load average ${load()} on ${availableParallelism()} CPUs`);
  const pairs = await seedPairs(db, secret);
  const deliveries = new Deliveries();

  // Warm-up: load the stream and send routes, and prove a message actually arrives (the data passes threadReaders).
  const warm = new AbortController();
  await openStreams(pairs.slice(0, 1), bases, deliveries, warm.signal);
  for (let i = 0; i < 5; i++) {
    const s = await send(pairs[0]!, `warmup-${i}`, bases[1], deliveries);
    if (s.status !== 201 || Number.isNaN(s.partner))
      throw new Error(`A warm-up message did not reach the partner (status ${s.status}): is the data readable?`);
  }
  warm.abort();
  await sleep(1000);

  const streamsOpen = new AbortController();
  try {
    const { rows, streams } = await costRows(db, pids, () => openStreams(pairs, bases, deliveries, streamsOpen.signal));
    rows.push(
      ...(await variant("one at a time", db, pids, streams, () => rounds(pairs, bases[1], deliveries, "seq", 1))),
      ...(await variant(`${IN_FLIGHT} in flight`, db, pids, streams, () =>
        rounds(pairs, bases[1], deliveries, "par", IN_FLIGHT),
      )),
    );
    const { rss, heap } = await memory(pids);
    log(
      `after sending, both instances: RSS ${(rss / 2 ** 20).toFixed(0)} MiB, V8 heap ${(heap / 2 ** 20).toFixed(0)} MiB`,
    );
    log(`load average ${load()}`);
    return rows;
  } finally {
    streamsOpen.abort();
  }
}
