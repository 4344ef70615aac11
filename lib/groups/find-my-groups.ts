import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";

export type MyGroupDto = {
  id: string;
  slug: string;
  name: string;
  coverColor: string;
  privacy: "PUBLIC" | "PRIVATE";
  role: string;
  status: "ACTIVE" | "PENDING";
  /** Posts since the member last opened the group. */
  unread: number;
};

/** "Your groups": where the user is a member (or waiting for an answer), with unread activity, most active first. */
export async function findMyGroups(actor: SessionUser): Promise<MyGroupDto[]> {
  const rows = await db.$queryRaw<MyGroupDto[]>`
    SELECT g.id, g.slug, g.name, g."coverColor", g.privacy::text AS privacy, m.role::text AS role, m.status::text AS status,
           CASE WHEN m.status = 'ACTIVE' THEN (
             SELECT count(*)::int FROM "Post" p
             WHERE p."groupId" = g.id AND p.status = 'PUBLISHED' AND p."authorId" <> m."userId"
               AND p."createdAt" > coalesce(m."lastSeenAt", m."joinedAt", m."requestedAt")
           ) ELSE 0 END AS unread
    FROM "Membership" m JOIN "Group" g ON g.id = m."groupId"
    WHERE m."userId" = ${actor.id} AND m.status IN ('ACTIVE', 'PENDING') AND g."archivedAt" IS NULL
    ORDER BY (m.status = 'ACTIVE') DESC, unread DESC, g.name ASC
    LIMIT 200`;
  return rows;
}

/**
 * How often opening a group writes "seen": a member paging through the feed or its tabs would otherwise write on
 * every view. Within this window the unread count of "Your groups" may lag by the posts of a few minutes.
 */
export const SEEN_EVERY_MS = 5 * 60 * 1000;

/** Whether a view should record "seen" again: never seen, or not within the last few minutes. Pure. */
export function isSeenStale(lastSeenAt: Date | null | undefined, now: Date = new Date()): boolean {
  return !lastSeenAt || now.getTime() - lastSeenAt.getTime() >= SEEN_EVERY_MS;
}

/** Opening a group marks its activity as seen (pages call it through markSeenAfterResponse, throttled). */
export async function markGroupSeen(actor: SessionUser, groupId: string): Promise<void> {
  await db.membership.updateMany({
    where: { groupId, userId: actor.id, status: "ACTIVE" },
    data: { lastSeenAt: new Date() },
  });
}
