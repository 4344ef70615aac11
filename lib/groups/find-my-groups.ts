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

/** Opening a group marks its activity as seen. */
export async function markGroupSeen(actor: SessionUser, groupId: string): Promise<void> {
  await db.membership.updateMany({
    where: { groupId, userId: actor.id, status: "ACTIVE" },
    data: { lastSeenAt: new Date() },
  });
}
