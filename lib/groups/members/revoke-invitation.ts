import "server-only";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { assertCan, can } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { loadGroupContext } from "../scope";
import { ZMemberId } from "./schemas";

/** Revoke an invitation: its inviter may, and so may anyone who approves members in the group. */
export async function revokeInvitation(actor: SessionUser, invitationId: string): Promise<{ slug: string }> {
  const id = ZMemberId.parse(invitationId);
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { id },
      select: { id: true, groupId: true, invitedById: true, inviteeId: true, acceptedAt: true, revokedAt: true },
    });
    if (!invitation) throw notFound();
    const { group, scope } = await loadGroupContext(actor, { id: invitation.groupId }, tx);
    // Members see only the invitations they sent, moderators all of them: for anyone else it does not exist.
    if (invitation.invitedById !== actor.id && !can(actor, "members.approve", scope)) throw notFound();
    assertCan(actor, "members.invite", scope);
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
