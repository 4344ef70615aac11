import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { MyGroupDto } from "@/lib/groups/find-my-groups";
import { MANAGING_ROLES, managedFrom, type ManagedGroups } from "./managed-groups";

/** As "Your groups" elsewhere (lib/groups/find-my-groups.ts): the first 200, most active first. */
const MY_GROUPS_SHOWN = 200;

type Row = {
  hasBio: boolean;
  hasLanguages: boolean;
  id: string | null;
  slug: string;
  name: string;
  coverColor: string;
  privacy: "PUBLIC" | "PRIVATE";
  visibility: string;
  mentorshipEnabled: boolean;
  role: string;
  status: "ACTIVE" | "PENDING";
  mutedUntil: Date | null;
  unread: number;
  shown: number;
  byName: number;
  managing: boolean;
};

/**
 * What the home page knows about the person before any to-do: whether their profile lacks a bio or languages,
 * their groups ("Your groups", with unread posts, ordered as lib/groups/find-my-groups.ts orders them) and the
 * groups they help run (decided by the policy, as lib/home/managed-groups.ts does). One statement for the three
 * (issue 18: the profile, the groups and the managed groups were three): the person's row, with their memberships
 * joined; the ones shown under "Your groups" and every active one in a managing role.
 */
export async function findHomeStanding(
  actor: SessionUser,
  now: Date,
): Promise<{ profileMissing: ("bio" | "languages")[]; groups: MyGroupDto[]; managed: ManagedGroups }> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT u.bio <> '' AS "hasBio", cardinality(u.languages) > 0 AS "hasLanguages", x.*
    FROM "User" u
    LEFT JOIN LATERAL (
      SELECT y.*, row_number() OVER (ORDER BY (y.status = 'ACTIVE') DESC, y.unread DESC, y.name ASC)::int AS shown,
             row_number() OVER (ORDER BY y.name, y.id)::int AS "byName"
      FROM (
        SELECT g.id, g.slug, g.name, g."coverColor", g.privacy::text AS privacy, g.visibility::text AS visibility,
               g."mentorshipEnabled", m.role::text AS role, m.status::text AS status, m."mutedUntil",
               (m.status = 'ACTIVE' AND m.role::text = ANY(${MANAGING_ROLES as unknown as string[]})) AS managing,
               CASE WHEN m.status = 'ACTIVE' THEN (
                 SELECT count(*)::int FROM "Post" p
                 WHERE p."groupId" = g.id AND p.status = 'PUBLISHED' AND p."authorId" <> m."userId"
                   AND p."createdAt" > coalesce(m."lastSeenAt", m."joinedAt", m."requestedAt")
               ) ELSE 0 END AS unread
        FROM "Membership" m JOIN "Group" g ON g.id = m."groupId"
        WHERE m."userId" = u.id AND m.status IN ('ACTIVE', 'PENDING') AND g."archivedAt" IS NULL
      ) y
    ) x ON x.shown <= ${MY_GROUPS_SHOWN} OR x.managing
    WHERE u.id = ${actor.id}
    ORDER BY x.shown`;
  const first = rows[0];
  const memberships = rows.filter((r) => r.id !== null);
  const groups: MyGroupDto[] = memberships
    .filter((r) => r.shown <= MY_GROUPS_SHOWN)
    .map((r) => ({
      id: r.id!,
      slug: r.slug,
      name: r.name,
      coverColor: r.coverColor,
      privacy: r.privacy,
      role: r.role,
      status: r.status,
      unread: r.unread,
    }));
  const managed = managedFrom(
    actor,
    memberships
      .filter((r) => r.managing)
      .sort((a, b) => a.byName - b.byName)
      .map((r) => ({ ...r, id: r.id! })),
    now,
  );
  return {
    profileMissing: [
      ...(first?.hasBio ? [] : (["bio"] as const)),
      ...(first?.hasLanguages ? [] : (["languages"] as const)),
    ],
    groups,
    managed,
  };
}
