import "server-only";
import { db } from "@/lib/db";
import type { Abilities } from "./scope";

/** Counts that badge the moderators' tabs: waiting join requests, posts to approve and open reports. */
export async function pendingCounts(
  groupId: string,
  can: Abilities,
): Promise<{ requests: number; reports: number; posts: number }> {
  const [requests, reports, posts] = await Promise.all([
    can["members.approve"] ? db.membership.count({ where: { groupId, status: "PENDING" } }) : 0,
    can["reports.review"] ? db.report.count({ where: { groupId, status: "OPEN" } }) : 0,
    can["posts.moderate"] ? db.post.count({ where: { groupId, status: "PENDING_APPROVAL" } }) : 0,
  ]);
  return { requests, reports, posts };
}
