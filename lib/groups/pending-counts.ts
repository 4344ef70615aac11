import "server-only";
import { db } from "@/lib/db";
import type { Abilities } from "./scope";
import { notAboutOwnConversation } from "@/lib/chat/message-reports";

/**
 * Counts that badge the moderators' and admins' tabs: waiting join requests, posts to approve, open reports and
 * applications waiting for review in the group's programs.
 */
export async function pendingCounts(
  groupId: string,
  can: Abilities,
  viewerId: string | null,
): Promise<{ requests: number; reports: number; posts: number; applications: number }> {
  const [requests, reports, posts, applications] = await Promise.all([
    can["members.approve"] ? db.membership.count({ where: { groupId, status: "PENDING" } }) : 0,
    // Reported chat messages are for the owners and admins alone, and never for one in the reported conversation:
    // anyone else's count must not even hint at them.
    can["reports.review"]
      ? db.report.count({
          where: {
            groupId,
            status: "OPEN",
            ...(can["pairings.manage"] && viewerId
              ? { OR: [{ messageId: null }, { message: notAboutOwnConversation(viewerId) }] }
              : { messageId: null }),
          },
        })
      : 0,
    can["posts.moderate"] ? db.post.count({ where: { groupId, status: "PENDING_APPROVAL" } }) : 0,
    can["applications.review"]
      ? db.application.count({ where: { state: "PENDING", program: { groupId, archivedAt: null } } })
      : 0,
  ]);
  return { requests, reports, posts, applications };
}
