import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/**
 * The reader's unread messages per thread (rows: "threadId", unread): the partner's messages after the reader's read
 * mark, kept by triggers in ThreadUnread (migration 20261207180000), in threads they may still read (an active
 * member of a live group). One indexed read of the reader's few rows, never a count of messages. Shared by
 * `unreadByThread` and the page shell's one read (lib/auth/page-session.ts).
 */
export function unreadThreadsSql(userId: string, threadIds: string[] | null = null): Prisma.Sql {
  return Prisma.sql`
    SELECT u."threadId", u.count AS unread
    FROM "ThreadUnread" u
    JOIN "Thread" t ON t.id = u."threadId"
    JOIN "Pairing" p ON p.id = t."pairingId" AND (p."mentorId" = ${userId} OR p."menteeId" = ${userId})
    JOIN "Program" pr ON pr.id = p."programId"
    JOIN "Group" g ON g.id = pr."groupId" AND g."archivedAt" IS NULL
    JOIN "Membership" ms ON ms."groupId" = g.id AND ms."userId" = ${userId} AND ms.status = 'ACTIVE'
    WHERE u."userId" = ${userId} AND u.count > 0
      AND (${threadIds}::text[] IS NULL OR t.id = ANY(${threadIds}::text[]))`;
}

/**
 * The page header's counts as the two columns lib/auth/page-session.ts reads with the session check (registered in
 * lib/wiring.ts): the bell's unread notifications (index [userId, readAt]) and the unread messages per thread.
 */
export function headerCountsSql(userId: string): Prisma.Sql {
  return Prisma.sql`
    (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = ${userId} AND n."readAt" IS NULL) AS notifications,
    (SELECT coalesce(json_object_agg(x."threadId", x.unread), '{}'::json) FROM (${unreadThreadsSql(userId)}) x) AS threads`;
}
