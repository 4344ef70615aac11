import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { ZMessagesQuery } from "./schemas";
import { toMessageDto, type MessageRow } from "./message-dto";
import type { ThreadPageDto } from "./dto";
import type { ThreadContext } from "./scope";

type MessageRowFlat = Omit<MessageRow, "author"> & { authorId: string; authorName: string; authorImage: string | null };

/**
 * A page of the thread, oldest to newest: the latest messages by default, older ones with `before` (history
 * loaded upward), newer ones with `after` (catching up). Participants only; anyone else gets NOT_FOUND.
 */
export async function findMessages(actor: Actor, threadId: string, raw: unknown = {}): Promise<ThreadPageDto> {
  const query = ZMessagesQuery.parse(raw ?? {});
  const context = await authorize(actor, "thread.read", { threadId });
  return messagesPage(actor!.id, context, query);
}

/**
 * The page itself, for a reader already let in (the thread page authorizes by the pairing's address): one
 * statement. The page's sequence numbers come from a range of the ("threadId", seq) index, newest or oldest first
 * from the cursor, and only those rows are then read (a derived table driving the join, so the page cannot be
 * hashed and the thread scanned for it).
 *
 * Two things keep the planner on that index whatever the statistics say (issue 18, the 175 ms the pages bench saw):
 * - The thread is matched with `= ANY(array)` and the order names "threadId" too. With a plain `= $1` the thread
 *   is a constant to the planner, the order is just seq, and the table's global seq index offers it as well: read
 *   backwards with a filter, it looks cheap whenever the thread is a big share of the table, since the planner
 *   assumes its messages are spread evenly over seq. A thread gone quiet holds the OLDEST seqs, so that walk reads
 *   every newer message of every other thread first (60,000 rows, 42 ms, in
 *   tests/integration/thread-messages-plan.int.test.ts; 175 ms in the bench on a freshly loaded, unvacuumed table,
 *   where the index-only scan still pays heap visits and so loses). Ordered by ("threadId", seq), only the
 *   thread's index gives the order without sorting the whole thread.
 * - The LIMIT is a literal (a validated integer): as a parameter, a generic plan guesses 10% of the thread for it
 *   and hash-joins the page against a scan of the thread.
 */
export async function messagesPage(
  readerId: string,
  context: ThreadContext,
  query: { before?: string; after?: string; limit: number },
): Promise<ThreadPageDto> {
  const { thread, pairing, side, reads } = context;
  const partnerId = side === "MENTOR" ? pairing.menteeId : pairing.mentorId;
  const after = query.after ? BigInt(query.after) : null;
  const before = query.before ? BigInt(query.before) : null;
  const take = Prisma.raw(String(Math.trunc(query.limit) + 1));
  // Two fixed directions (never a computed sort key), so the planner walks the index in order and stops early.
  const cursor =
    after !== null ? Prisma.sql`AND seq > ${after}` : before !== null ? Prisma.sql`AND seq < ${before}` : Prisma.empty;
  const direction = Prisma.raw(after !== null ? "ASC" : "DESC");
  const rows = await db.$queryRaw<MessageRowFlat[]>`
    SELECT m.id, m."clientId", m.seq, m.kind::text AS kind, m.body, m."createdAt", m."editedAt", m."deletedAt",
      m."authorId", u.name AS "authorName", u.image AS "authorImage"
    FROM (
      SELECT seq FROM "Message" WHERE "threadId" = ANY(${[thread.id]}::text[]) ${cursor}
      ORDER BY "threadId" ${direction}, seq ${direction} LIMIT ${take}
    ) page
    JOIN "Message" m ON m.seq = page.seq
    JOIN "User" u ON u.id = m."authorId"
    ORDER BY m.seq ${direction}`;
  const page = rows.slice(0, query.limit).map(({ authorId, authorName, authorImage, ...m }): MessageRow => ({
    ...m,
    author: { id: authorId, name: authorName, image: authorImage },
  }));
  if (after === null) page.reverse();
  return {
    threadId: thread.id,
    pairingId: pairing.id,
    writable: pairing.state === "ACTIVE",
    messages: page.map(toMessageDto),
    hasOlder: after === null && rows.length > query.limit,
    read: {
      partnerSeq: (reads.find((r) => r.userId === partnerId)?.lastReadSeq ?? 0n).toString(),
      mineSeq: (reads.find((r) => r.userId === readerId)?.lastReadSeq ?? 0n).toString(),
    },
  };
}
