import "server-only";
import { db } from "@/lib/db";
import { conflict, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { notify } from "@/lib/notifications/notify";
import { publish } from "@/lib/realtime/publish";
import { authorize } from "@/lib/auth/authorize";
import { IN_CONVERSATION_MS, ZSendMessageInput } from "./schemas";
import { messageSelect, toMessageDto } from "./message-dto";
import type { MessageDto } from "./dto";
import { requireVerified } from "@/lib/accounts/verification";

/**
 * Sends a message, exactly once per client id: a retry, a double click or a resend after a timeout finds the
 * message already stored and returns it (the unique (thread, clientId) index decides between concurrent sends);
 * the same id with a different body is refused. The stored message reaches both participants' open tabs through
 * the realtime log, and the other participant gets one in-app notification per burst of messages, none while they
 * are in the conversation.
 */
export async function sendMessage(
  actor: SessionUser,
  threadId: string,
  raw: unknown,
): Promise<{ message: MessageDto; created: boolean }> {
  const input = ZSendMessageInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { thread, pairing, group, side } = await authorize(actor, "thread.write", { threadId }, { tx });
    await requireVerified(tx, actor);
    // One send per thread at a time, from drawing the message's seq to commit: messages then commit in seq order,
    // and every stream (which delivers in commit order) shows them in the thread's order. Retries of one message
    // queue here too and then find it stored.
    // NO KEY UPDATE: it still queues sends on one thread, without blocking the foreign-key checks of rows that
    // point at the thread (a first read mark inserted meanwhile would otherwise deadlock with this send).
    await tx.$queryRaw`SELECT id FROM "Thread" WHERE id = ${thread.id} FOR NO KEY UPDATE`;
    const id = `m${crypto.randomUUID().replaceAll("-", "")}`;
    const inserted = await tx.$executeRaw`
      INSERT INTO "Message" (id, "threadId", "clientId", "authorId", kind, body, "createdAt")
      VALUES (${id}, ${thread.id}, ${input.clientId}, ${actor.id}, 'TEXT', ${input.body}, now())
      ON CONFLICT ("threadId", "clientId") DO NOTHING`;
    const message = await tx.message.findUniqueOrThrow({
      where: { threadId_clientId: { threadId: thread.id, clientId: input.clientId } },
      select: messageSelect,
    });
    if (inserted === 0) {
      if (message.author.id !== actor.id || message.body !== input.body || message.kind !== "TEXT")
        throw conflict(msg("errors.chat.idReused"));
      return { message: toMessageDto(message), created: false };
    }
    const now = new Date();
    await tx.thread.update({ where: { id: thread.id }, data: { lastMessageAt: now } });
    await tx.pairing.update({ where: { id: pairing.id }, data: { lastActivityAt: now, stalledAt: null } });
    // The author has read their own message (the mark only moves forward, whichever tab's send commits last).
    await tx.$executeRaw`
      INSERT INTO "ThreadRead" ("threadId", "userId", "lastReadSeq", "updatedAt")
      VALUES (${thread.id}, ${actor.id}, ${message.seq}, now())
      ON CONFLICT ("threadId", "userId")
      DO UPDATE SET "lastReadSeq" = GREATEST("ThreadRead"."lastReadSeq", EXCLUDED."lastReadSeq"), "updatedAt" = now()`;
    const partnerId = side === "MENTOR" ? pairing.menteeId : pairing.mentorId;
    await publish(tx, [
      { userId: actor.id, type: "message", resourceId: message.id },
      { userId: partnerId, type: "message", resourceId: message.id },
    ]);
    // One notification per burst: none while an earlier one about this thread is still unread, and none while the
    // partner is in the conversation (their read mark moved in the last two minutes).
    const url = `/pairings/${pairing.id}/thread`;
    const [pending, partnerRead] = await Promise.all([
      tx.notification.findFirst({
        where: { userId: partnerId, kind: "message.received", url, readAt: null },
        select: { id: true },
      }),
      tx.threadRead.findUnique({
        where: { threadId_userId: { threadId: thread.id, userId: partnerId } },
        select: { updatedAt: true },
      }),
    ]);
    const inConversation = partnerRead !== null && now.getTime() - partnerRead.updatedAt.getTime() < IN_CONVERSATION_MS;
    if (!pending && !inConversation)
      await notify(tx, {
        recipients: [partnerId],
        kind: "message.received",
        groupId: group.id,
        message: { key: "messageReceived", values: { name: actor.name, program: pairing.program.name } },
        url,
        dedupeKey: `message:${message.id}`,
        email: false,
      });
    return { message: toMessageDto(message), created: true };
    // Sends to one thread queue on its row lock: let them wait for a connection.
  }, SEND_TX);
}

const SEND_TX = { maxWait: 10_000, timeout: 20_000 } as const;
