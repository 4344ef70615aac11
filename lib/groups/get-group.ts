import "server-only";
import { db } from "@/lib/db";
import { whyNot, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { abilities } from "./scope";
import { toGroupSummary, toViewer, type GroupDetailDto } from "./dto";

/** A group as its page shows it to this viewer; NOT_FOUND when they may not know it exists. */
export async function getGroup(actor: Actor, slug: string): Promise<GroupDetailDto> {
  const { group, scope, membership } = await authorize(actor, "group.read", { groupSlug: slug });
  const [memberCount, rules, questions] = await Promise.all([
    db.membership.count({ where: { groupId: group.id, status: "ACTIVE" } }),
    db.groupRule.findMany({
      where: { groupId: group.id },
      orderBy: { position: "asc" },
      select: { id: true, title: true, body: true },
    }),
    db.membershipQuestion.findMany({
      where: { groupId: group.id },
      orderBy: { position: "asc" },
      select: { id: true, prompt: true, required: true },
    }),
  ]);
  return {
    ...toGroupSummary(group, memberCount),
    mentorshipEnabled: group.mentorshipEnabled,
    postApprovalRequired: group.postApprovalRequired,
    archived: group.archivedAt !== null,
    createdAt: group.createdAt.toISOString(),
    rules,
    questions,
    viewer: toViewer(
      actor !== null,
      membership,
      scope.invited,
      abilities(actor, scope),
      whyNot(actor, "posts.create", scope),
    ),
  };
}
