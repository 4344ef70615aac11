import "server-only";
import { db } from "@/lib/db";
import type { Abilities } from "@/lib/groups/scope";
import { notAboutOwnConversation } from "./own-conversation";

/**
 * Open reports of chat messages, for the Reports tab's badge. They are for the owners and admins alone, and never
 * for one in the reported conversation: anyone else's count must not even hint at them, so it is 0.
 */
export async function countMessageReports(groupId: string, can: Abilities, viewerId: string | null): Promise<number> {
  if (!can["reports.review"] || !can["pairings.manage"] || !viewerId) return 0;
  return db.report.count({
    where: { groupId, status: "OPEN", messageId: { not: null }, message: notAboutOwnConversation(viewerId) },
  });
}
