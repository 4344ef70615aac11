import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import type { InvitationDto } from "./dto";

/**
 * Open invitations (not revoked, expired, accepted or used up), newest first. Moderators and above see all of the
 * group's; a member sees the ones they sent.
 */
export async function findInvitations(actor: Actor, slug: string): Promise<InvitationDto[]> {
  const { group, scope } = await authorize(actor, "members.invite", { groupSlug: slug });
  const seesAll = can(actor, "members.approve", scope);
  const now = new Date();
  const rows = await db.invitation.findMany({
    where: {
      groupId: group.id,
      revokedAt: null,
      acceptedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      ...(seesAll ? {} : { invitedById: actor!.id }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      inviteeId: true,
      invitedById: true,
      createdAt: true,
      expiresAt: true,
      maxUses: true,
      useCount: true,
      invitee: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  return rows
    .filter((r) => r.maxUses === null || r.useCount < r.maxUses)
    .map((r) => ({
      id: r.id,
      kind: r.inviteeId ? ("user" as const) : ("link" as const),
      inviteeName: r.invitee?.name ?? null,
      invitedByName: r.invitedBy.name,
      createdAt: r.createdAt.toISOString(),
      expiresAt: r.expiresAt?.toISOString() ?? null,
      maxUses: r.maxUses,
      useCount: r.useCount,
      canRevoke: seesAll || r.invitedById === actor?.id,
    }));
}
