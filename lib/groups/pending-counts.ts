import "server-only";
import { db } from "@/lib/db";
import type { Abilities } from "./scope";

/**
 * The group's own counts that badge the moderators' and admins' tabs: waiting join requests, posts to approve,
 * open reports of posts and comments, and applications waiting for review in the group's programs. Reports of
 * chat messages are counted by chat; `lib/badges/pending-counts.ts` adds them up for the tabs.
 */
export async function groupPendingCounts(
  groupId: string,
  can: Abilities,
): Promise<{ requests: number; reports: number; posts: number; applications: number }> {
  const [requests, reports, posts, applications] = await Promise.all([
    can["members.approve"] ? db.membership.count({ where: { groupId, status: "PENDING" } }) : 0,
    can["reports.review"] ? db.report.count({ where: { groupId, status: "OPEN", messageId: null } }) : 0,
    can["posts.moderate"] ? db.post.count({ where: { groupId, status: "PENDING_APPROVAL" } }) : 0,
    can["applications.review"]
      ? db.application.count({ where: { state: "PENDING", program: { groupId, archivedAt: null } } })
      : 0,
  ]);
  return { requests, reports, posts, applications };
}
