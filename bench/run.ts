/**
 * `npm run bench`: speed and memory targets, measured (never asserted in tests). Runs against its own embedded
 * PostgreSQL in a temporary folder and prints one table. Bounded in count and time; talks only to 127.0.0.1.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { can, GROUP_PERMISSIONS, type GroupScope } from "../lib/auth/policy";
import { scriptClient } from "../scripts/db/client";
import {
  prepareTemplate,
  recreateDatabase,
  startTestServer,
  stopTestServer,
  TEMPLATE_DB,
} from "../tests/support/test-database";
import { createUser } from "../tests/factories/users";
import { runBareRoundTrip, runNotificationBench, withInstances } from "./realtime";
import { runChatBench } from "./chat";
import { pagesTable, runPagesBench } from "./pages";
import { runJsBench } from "./js-size";
import { runVitalsBench, vitalsTable } from "./vitals";
import { lighthouseTable, runLighthouseBench } from "./lighthouse";
import { runProfileBench } from "./profile";
import { time, toRow, type Row } from "./measure";

const rows: Row[] = [];
const started = Date.now();
/**
 * `npm run bench -- matching realtime` runs only those parts (core, programs, matching, accounts, realtime, chat,
 * pages, js, vitals, lighthouse); none: all but lighthouse. `pages` seeds the grown community (minutes) and builds a ceiling app: see
 * bench/pages.ts. `js` reads the production build in BENCH_DIST_DIR (first-load JavaScript per route,
 * bench/js-size.ts); `vitals` loads four pages in Chromium with the CPU slowed (bench/vitals.ts); `lighthouse` runs
 * Lighthouse 12 (fetched with npx at bench time, not a dependency) on the same four pages (bench/lighthouse.ts), only
 * when asked for. Asked for alone, these three print only their own tables.
 */
const only = new Set(process.argv.slice(2));
const want = (part: string) => only.size === 0 || only.has(part);

const ALONE = new Set(["js", "vitals", "lighthouse", "profile"]);
if (only.size > 0 && [...only].every((part) => ALONE.has(part))) {
  if (only.has("js")) console.log(`\n${runJsBench()}\n`);
  if (only.has("vitals")) console.log(`\nPhone load, CPU slowed\n\n${vitalsTable(await runVitalsBench())}\n`);
  if (only.has("lighthouse")) console.log(`\nLighthouse, mobile\n\n${lighthouseTable(await runLighthouseBench())}\n`);
  if (only.has("profile")) console.log(`\nWhere the signed-in pages' CPU goes\n\n${await runProfileBench()}\n`);
  process.exit(0);
}
const record = (name: string, samples: number[], unit = "ms", target?: string) =>
  rows.push(toRow(name, samples, unit, target));

// Password hashing: the cost a sign-in pays on purpose (OWASP argon2id minimum: 19 MiB, t=2, p=1).
const params = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };
const stored = await hash("correct horse battery staple", params);
record("argon2id hash", await time(20, () => hash("correct horse battery staple", params)), "ms", "< 100 ms");
record("argon2id verify", await time(20, () => verify(stored, "correct horse battery staple")), "ms", "< 100 ms");

// The policy check runs on every request: it must be free.
const scope: GroupScope = {
  kind: "group",
  privacy: "PRIVATE",
  visibility: "VISIBLE",
  archived: false,
  invited: false,
  mentorshipEnabled: true,
  membership: { role: "MODERATOR", status: "ACTIVE", mutedUntil: null },
};
const batches = await time(50, () => {
  for (let i = 0; i < 10_000; i++) can({ id: "u" }, GROUP_PERMISSIONS[i % GROUP_PERMISSIONS.length]!, scope);
});
record("policy can() × 10,000", batches, "ms", "< 5 ms");

// Database round trips the request path makes: the session check (a primary-key read) on every request.
const server = await startTestServer();
try {
  await prepareTemplate(server.adminUrl);
  const url = await recreateDatabase(server.adminUrl, "kinship_bench", TEMPLATE_DB);
  const db = scriptClient(url);
  const users = await Promise.all(Array.from({ length: 200 }, () => createUser(db)));
  await db.user.findMany({ take: 1 }); // warm the pool
  record(
    "session check (user by id)",
    await time(2000, (i) =>
      db.user.findUnique({ where: { id: users[i % users.length]!.id }, select: { id: true, sessionVersion: true } }),
    ),
    "ms",
    "< 2 ms",
  );
  record("bare SELECT 1 (floor)", await time(2000, () => db.$queryRaw`select 1`), "ms");
  await db.$disconnect();

  // Programs and applications, then matching, through the real services (see bench/programs.ts, bench/matching.ts).
  if (want("programs")) rows.push(...runChild("bench/programs.ts", url));
  if (want("matching")) rows.push(...runChild("bench/matching.ts", url));
  if (want("accounts")) rows.push(...runChild("bench/accounts.ts", url));
} finally {
  await stopTestServer(server);
}

// Realtime across two app instances (builds the app once if needed): notification fan-out (realtime) and chat
// delivery with 500 open streams (chat), beside the bare LISTEN/NOTIFY round trip of the same run.
if (want("realtime") || want("chat"))
  rows.push(
    ...(await withInstances(async (instances) => [
      ...(want("chat") ? await runChatBench(instances) : []),
      ...(want("realtime") ? await runNotificationBench(instances) : []),
      await runBareRoundTrip(instances),
    ])),
  );

// Pages under load on the demo data and the grown community, beside the framework's ceiling (bench/pages.ts).
const pages = want("pages") ? pagesTable(await runPagesBench()) : null;

// First-load JavaScript per route, from the build the realtime/pages parts used (or BENCH_DIST_DIR's).
const js = want("js") ? runJsBench() : null;
const vitals = want("vitals") ? vitalsTable(await runVitalsBench()) : null;
// Lighthouse only when asked for by name: it fetches Lighthouse with npx (see bench/lighthouse.ts).
const lighthouse = only.has("lighthouse") ? lighthouseTable(await runLighthouseBench()) : null;

const rss = process.memoryUsage().rss / 1024 / 1024;
console.log("\nKinship benchmarks\n");
console.table(
  rows.map((r) => ({
    benchmark: r.name,
    samples: r.n,
    p50: `${r.p50.toFixed(2)} ${r.unit}`,
    p99: `${r.p99.toFixed(2)} ${r.unit}`,
    target: r.target ?? "",
  })),
);
if (js) console.log(`\n${js}\n`);
if (vitals) console.log(`\nPhone load, CPU slowed\n\n${vitals}\n`);
if (lighthouse) console.log(`\nLighthouse, mobile\n\n${lighthouse}\n`);
if (pages) console.log(`\nPages (${process.env.BENCH_CONNECTIONS ?? 10} connections)\n\n${pages}\n`);
console.log(
  `Process RSS after the run: ${rss.toFixed(0)} MiB; the whole run took ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
);

/**
 * A bench file run in a child process whose `server-only` imports resolve to nothing, as in Next's server
 * (bench/no-server-only.mjs says why not `--conditions react-server`), against the bench database; its rows are the last line of its stdout. Its progress
 * (stderr) is shown as it goes; it is stopped after 15 minutes whatever happens.
 */
function runChild(file: string, url: string): Row[] {
  const child = spawnSync(process.execPath, ["--import", "tsx", "--import", "./bench/no-server-only.mjs", file], {
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64url"), LOG_LEVEL: "warn" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 16 * 1024 * 1024,
    timeout: 15 * 60 * 1000,
  });
  if (child.status !== 0) throw new Error(`${file} failed (${child.error?.message ?? `exit ${child.status}`}).`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Row[];
}
