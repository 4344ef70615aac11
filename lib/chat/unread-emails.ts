import "server-only";
import { db } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { EMAIL_AFTER_MS } from "./schemas";

/**
 * For participants who have left messages unread for 15 minutes: one email per burst that says who wrote, never
 * what. A burst is keyed by the first unread message, so running the job again (or on two instances) sends nothing
 * new, and the next email waits for the next unread burst. Preferences (email off, digest) apply as for any
 * notification.
 */
export async function sendUnreadMessageEmails(now = new Date()): Promise<number> {
  const due = await db.$queryRaw<
    {
      threadId: string;
      pairingId: string;
      userId: string;
      firstSeq: bigint;
      author: string;
      program: string;
      groupId: string;
    }[]
  >`
    SELECT t.id AS "threadId", p.id AS "pairingId", u."userId", min(m.seq) AS "firstSeq",
      (array_agg(a.name ORDER BY m.seq))[1] AS author, pr.name AS program, pr."groupId"
    FROM "Thread" t
    JOIN "Pairing" p ON p.id = t."pairingId"
    JOIN "Program" pr ON pr.id = p."programId"
    -- An archived group's threads can no longer be opened: no email links to them.
    JOIN "Group" g ON g.id = pr."groupId" AND g."archivedAt" IS NULL
    CROSS JOIN LATERAL (VALUES (p."mentorId"), (p."menteeId")) AS u("userId")
    JOIN "Membership" ms ON ms."groupId" = pr."groupId" AND ms."userId" = u."userId" AND ms.status = 'ACTIVE'
    LEFT JOIN "ThreadRead" r ON r."threadId" = t.id AND r."userId" = u."userId"
    JOIN "Message" m ON m."threadId" = t.id AND m."authorId" <> u."userId" AND m.kind = 'TEXT'
      AND m."deletedAt" IS NULL AND m.seq > COALESCE(r."lastReadSeq", 0)
    JOIN "User" a ON a.id = m."authorId"
    WHERE t."lastMessageAt" > ${new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000)}
    GROUP BY t.id, p.id, u."userId", pr.name, pr."groupId"
    HAVING min(m."createdAt") <= ${new Date(now.getTime() - EMAIL_AFTER_MS)}
      -- A burst already emailed (the key notify() gives its email) is not looked at again.
      AND NOT EXISTS (SELECT 1 FROM "Email" e
                      WHERE e."idempotencyKey" = 'chat-email:' || t.id || ':' || min(m.seq) || ':' || u."userId")`;
  let sent = 0;
  for (const d of due) {
    await db.$transaction(async (tx) => {
      const result = await notify(tx, {
        recipients: [d.userId],
        kind: "message.received",
        groupId: d.groupId,
        message: { key: "messageUnread", values: { name: d.author, program: d.program } },
        url: `/pairings/${d.pairingId}/thread`,
        dedupeKey: `chat-email:${d.threadId}:${d.firstSeq}`,
        inApp: false,
      });
      sent += result.emailed;
    });
  }
  return sent;
}
