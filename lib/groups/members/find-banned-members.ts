import "server-only";
import { db } from "@/lib/db";
import { type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import type { BannedMemberDto } from "./dto";

/** Who is banned, newest first, for the moderators who may lift a ban. */
export async function findBannedMembers(actor: Actor, slug: string): Promise<BannedMemberDto[]> {
  const { group } = await authorize(actor, "members.ban", { groupSlug: slug });
  const rows = await db.membership.findMany({
    where: { groupId: group.id, status: "BANNED" },
    orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
    take: 200,
    select: { id: true, userId: true, decidedAt: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({
    membershipId: r.id,
    userId: r.userId,
    name: r.user.name,
    bannedAt: r.decidedAt?.toISOString() ?? null,
  }));
}
