import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { can, GROUP_ROLES, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { decodeCursor, encodeCursor, ZMembersQuery } from "./schemas";
import { manageOptions, type MembersPageDto } from "./dto";
import { avatarPhoto } from "@/lib/photos/url";

type Row = {
  id: string;
  userId: string;
  name: string;
  photoVersion: string | null;
  bio: string;
  role: string;
  joinedAt: Date | null;
  sortAt: Date;
  mutedUntil: Date | null;
};

const BIO_LENGTH = 160;

/** "50%_off" → "50\%\_off": user text matches literally inside ILIKE. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The members list: owners, admins and moderators first, then members by join date; searchable by name; paginated
 * by a keyset cursor. A viewer who may not list members (a private group they are not in) sees only the owners
 * and admins, as on Facebook.
 */
export async function findMembers(actor: Actor, slug: string, raw: unknown): Promise<MembersPageDto> {
  const query = ZMembersQuery.parse(raw);
  const { group, scope, membership } = await authorize(actor, "group.read", { groupSlug: slug });
  const restricted = !can(actor, "members.list", scope);
  const viewerRole = membership?.status === "ACTIVE" ? membership.role : null;
  const mayMute = can(actor, "members.mute", scope);

  const cursor = decodeCursor(query.cursor, ["r", "t", "i"] as const);
  const validCursor =
    cursor && (GROUP_ROLES as readonly string[]).includes(cursor.r) && !Number.isNaN(Date.parse(cursor.t))
      ? cursor
      : null;
  const q = query.q?.trim();

  const rows = await db.$queryRaw<Row[]>`
    SELECT m.id, m."userId", u.name, u."photoVersion", left(u.bio, ${BIO_LENGTH}) AS bio, m.role::text AS role, m."joinedAt",
           coalesce(m."joinedAt", m."requestedAt") AS "sortAt", m."mutedUntil"
    FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m."groupId" = ${group.id} AND m.status = 'ACTIVE'
      ${restricted ? Prisma.sql`AND m.role IN ('OWNER', 'ADMIN')` : Prisma.empty}
      ${q ? Prisma.sql`AND u.name ILIKE ${`%${escapeLike(q)}%`} ESCAPE '\\'` : Prisma.empty}
      ${
        validCursor
          ? Prisma.sql`AND (m.role, coalesce(m."joinedAt", m."requestedAt"), m.id) > (CAST(${validCursor.r} AS "GroupRole"), ${new Date(validCursor.t)}, ${validCursor.i})`
          : Prisma.empty
      }
    ORDER BY m.role ASC, "sortAt" ASC, m.id ASC
    LIMIT ${query.limit + 1}`;

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const viewer = {
    userId: actor?.id ?? "",
    role: viewerRole,
    can: (p: "members.roles" | "members.mute" | "members.remove" | "members.ban") => can(actor, p, scope),
  };
  return {
    restricted,
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ r: last.role, t: last.sortAt.toISOString(), i: last.id })
        : null,
    members: page.map((r) => ({
      membershipId: r.id,
      userId: r.userId,
      name: r.name,
      photo: avatarPhoto({ id: r.userId, photoVersion: r.photoVersion }),
      bio: r.bio,
      role: r.role,
      joinedAt: r.joinedAt?.toISOString() ?? null,
      mutedUntil: mayMute && r.mutedUntil && r.mutedUntil > new Date() ? r.mutedUntil.toISOString() : null,
      isYou: actor?.id === r.userId,
      manage: actor ? manageOptions(viewer, { userId: r.userId, role: r.role }) : null,
    })),
  };
}
