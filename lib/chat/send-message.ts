import "server-only";
import { db } from "@/lib/db";
import { AppError, conflict, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { Prisma } from "@/lib/db/generated/client";
import { notificationText } from "@/lib/notifications/notify";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { publishCtes, wakeSql } from "@/lib/realtime/publish";
import { authorize } from "@/lib/auth/authorize";
import { IN_CONVERSATION_MS, ZSendMessageInput } from "./schemas";
import { messageSelect, toMessageDto, type MessageRow } from "./message-dto";
import type { MessageDto } from "./dto";

/** What the write statement answers when it stored the message (no row: the client id was already used). */
type Stored = Omit<MessageRow, "author"> & { authorName: string; authorImage: string | null };

/** The partner's in-app choice for chat notifications when they have not set one. */
const IN_APP_BY_DEFAULT = NOTIFICATION_KINDS["message.received"].inApp;

/**
 * Sends a message, exactly once per client id: a retry, a double click or a resend after a timeout finds the
 * message already stored and returns it (the unique (thread, clientId) index decides between concurrent sends);
 * the same id with a different body is refused. The stored message reaches both participants' open tabs through
 * the realtime log, and the other participant gets one in-app notification per burst of messages, none while they
 * are in the conversation (chat emails are the unread-email job's, later).
 *
 * Statements (issue 18): the thread's authorization (one joined read, which also says whether the actor's address
 * is confirmed), then one statement that writes everything (no BEGIN/COMMIT round trips: a single statement is its
 * own transaction, and commits or rolls back whole). A retry of a stored message adds the read of it.
 */
export async function sendMessage(
  actor: SessionUser,
  threadId: string,
  raw: unknown,
): Promise<{ message: MessageDto; created: boolean }> {
  const input = ZSendMessageInput.parse(raw);
  // Outside the write, as a transaction's first read would be under READ COMMITTED: the write's statement takes
  // its own snapshot whichever way, and what it must not race (two sends, retries) it settles by the thread's lock.
  const { thread, pairing, group, side, actorVerified } = await authorize(actor, "thread.write", { threadId });
  // The gate of decision 018 (requireVerified), read by the authorization's own query.
  if (!actorVerified) throw new AppError("EMAIL_UNVERIFIED");
  const partnerId = side === "MENTOR" ? pairing.menteeId : pairing.mentorId;
  const url = `/pairings/${pairing.id}/thread`;
  const id = `m${crypto.randomUUID().replaceAll("-", "")}`;
  const noteId = `n${crypto.randomUUID().replaceAll("-", "")}`;
  const note = notificationText({
    message: { key: "messageReceived", values: { name: actor.name, program: pairing.program.name } },
    dedupeKey: `message:${id}`,
  });
  const users = [actor.id, partnerId];
  // One statement. The thread's row lock comes first (the insert reads from it, so the lock is held before the
  // message's seq is drawn): one send per thread at a time from the seq to commit, so messages commit in seq
  // order and every stream (which delivers in commit order) shows them in the thread's order. Retries of one
  // message queue here too and then find it stored. NO KEY UPDATE still queues sends on one thread, without
  // blocking the foreign-key checks of rows that point at the thread (a first read mark inserted meanwhile would
  // otherwise deadlock with this send). The rest happens only when the message is new (each reads `ins`): the
  // thread's and pairing's activity, the author's read mark (it only moves forward, whichever tab's send commits
  // last), the partner's notification, and the realtime events (both participants' message, then the
  // notification) with their NOTIFYs. The partner is notified once per burst: not while an earlier notification
  // about this thread is still unread, nor while they are in the conversation (their read mark moved in the last
  // two minutes), nor when they turned chat notifications off.
  const [stored] = await db.$queryRaw<Stored[]>`
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
    ), note AS (
      INSERT INTO "Notification" (id, "userId", kind, "groupId", title, body, url, data)
      SELECT ${noteId}, ${partnerId}, 'message.received', ${group.id}, ${note.title}, ${note.body}, ${url},
        ${JSON.stringify(note.data)}::jsonb
      WHERE EXISTS (SELECT 1 FROM ins)
        AND COALESCE((SELECT p."inApp" FROM "NotificationPreference" p
          WHERE p."userId" = ${partnerId} AND p.kind = 'message.received'), ${IN_APP_BY_DEFAULT})
        AND NOT EXISTS (SELECT 1 FROM "ThreadRead" r WHERE r."threadId" = ${thread.id} AND r."userId" = ${partnerId}
          AND r."updatedAt" > ${new Date(Date.now() - IN_CONVERSATION_MS)})
        AND NOT EXISTS (SELECT 1 FROM "Notification" n WHERE n."userId" = ${partnerId} AND n."readAt" IS NULL
          AND n.kind = 'message.received' AND n.url = ${url})
      RETURNING id
    ), ${publishCtes(
      users,
      Prisma.sql`SELECT ${actor.id}, 'message', ins.id, 1 FROM ins
        UNION ALL SELECT ${partnerId}, 'message', ins.id, 2 FROM ins
        UNION ALL SELECT ${partnerId}, 'notification', note.id, 3 FROM note`,
    )}
    SELECT ins.id, ins."clientId", ins.seq, ins.kind, ins.body, ins."createdAt", ins."editedAt", ins."deletedAt",
      u.name AS "authorName", u.image AS "authorImage", ${wakeSql(users)} AS woken
    FROM ins JOIN "User" u ON u.id = ${actor.id}`;
  if (!stored) {
    const message = await db.message.findUniqueOrThrow({
      where: { threadId_clientId: { threadId: thread.id, clientId: input.clientId } },
      select: messageSelect,
    });
    if (message.author.id !== actor.id || message.body !== input.body || message.kind !== "TEXT")
      throw conflict(msg("errors.chat.idReused"));
    return { message: toMessageDto(message), created: false };
  }
  const { authorName, authorImage, ...row } = stored;
  const message = toMessageDto({ ...row, author: { id: actor.id, name: authorName, image: authorImage } });
  return { message, created: true };
}
