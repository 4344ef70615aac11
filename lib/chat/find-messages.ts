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
 * statement. The page's sequence numbers come from an index-only range on ("threadId", seq), newest or oldest
 * first from the cursor, and only those rows are then read: ordering the messages themselves by seq let the planner
 * walk the table's global seq index backwards past every newer message of every thread (1.2 s for a thread gone
 * quiet on a million messages, against well under a millisecond this way). The page's rows drive the join (a
 * derived table rather than `seq IN (…)`, so the plan cannot hash the page and scan the thread for it). Open: the
 * pages benchmark still sees 175 ms for this statement on its freshly seeded 100,000-message thread, where
 * EXPLAIN ANALYZE on the same data (bench/large-db.ts, custom and generic plans) gives 0.3–0.6 ms.
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
  const take = query.limit + 1;
  // Two fixed directions (never a computed sort key), so the planner walks the index in order and stops early.
  const cursor =
    after !== null ? Prisma.sql`AND seq > ${after}` : before !== null ? Prisma.sql`AND seq < ${before}` : Prisma.empty;
  const direction = Prisma.raw(after !== null ? "ASC" : "DESC");
  const rows = await db.$queryRaw<MessageRowFlat[]>`
    SELECT m.id, m."clientId", m.seq, m.kind::text AS kind, m.body, m."createdAt", m."editedAt", m."deletedAt",
      m."authorId", u.name AS "authorName", u.image AS "authorImage"
    FROM (
      SELECT seq FROM "Message" WHERE "threadId" = ${thread.id} ${cursor} ORDER BY seq ${direction} LIMIT ${take}
    ) page
    JOIN "Message" m ON m."threadId" = ${thread.id} AND m.seq = page.seq
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
