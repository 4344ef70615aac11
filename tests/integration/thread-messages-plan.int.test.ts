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

type PlanNode = {
  "Node Type": string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Heap Fetches"?: number;
  Plans?: PlanNode[];
};

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/** The statement `fn` runs whose text matches `pattern`, with its parameters, caught at the driver. */
async function captureStatement(pattern: RegExp, fn: () => Promise<unknown>) {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let caught: { text: string; values: unknown[] } | null = null;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0] as { text?: string; values?: unknown[] } | string;
    const text = typeof q === "string" ? q : (q.text ?? "");
    if (pattern.test(text)) caught = { text, values: typeof q === "string" ? [] : (q.values ?? []) };
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  if (!caught) throw new Error(`no statement matched ${pattern}`);
  return caught as { text: string; values: unknown[] };
}

/** Rows each node touched: what it returned plus what its filter threw away, over all its loops. */
const rowsRead = (n: PlanNode) =>
  ((n["Actual Rows"] ?? 0) + (n["Rows Removed by Filter"] ?? 0)) * (n["Actual Loops"] ?? 1);

async function explain(client: pg.Client, text: string, values: unknown[], generic: boolean) {
  await client.query(`SET plan_cache_mode = ${generic ? "force_generic_plan" : "force_custom_plan"}`);
  await client.query("DEALLOCATE ALL");
  await client.query(`PREPARE page AS ${text}`);
  // The values as the driver would send them (an array as a PostgreSQL array literal).
  const literals = values
    .map((v) =>
      client.escapeLiteral(Array.isArray(v) ? `{${v.map((x) => JSON.stringify(String(x))).join(",")}}` : String(v)),
    )
    .join(", ");
  const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE page(${literals})`);
  return (rows[0] as { "QUERY PLAN": { Plan: PlanNode }[] })["QUERY PLAN"][0]!.Plan;
}

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
