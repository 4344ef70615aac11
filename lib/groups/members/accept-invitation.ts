import "server-only";
import { notifyJoinRequest } from "@/lib/groups/notify-join-request";
import { db } from "@/lib/db";
import { AppError, invalid, isUniqueViolation, msg, notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { ZAcceptInvitationInput } from "./schemas";
import { hashInviteToken } from "./invite-token";
import { INVITATION_PROBLEM_MESSAGES, invitationProblem } from "./invitation-state";
import { inviterCanApprove } from "./inviter-can-approve";
import { requireVerified } from "@/lib/accounts/verification";
import { publicContentChanged } from "@/lib/http/public-cache";

export type AcceptInvitationResult = { slug: string; status: "ACTIVE" | "PENDING"; alreadyMember: boolean };

/**
 * Accept a link invitation. A use is taken with a conditional update (`useCount < maxUses`), so a 2-use link
 * admits exactly two people however many accept at once. The invitee joins at once when the inviter may approve
 * members at this moment (or the group is public); otherwise their acceptance is a request for the moderators.
 * A banned person's acceptance answers NOT_FOUND, like any dead link.
 */
export async function acceptInvitation(actor: SessionUser, raw: unknown): Promise<AcceptInvitationResult> {
  const input = ZAcceptInvitationInput.parse(raw);
  const tokenHash = hashInviteToken(input.token);
  try {
    return await db.$transaction(async (tx) => {
      const now = new Date();
      const invitation = await tx.invitation.findUnique({
        where: { tokenHash },
        select: {
          id: true,
          groupId: true,
          invitedById: true,
          expiresAt: true,
          maxUses: true,
          useCount: true,
          revokedAt: true,
          group: { select: { slug: true, name: true, privacy: true, archivedAt: true } },
        },
      });
      const problem = invitationProblem(invitation, now);
      if (problem || !invitation) throw notFound(INVITATION_PROBLEM_MESSAGES[problem ?? "invalid"]);
      const { group, groupId } = invitation;

      const membership = await tx.membership.findUnique({
        where: { groupId_userId: { groupId, userId: actor.id } },
        select: { id: true, status: true },
      });
      if (membership?.status === "BANNED") throw notFound(INVITATION_PROBLEM_MESSAGES.invalid);
      if (membership?.status === "ACTIVE") return { slug: group.slug, status: "ACTIVE", alreadyMember: true };
      await requireVerified(tx, actor);

      const ruleCount = await tx.groupRule.count({ where: { groupId } });
      if (ruleCount > 0 && !input.acceptRules) throw invalid({ acceptRules: [msg("errors.groups.agreeToRules")] });

      const admit = group.privacy === "PUBLIC" || (await inviterCanApprove(tx, groupId, invitation.invitedById));
      // Already waiting, and this link would only make another request: keep their answers, spend no use.
      if (!admit && membership?.status === "PENDING")
        return { slug: group.slug, status: "PENDING", alreadyMember: false };

      const taken = await tx.$executeRaw`
        UPDATE "Invitation" SET "useCount" = "useCount" + 1
        WHERE id = ${invitation.id} AND "revokedAt" IS NULL AND ("maxUses" IS NULL OR "useCount" < "maxUses")`;
      if (taken !== 1) throw notFound(INVITATION_PROBLEM_MESSAGES.used);

      const status = admit ? ("ACTIVE" as const) : ("PENDING" as const);
      const data = {
        status,
        role: "MEMBER" as const,
        answers: [],
        rulesAcceptedAt: now,
        requestedAt: now,
        joinedAt: admit ? now : null,
        decidedById: admit ? invitation.invitedById : null,
        decidedAt: admit ? now : null,
        mutedUntil: null,
        lastSeenAt: now,
      };
      await tx.membership.upsert({
        where: { groupId_userId: { groupId, userId: actor.id } },
        create: { groupId, userId: actor.id, ...data },
        update: data,
      });
      if (status === "PENDING") await notifyJoinRequest(tx, { id: groupId, slug: group.slug, name: group.name }, actor);
      // Any personal invitation to the same group is answered too.
      await tx.invitation.updateMany({
        where: { groupId, inviteeId: actor.id, acceptedAt: null, revokedAt: null },
        data: { acceptedAt: now },
      });
      if (status === "ACTIVE") publicContentChanged({ groupSlug: group.slug, directory: true });
      return { slug: group.slug, status, alreadyMember: false };
    });
  } catch (error) {
    // The same person accepting twice at once: the one membership row decides.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", msg("errors.members.alreadyAccepted"));
    throw error;
  }
}
