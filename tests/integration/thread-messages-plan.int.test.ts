/**
 * The thread's page of messages under the plans PostgreSQL actually picks (issue 18). A long thread that has gone
 * quiet holds the OLDEST sequence numbers of the table; a plan that walks the table's global seq index backwards
 * and filters by thread expects the thread's messages spread evenly over it, so it reads past every newer message
 * of every other thread first (175 ms in the pages benchmark on a freshly loaded, not yet vacuumed table, where
 * the index-only scan of ("threadId", seq) still costs heap visits). Here: a 20,000-message thread written first,
 * 60,000 messages of another thread after it, analysed but never vacuumed, like the benchmark's bulk load. The
 * page must read about one page of rows, under the custom plan the app gets and under a generic plan.
 */
import { describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { getThreadPage } from "@/lib/chat/get-thread-page";
import { activePair, programWorld } from "../factories/pairings";
import { captureStatement, explain, nodes, rowsRead } from "./support/plans";

describe("the thread's page of messages", () => {
  it("reads about one page of rows for a long quiet thread, under the custom and the generic plan", async () => {
    const w = await programWorld(db);
    const quiet = await activePair(db, w, { mentor: "Quinn Quiet", mentee: "Sol Still" });
    const busy = await activePair(db, w, { mentor: "Bea Busy", mentee: "Lou Loud" });
    const threadOf = async (pairingId: string) => (await db.thread.findUniqueOrThrow({ where: { pairingId } })).id;
    const [quietThread, busyThread] = [await threadOf(quiet.id), await threadOf(busy.id)];
    const bulk = (threadId: string, authorId: string, n: number) =>
      db.$executeRaw`
        INSERT INTO "Message" (id, "threadId", "clientId", "authorId", body, "createdAt")
        SELECT ${threadId} || '_m' || i, ${threadId}, ${threadId} || '_c' || i, ${authorId}, 'Message ' || i,
               now() - interval '1 day' + i * interval '1 millisecond'
        FROM generate_series(1, ${n}::int) i`;
    await bulk(quietThread, quiet.mentor.user.id, 20_000);
    await bulk(busyThread, busy.mentee.user.id, 60_000);
    await db.$executeRaw`ANALYZE "Message"`;

    const { text, values } = await captureStatement(/FROM "Message" WHERE "threadId"/, async () => {
      const { page } = await getThreadPage(quiet.menteeCaller, quiet.id);
      expect(page.messages).toHaveLength(50);
      expect(page.messages.at(-1)!.body).toBe("Message 20000");
      expect(page.hasOlder).toBe(true);
    });

    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      for (const generic of [false, true]) {
        const plan = await explain(client, text, values, generic);
        const read = nodes(plan).filter((n) => n["Node Type"].includes("Scan"));
        const worst = Math.max(...read.map(rowsRead));
        expect(worst, `${generic ? "generic" : "custom"} plan: ${JSON.stringify(plan)}`).toBeLessThanOrEqual(60);
        // The page's sequence numbers come from the thread's own index, not from a walk of the global one.
        expect(read.map((n) => n["Index Name"])).toContain("Message_threadId_seq_idx");
      }
    } finally {
      await client.end();
    }
  }, 60_000);
});
