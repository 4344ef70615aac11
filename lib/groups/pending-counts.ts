import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Abilities } from "./scope";

/** Whether the viewer may see any of the group's own tab counts (otherwise they are all 0 and nothing is read). */
export const seesGroupPendingCounts = (can: Abilities) =>
  can["members.approve"] || can["reports.review"] || can["posts.moderate"] || can["applications.review"];

/**
 * The group's own counts that badge the moderators' and admins' tabs, as the columns of a SELECT: waiting join
 * requests, posts to approve, open reports of posts and comments, and applications waiting for review in the
 * group's programs. Reports of chat messages are counted by chat; `lib/badges/pending-counts.ts` puts both in one
 * statement (issue 18). Each count runs over its own index, and only if the viewer may see it (else 0).
 */
export function groupPendingCountColumns(groupId: string, can: Abilities): Prisma.Sql {
  return Prisma.sql`
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
}
