import "server-only";
import { db } from "@/lib/db";
import { conflict, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { ZMemberId } from "./schemas";

/** Revoke an invitation: its inviter may, and so may anyone who approves members in the group. */
export async function revokeInvitation(actor: SessionUser, invitationId: string): Promise<{ slug: string }> {
  const id = ZMemberId.parse(invitationId);
  return db.$transaction(async (tx) => {
    const { group, invitation } = await authorize(actor, "members.invite", { invitationId: id }, { tx });
    const { count } = await tx.invitation.updateMany({
      where: { id, revokedAt: null, acceptedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw conflict(msg("errors.members.invitationClosed"));
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
