import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { publish } from "@/lib/realtime/publish";
import { authorize } from "@/lib/auth/authorize";
import { ZMarkReadInput } from "./schemas";
import { unreadThreadsSql } from "./unread-sql";
import { shellSlot } from "@/lib/auth/page-session";

/**
 * The reader has seen the thread up to a message: their read mark only moves forward; the other participant's tabs
 * learn it ("seen"), the reader's other tabs update their unread counts, and the thread's message notifications
 * are marked read.
 */
export async function markThreadRead(
  actor: SessionUser,
  threadId: string,
  raw: unknown,
): Promise<{ lastReadSeq: string }> {
  const input = ZMarkReadInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { thread, pairing, side } = await authorize(actor, "thread.read", { threadId }, { tx });
    // The thread's share lock waits for a send in flight (it holds the thread's row lock until commit), so the
    // unread count the read mark's trigger takes includes that message; sends after this wait for the mark.
    await tx.$queryRaw`SELECT id FROM "Thread" WHERE id = ${thread.id} FOR SHARE`;
    const latest = await tx.message.findFirst({
      where: { threadId: thread.id },
      orderBy: { seq: "desc" },
      select: { seq: true },
    });
    const wanted = BigInt(input.seq);
    const seq = latest && wanted > latest.seq ? latest.seq : wanted;
    const before = await tx.threadRead.findUnique({
      where: { threadId_userId: { threadId: thread.id, userId: actor.id } },
      select: { lastReadSeq: true },
    });
    const [row] = await tx.$queryRaw<{ lastReadSeq: bigint }[]>`
      INSERT INTO "ThreadRead" ("threadId", "userId", "lastReadSeq", "updatedAt")
      VALUES (${thread.id}, ${actor.id}, ${seq}, now())
      ON CONFLICT ("threadId", "userId")
      DO UPDATE SET "lastReadSeq" = GREATEST("ThreadRead"."lastReadSeq", EXCLUDED."lastReadSeq"), "updatedAt" = now()
      RETURNING "lastReadSeq"`;
    // Only a mark that moved tells anyone: reading the same message again is quiet.
    const changed = seq > (before?.lastReadSeq ?? -1n);
    if (changed) {
      const cleared = await tx.notification.updateMany({
        where: { userId: actor.id, kind: "message.received", url: `/pairings/${pairing.id}/thread`, readAt: null },
        data: { readAt: new Date() },
      });
      const partnerId = side === "MENTOR" ? pairing.menteeId : pairing.mentorId;
      await publish(tx, [
        { userId: actor.id, type: "thread.read", resourceId: thread.id },
        { userId: partnerId, type: "thread.read", resourceId: thread.id },
        // The reader's other tabs update their notification badge too.
        ...(cleared.count ? [{ userId: actor.id, type: "notification.read" as const, resourceId: thread.id }] : []),
      ]);
    }
    return { lastReadSeq: row!.lastReadSeq.toString() };
  });
}

/**
 * Unread messages per thread for the reader: the partner's messages after their read mark (the admins'
 * introduction is shown in the pair's space, not counted), in threads they may still read. The counts are kept by
 * triggers (ThreadUnread, migration 20261207180000), so this is one indexed read of the reader's few rows on every
 * signed-in page, never a count of messages. Read once per request (React's cache), though the layout's navigation
 * and the home page both show them.
 */
export const unreadByThread = cache(async function unreadByThread(
  userId: string,
  threadIds?: string[],
): Promise<Record<string, number>> {
  // A page read them with its session check (lib/auth/page-session.ts): the header and home share that one read.
  if (!threadIds) {
    const shell = shellSlot().value;
    if (shell?.userId === userId) return shell.threads;
  }
  const rows = await db.$queryRaw<{ threadId: string; unread: number }[]>(unreadThreadsSql(userId, threadIds ?? null));
  return Object.fromEntries(rows.map((r) => [r.threadId, r.unread]));
});
