import "server-only";
import { db } from "@/lib/db";
import { AppError, invalid } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadGroupContext } from "./scope";
import { ZJoinInput } from "./schemas";

export type JoinResult = { status: "ACTIVE" | "PENDING" };

/**
 * Joining: a PUBLIC group admits at once; a PRIVATE one takes a request with answers to the membership questions
 * and agreement to the rules, which moderators decide. A HIDDEN group is reachable only with an invitation (its
 * scope answers NOT_FOUND otherwise). A banned person cannot see the group, so cannot ask again.
 */
export async function joinGroup(actor: SessionUser, slug: string, raw: unknown): Promise<JoinResult> {
  const input = ZJoinInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { group, membership } = await loadGroupContext(actor, { slug }, tx);
    if (group.archivedAt) throw new AppError("FORBIDDEN", "This group is archived and no longer takes members.");
    if (membership?.status === "ACTIVE") throw new AppError("CONFLICT", "You're already a member of this group.");

    const [questions, ruleCount] = await Promise.all([
      tx.membershipQuestion.findMany({ where: { groupId: group.id }, orderBy: { position: "asc" } }),
      tx.groupRule.count({ where: { groupId: group.id } }),
    ]);
    const admitAtOnce = group.privacy === "PUBLIC";

    const fields: Record<string, string[]> = {};
    const answers = questions.map((q, i) => {
      const answer = input.answers.find((a) => a.questionId === q.id)?.answer.trim() ?? "";
      if (!admitAtOnce && q.required && !answer) fields[`answers.${i}`] = ["Please answer this question."];
      return { questionId: q.id, prompt: q.prompt, answer };
    });
    if (!admitAtOnce && ruleCount > 0 && !input.acceptRules)
      fields.acceptRules = ["Please agree to the group's rules."];
    if (Object.keys(fields).length) throw invalid(fields);

    const status: JoinResult["status"] = admitAtOnce ? "ACTIVE" : "PENDING";
    const now = new Date();
    const data = {
      status,
      role: "MEMBER" as const,
      answers: admitAtOnce ? [] : answers,
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
    return { status };
  });
}
