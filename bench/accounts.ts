/**
 * Leaving and taking one's data, measured through the real services on a member who wrote BENCH_MEMBER_MESSAGES
 * messages (half of a thread twice that long): building the data archive (paged reads, zipped) and erasing the
 * account. Each run gets a fresh member, so every sample does the whole work. Run by bench/run.ts in a child process
 * (see bench/programs.ts); files go to a temporary folder; prints its rows as one JSON line. Talks only to 127.0.0.1.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { db } from "../lib/db";
import { setStorageForTests } from "../lib/storage";
import { LocalDiskStorage } from "../lib/storage/local-disk";
import { buildDataExport } from "../lib/accounts/export/build-export";
import { eraseAccount } from "../lib/accounts/deletion/erase-account";
import { chatWorld } from "../tests/factories/chat";
import { toRow, type Row } from "./measure";

const MESSAGES = Number(process.env.BENCH_MEMBER_MESSAGES ?? 50_000);
const RUNS = Number(process.env.BENCH_ACCOUNT_RUNS ?? 3);

const files = await mkdtemp(path.join(tmpdir(), "kinship-bench-files-"));
setStorageForTests(new LocalDiskStorage(files));
const log = (line: string) => console.error(`[accounts bench] ${line}`);

const build: number[] = [];
const heap: number[] = [];
const erase: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const { pair, mentee, mentor } = await chatWorld(db as never);
    // Twice MESSAGES in the thread, every other one the member's, written in one statement.
    await db.$executeRaw`
      INSERT INTO "Message" (id, "threadId", "clientId", "authorId", body, "createdAt")
      SELECT 'bench' || ${run}::text || '-' || g, ${pair.threadId}, 'bench-' || ${run}::text || '-' || g,
             CASE WHEN g % 2 = 0 THEN ${mentee.id} ELSE ${mentor.id} END,
             'A message of an ordinary length about soap, number ' || g, now() - (g || ' seconds')::interval
      FROM generate_series(1, ${MESSAGES * 2}) g`;
    log(`run ${run + 1}: ${MESSAGES * 2} messages seeded`);

    const { id } = await db.dataExport.create({ data: { userId: mentee.id }, select: { id: true } });
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let peak = heapBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 10);
    let t = performance.now();
    if ((await buildDataExport(id)) !== "built") throw new Error("the archive was not built");
    build.push(performance.now() - t);
    clearInterval(sampler);
    heap.push((peak - heapBefore) / 1024 / 1024);

    await db.user.update({
      where: { id: mentee.id },
      data: { deletionRequestedAt: new Date(Date.now() - 8 * 24 * 60 * 60 * 1000) },
    });
    t = performance.now();
    if ((await eraseAccount(mentee.id)) !== "erased") throw new Error("the account was not erased");
    erase.push(performance.now() - t);
    log(`run ${run + 1}: archive ${build.at(-1)!.toFixed(0)} ms, erasure ${erase.at(-1)!.toFixed(0)} ms`);
  }
} finally {
  await rm(files, { recursive: true, force: true });
}

const rows: Row[] = [
  toRow(`data archive of a member with ${MESSAGES.toLocaleString("en")} messages`, build, "ms", "< 10 s"),
  toRow("  its extra heap at peak", heap, "MiB", "< 200 MiB"),
  toRow(`erasing that member`, erase, "ms", "< 5 s"),
];
await db.$disconnect();
console.log(JSON.stringify(rows));
