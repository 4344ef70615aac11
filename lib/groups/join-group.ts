import "server-only";
import { db } from "@/lib/db";
import { AppError, invalid, msg, type FieldMessages } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/auth/authorize";
import { notifyJoinRequest } from "./notify-join-request";
import { ZJoinInput } from "./schemas";
import { inviterCanApprove } from "./members/inviter-can-approve";
import { requireVerified } from "@/lib/accounts/verification";
import { publicContentChanged } from "@/lib/http/public-cache";

export type JoinResult = { status: "ACTIVE" | "PENDING" };

/**
 * Joining: a PUBLIC group admits at once; a PRIVATE one takes a request with answers to the membership questions
 * and agreement to the rules, which moderators decide. A HIDDEN group is reachable only with an invitation (its
 * scope answers NOT_FOUND otherwise). A banned person cannot see the group, so cannot ask again. A personal
 * invitation from someone who may approve members (at this moment) admits at once; joining answers the
 * person's open personal invitations to the group.
 */
export async function joinGroup(actor: SessionUser, slug: string, raw: unknown): Promise<JoinResult> {
  const input = ZJoinInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { group, scope, membership } = await authorize(actor, "group.read", { groupSlug: slug }, { tx });
    if (group.archivedAt) throw new AppError("FORBIDDEN", msg("errors.groups.archivedNoMembers"));
    if (membership?.status === "ACTIVE") throw new AppError("CONFLICT", msg("errors.groups.alreadyMember"));
    await requireVerified(tx, actor);

    const [questions, ruleCount] = await Promise.all([
      tx.membershipQuestion.findMany({ where: { groupId: group.id }, orderBy: { position: "asc" } }),
      tx.groupRule.count({ where: { groupId: group.id } }),
    ]);
    const isRequest = group.privacy !== "PUBLIC";
    const now = new Date();
    const invitations = scope.invited
      ? await tx.invitation.findMany({
          where: {
            groupId: group.id,
            inviteeId: actor.id,
            acceptedAt: null,
            revokedAt: null,
            OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
          },
          select: { invitedById: true },
        })
      : [];
    let invitedByApprover = false;
    for (const invitation of invitations) {
      if (await inviterCanApprove(tx, group.id, invitation.invitedById)) {
        invitedByApprover = true;
        break;
      }
    }
    const admitAtOnce = !isRequest || invitedByApprover;

    const fields: FieldMessages = {};
    const answers = questions.map((q, i) => {
      const answer = input.answers.find((a) => a.questionId === q.id)?.answer.trim() ?? "";
      if (isRequest && !invitedByApprover && q.required && !answer)
        fields[`answers.${i}`] = [msg("errors.groups.answerQuestion")];
      return { questionId: q.id, prompt: q.prompt, answer };
    });
    if (isRequest && ruleCount > 0 && !input.acceptRules) fields.acceptRules = [msg("errors.groups.agreeToRules")];
    if (Object.keys(fields).length) throw invalid(fields);

    const status: JoinResult["status"] = admitAtOnce ? "ACTIVE" : "PENDING";
    const data = {
      status,
      role: "MEMBER" as const,
      answers: isRequest ? answers : [],
      rulesAcceptedAt: input.acceptRules || ruleCount === 0 ? now : null,
      requestedAt: now,
      joinedAt: admitAtOnce ? now : null,
      decidedById: null,
      decidedAt: null,
      lastSeenAt: now,
    };
    // Someone declined earlier, or who left, may ask again: the one membership row is reused.
    await tx.membership.upsert({
      where: { groupId_userId: { groupId: group.id, userId: actor.id } },
      create: { groupId: group.id, userId: actor.id, ...data },
      update: data,
    });
    if (status === "PENDING") await notifyJoinRequest(tx, group, actor);
    if (invitations.length) {
      await tx.invitation.updateMany({
        where: { groupId: group.id, inviteeId: actor.id, acceptedAt: null, revokedAt: null },
        data: { acceptedAt: now },
      });
    }
    if (status === "ACTIVE") publicContentChanged({ groupSlug: group.slug, directory: true });
    return { status };
  });
}
