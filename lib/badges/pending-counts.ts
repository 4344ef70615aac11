import "server-only";
import { db } from "@/lib/db";
import type { Abilities } from "@/lib/groups/scope";
import { groupPendingCountColumns, seesGroupPendingCounts } from "@/lib/groups/pending-counts";
import { messageReportCountSql, seesMessageReports } from "@/lib/chat/count-message-reports";

/**
 * Counts that badge a group's tabs. Composed here, above both, because the Reports badge counts what groups own
 * (reported posts and comments) and what chat owns (reported messages), and groups may not import chat
 * (decision 021). ONE statement for whoever may see any of them (issue 18: an owner's page was two), none for
 * anyone else.
 */
export async function pendingCounts(
  groupId: string,
  can: Abilities,
  viewerId: string | null,
): Promise<{ requests: number; reports: number; posts: number; applications: number }> {
  if (!seesGroupPendingCounts(can) && !seesMessageReports(can, viewerId))
    return { requests: 0, reports: 0, posts: 0, applications: 0 };
  const [row] = await db.$queryRaw<
    { requests: number; reports: number; posts: number; applications: number; messageReports: number }[]
  >`SELECT ${groupPendingCountColumns(groupId, can)}, (${messageReportCountSql(groupId, can, viewerId)})::int AS "messageReports"`;
  const { messageReports, ...own } = row!;
  return { ...own, reports: own.reports + messageReports };
}
