import "server-only";
import { db } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorizeInGroup } from "../scope";
import { ZMemberId } from "./schemas";

/** Revoke an invitation: its inviter may, and so may anyone who approves members in the group. */
export async function revokeInvitation(actor: SessionUser, invitationId: string): Promise<{ slug: string }> {
  const id = ZMemberId.parse(invitationId);
  return db.$transaction(async (tx) => {
    const found = await tx.invitation.findUnique({ where: { id }, select: { groupId: true } });
    if (!found) throw notFound();
    const { group, scope } = await authorizeInGroup(actor, "members.invite", { id: found.groupId }, tx);
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { id },
      select: { id: true, invitedById: true, inviteeId: true, acceptedAt: true, revokedAt: true },
    });
    if (invitation.invitedById !== actor.id && !can(actor, "members.approve", scope)) {
      throw new AppError("FORBIDDEN", "Only the person who sent it, or a moderator, can revoke this invitation.");
    }
    const { count } = await tx.invitation.updateMany({
      where: { id, revokedAt: null, acceptedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw conflict("This invitation is no longer open.");
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: "invitation.revoke",
      targetType: "invitation",
      targetId: id,
      data: {
        kind: invitation.inviteeId ? "user" : "link",
        ...(invitation.inviteeId ? { userId: invitation.inviteeId } : {}),
      },
    });
    return { slug: group.slug };
  });
}
