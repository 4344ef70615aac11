import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import type { RuleDto } from "../dto";
import { ZInviteToken } from "./schemas";
import { hashInviteToken } from "./invite-token";
import { INVITATION_PROBLEMS, invitationProblem, type InvitationProblem } from "./invitation-state";
import { inviterCanApprove } from "./inviter-can-approve";

export type InvitationPreviewDto =
  | {
      state: "valid";
      group: { slug: string; name: string; description: string; privacy: "PUBLIC" | "PRIVATE"; rules: RuleDto[] };
      invitedByName: string;
      /** Accepting makes the viewer a member at once (else it sends a request). */
      admitsAtOnce: boolean;
      alreadyMember: boolean;
    }
  | { state: InvitationProblem; message: string };

/**
 * What the invitation page shows for a link: the group's name, description and rules while the link is live
 * (the link itself is the permission to learn about a hidden group), otherwise a plain explanation. A banned
 * viewer sees the same "not valid" as for a link that never existed.
 */
export async function getInvitation(actor: Actor, token: string): Promise<InvitationPreviewDto> {
  const parsed = ZInviteToken.safeParse(token);
  const invitation = parsed.success
    ? await db.invitation.findUnique({
        where: { tokenHash: hashInviteToken(parsed.data) },
        select: {
          groupId: true,
          invitedById: true,
          expiresAt: true,
          maxUses: true,
          useCount: true,
          revokedAt: true,
          invitedBy: { select: { name: true } },
          group: {
            select: {
              slug: true,
              name: true,
              description: true,
              privacy: true,
              archivedAt: true,
              rules: { orderBy: { position: "asc" }, select: { id: true, title: true, body: true } },
            },
          },
        },
      })
    : null;
  const membership =
    invitation && actor
      ? await db.membership.findUnique({
          where: { groupId_userId: { groupId: invitation.groupId, userId: actor.id } },
          select: { status: true },
        })
      : null;
  const problem = membership?.status === "BANNED" ? "invalid" : invitationProblem(invitation, new Date());
  if (problem || !invitation) {
    const state = problem ?? "invalid";
    return { state, message: INVITATION_PROBLEMS[state] };
  }
  const { group } = invitation;
  return {
    state: "valid",
    group: {
      slug: group.slug,
      name: group.name,
      description: group.description,
      privacy: group.privacy,
      rules: group.rules,
    },
    invitedByName: invitation.invitedBy.name,
    admitsAtOnce:
      group.privacy === "PUBLIC" || (await inviterCanApprove(db, invitation.groupId, invitation.invitedById)),
    alreadyMember: membership?.status === "ACTIVE",
  };
}
