import "server-only";
import { db } from "@/lib/db";
import type { Abilities } from "./scope";

/**
 * The group's own counts that badge the moderators' and admins' tabs: waiting join requests, posts to approve,
 * open reports of posts and comments, and applications waiting for review in the group's programs. Reports of
 * chat messages are counted by chat; `lib/badges/pending-counts.ts` adds them up for the tabs. One statement
 * (each count over its own index) whatever the viewer may see; what they may not see is 0, not counted.
 */
export async function groupPendingCounts(
  groupId: string,
  can: Abilities,
): Promise<{ requests: number; reports: number; posts: number; applications: number }> {
  if (!can["members.approve"] && !can["reports.review"] && !can["posts.moderate"] && !can["applications.review"])
    return { requests: 0, reports: 0, posts: 0, applications: 0 };
  const [row] = await db.$queryRaw<{ requests: number; reports: number; posts: number; applications: number }[]>`
    SELECT
      CASE WHEN ${can["members.approve"]} THEN (
        SELECT count(*) FROM "Membership" WHERE "groupId" = ${groupId} AND status = 'PENDING'
      ) ELSE 0 END::int AS requests,
      CASE WHEN ${can["reports.review"]} THEN (
        SELECT count(*) FROM "Report" WHERE "groupId" = ${groupId} AND status = 'OPEN' AND "messageId" IS NULL
      ) ELSE 0 END::int AS reports,
      CASE WHEN ${can["posts.moderate"]} THEN (
        SELECT count(*) FROM "Post" WHERE "groupId" = ${groupId} AND status = 'PENDING_APPROVAL'
      ) ELSE 0 END::int AS posts,
      CASE WHEN ${can["applications.review"]} THEN (
        SELECT count(*) FROM "Application" a JOIN "Program" p ON p.id = a."programId"
        WHERE p."groupId" = ${groupId} AND p."archivedAt" IS NULL AND a.state = 'PENDING'
      ) ELSE 0 END::int AS applications`;
  return row!;
}
