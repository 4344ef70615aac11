import "server-only";
import { db } from "@/lib/db";
import { AppError, conflict, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { notify } from "@/lib/notifications/notify";
import { publish, type RealtimeType } from "@/lib/realtime/publish";
import { authorize } from "@/lib/auth/authorize";
import { IN_CONVERSATION_MS, ZSendMessageInput } from "./schemas";
import { messageSelect, toMessageDto, type MessageRow } from "./message-dto";
import type { MessageDto } from "./dto";

/** What the write statement answers when it stored the message (no row: the client id was already used). */
type Stored = Omit<MessageRow, "author"> & {
  authorName: string;
  authorImage: string | null;
  /** The partner's read mark last moved at (null: never read the thread). */
  partnerReadAt: Date | null;
  /** An earlier "new message" notification about this thread is still unread by the partner. */
  pending: boolean;
};

/**
 * Sends a message, exactly once per client id: a retry, a double click or a resend after a timeout finds the
 * message already stored and returns it (the unique (thread, clientId) index decides between concurrent sends);
 * the same id with a different body is refused. The stored message reaches both participants' open tabs through
 * the realtime log, and the other participant gets one in-app notification per burst of messages, none while they
 * are in the conversation.
 *
 * Statements (issue 18): BEGIN, the thread's authorization (one joined read, which also says whether the actor's
 * address is confirmed), one write, the realtime events, COMMIT; the first message of a burst adds the partner's
 * preferences and their notification (published with the message's events in the same statement).
 */
export async function sendMessage(
  actor: SessionUser,
  threadId: string,
  raw: unknown,
): Promise<{ message: MessageDto; created: boolean }> {
  const input = ZSendMessageInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { thread, pairing, group, side, actorVerified } = await authorize(
      actor,
      "thread.write",
      { threadId },
      { tx },
    );
    // The gate of decision 018 (requireVerified), read in this transaction by the authorization's own query.
    if (!actorVerified) throw new AppError("EMAIL_UNVERIFIED");
    const partnerId = side === "MENTOR" ? pairing.menteeId : pairing.mentorId;
    const url = `/pairings/${pairing.id}/thread`;
    const id = `m${crypto.randomUUID().replaceAll("-", "")}`;
    // One statement. The thread's row lock comes first (the insert reads from it, so the lock is held before the
    // message's seq is drawn): one send per thread at a time from the seq to commit, so messages commit in seq
    // order and every stream (which delivers in commit order) shows them in the thread's order. Retries of one
    // message queue here too and then find it stored. NO KEY UPDATE still queues sends on one thread, without
    // blocking the foreign-key checks of rows that point at the thread (a first read mark inserted meanwhile would
    // otherwise deadlock with this send). The rest happens only when the message is new (each reads `ins`): the
    // thread's and pairing's activity, and the author's read mark (it only moves forward, whichever tab's send
    // commits last). It also reads what decides the partner's notification.
    const [stored] = await tx.$queryRaw<Stored[]>`
      WITH locked AS (
        SELECT id FROM "Thread" WHERE id = ${thread.id} FOR NO KEY UPDATE
      ), ins AS (
        INSERT INTO "Message" (id, "threadId", "clientId", "authorId", kind, body, "createdAt")
        SELECT ${id}, locked.id, ${input.clientId}, ${actor.id}, 'TEXT'::"MessageKind", ${input.body}, now()
        FROM locked
        ON CONFLICT ("threadId", "clientId") DO NOTHING
        RETURNING id, "clientId", seq, kind, body, "createdAt", "editedAt", "deletedAt", "authorId"
      ), thread_activity AS (
        UPDATE "Thread" SET "lastMessageAt" = now() WHERE id = ${thread.id} AND EXISTS (SELECT 1 FROM ins)
        RETURNING id
      ), pairing_activity AS (
        UPDATE "Pairing" SET "lastActivityAt" = now(), "stalledAt" = NULL, "updatedAt" = now()
        WHERE id = ${pairing.id} AND EXISTS (SELECT 1 FROM ins)
        RETURNING id
      ), own_read AS (
        INSERT INTO "ThreadRead" ("threadId", "userId", "lastReadSeq", "updatedAt")
        SELECT ${thread.id}, ${actor.id}, ins.seq, now() FROM ins
        ON CONFLICT ("threadId", "userId")
        DO UPDATE SET "lastReadSeq" = GREATEST("ThreadRead"."lastReadSeq", EXCLUDED."lastReadSeq"), "updatedAt" = now()
        RETURNING 1
      )
      SELECT ins.id, ins."clientId", ins.seq, ins.kind, ins.body, ins."createdAt", ins."editedAt", ins."deletedAt",
        u.name AS "authorName", u.image AS "authorImage",
        (SELECT r."updatedAt" FROM "ThreadRead" r WHERE r."threadId" = ${thread.id} AND r."userId" = ${partnerId})
          AS "partnerReadAt",
        EXISTS (
          SELECT 1 FROM "Notification" n
          WHERE n."userId" = ${partnerId} AND n."readAt" IS NULL AND n.kind = 'message.received' AND n.url = ${url}
        ) AS pending
      FROM ins JOIN "User" u ON u.id = ${actor.id}`;
    if (!stored) {
      const message = await tx.message.findUniqueOrThrow({
        where: { threadId_clientId: { threadId: thread.id, clientId: input.clientId } },
        select: messageSelect,
      });
      if (message.author.id !== actor.id || message.body !== input.body || message.kind !== "TEXT")
        throw conflict(msg("errors.chat.idReused"));
      return { message: toMessageDto(message), created: false };
    }
    const message = toMessageDto({
      ...stored,
      author: { id: actor.id, name: stored.authorName, image: stored.authorImage },
    });
    const events = [
      { userId: actor.id, type: "message" as RealtimeType, resourceId: stored.id },
      { userId: partnerId, type: "message" as RealtimeType, resourceId: stored.id },
    ];
    // One notification per burst: none while an earlier one about this thread is still unread, and none while the
    // partner is in the conversation (their read mark moved in the last two minutes).
    const inConversation =
      stored.partnerReadAt !== null && Date.now() - stored.partnerReadAt.getTime() < IN_CONVERSATION_MS;
    if (stored.pending || inConversation) await publish(tx, events);
    else
      await notify(tx, {
        recipients: [partnerId],
        kind: "message.received",
        groupId: group.id,
        message: { key: "messageReceived", values: { name: actor.name, program: pairing.program.name } },
        url,
        dedupeKey: `message:${stored.id}`,
        email: false,
        events,
      });
    return { message, created: true };
    // Sends to one thread queue on its row lock: let them wait for a connection.
  }, SEND_TX);
}

const SEND_TX = { maxWait: 10_000, timeout: 20_000 } as const;
