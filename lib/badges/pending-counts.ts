import "server-only";
import type { Abilities } from "@/lib/groups/scope";
import { groupPendingCounts } from "@/lib/groups/pending-counts";
import { countMessageReports } from "@/lib/chat/count-message-reports";

/**
 * Counts that badge a group's tabs. Composed here, above both, because the Reports badge counts what groups own
 * (reported posts and comments) and what chat owns (reported messages), and groups may not import chat
 * (decision 021).
 */
export async function pendingCounts(
  groupId: string,
  can: Abilities,
  viewerId: string | null,
): Promise<{ requests: number; reports: number; posts: number; applications: number }> {
  const [own, messageReports] = await Promise.all([
    groupPendingCounts(groupId, can),
    countMessageReports(groupId, can, viewerId),
  ]);
  return { ...own, reports: own.reports + messageReports };
}
