import "server-only";
import { db } from "@/lib/db";
import { whyNot, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { abilities } from "./scope";
import { toGroupSummary, toViewer, type GroupDetailDto } from "./dto";

/**
 * A group as its page shows it to this viewer; NOT_FOUND when they may not know it exists. On a page this is no
 * statement of its own: the group, membership, invitation, rules and questions are the one read per request that
 * `authorize` shares (lib/groups/scope.ts), and the member count is the group's maintained counter.
 */
export async function getGroup(actor: Actor, slug: string): Promise<GroupDetailDto> {
  const context = await authorize(actor, "group.read", { groupSlug: slug });
  const { group, scope, membership } = context;
  const details = context.details ?? (await readDetails(group.id));
  return {
    ...toGroupSummary(group, group.memberCount),
    mentorshipEnabled: group.mentorshipEnabled,
    postApprovalRequired: group.postApprovalRequired,
    archived: group.archivedAt !== null,
    createdAt: group.createdAt.toISOString(),
    rules: details.rules,
    questions: details.questions,
    viewer: toViewer(
      actor !== null,
      membership,
      scope.invited,
      abilities(actor, scope),
      whyNot(actor, "posts.create", scope),
    ),
  };
}

async function readDetails(groupId: string) {
  const [rules, questions] = await Promise.all([
    db.groupRule.findMany({
      where: { groupId },
      orderBy: { position: "asc" },
      select: { id: true, title: true, body: true },
    }),
    db.membershipQuestion.findMany({
      where: { groupId },
      orderBy: { position: "asc" },
      select: { id: true, prompt: true, required: true },
    }),
  ]);
  return { rules, questions };
}
