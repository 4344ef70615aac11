import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { ZMessagesQuery } from "./schemas";
import { messageSelect, toMessageDto } from "./message-dto";
import type { ThreadPageDto } from "./dto";

/**
 * A page of the thread, oldest to newest: the latest messages by default, older ones with `before` (history
 * loaded upward), newer ones with `after` (catching up). Participants only; anyone else gets NOT_FOUND.
 */
export async function findMessages(actor: Actor, threadId: string, raw: unknown = {}): Promise<ThreadPageDto> {
  const query = ZMessagesQuery.parse(raw ?? {});
  const { thread, pairing, side } = await authorize(actor, "thread.read", { threadId });
  const partnerId = side === "MENTOR" ? pairing.menteeId : pairing.mentorId;
  const after = query.after ? BigInt(query.after) : null;
  const before = query.before ? BigInt(query.before) : null;
  const [rows, reads] = await Promise.all([
    db.message.findMany({
      where: {
        threadId: thread.id,
        ...(after !== null ? { seq: { gt: after } } : before !== null ? { seq: { lt: before } } : {}),
      },
      orderBy: { seq: after !== null ? "asc" : "desc" },
      take: query.limit + 1,
      select: messageSelect,
    }),
    db.threadRead.findMany({ where: { threadId: thread.id }, select: { userId: true, lastReadSeq: true } }),
  ]);
  const page = rows.slice(0, query.limit);
  if (after === null) page.reverse();
  return {
    threadId: thread.id,
    pairingId: pairing.id,
    writable: pairing.state === "ACTIVE",
    messages: page.map(toMessageDto),
    hasOlder: after === null && rows.length > query.limit,
    read: {
      partnerSeq: (reads.find((r) => r.userId === partnerId)?.lastReadSeq ?? 0n).toString(),
      mineSeq: (reads.find((r) => r.userId === actor!.id)?.lastReadSeq ?? 0n).toString(),
    },
  };
}
