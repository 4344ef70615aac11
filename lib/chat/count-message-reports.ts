import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Abilities } from "@/lib/groups/scope";

/** Whether the viewer may count the group's reported messages at all. */
export const seesMessageReports = (can: Abilities, viewerId: string | null): viewerId is string =>
  can["reports.review"] && can["pairings.manage"] && viewerId !== null;

/**
 * Open reports of chat messages, for the Reports tab's badge, as an SQL expression (lib/badges/pending-counts.ts
 * reads it in the same statement as the group's own counts). They are for the owners and admins alone, and never
 * for one in the reported conversation (as `notAboutOwnConversation` in ./own-conversation.ts): anyone else's
 * count must not even hint at them, so it is 0.
 */
export function messageReportCountSql(groupId: string, can: Abilities, viewerId: string | null): Prisma.Sql {
  if (!seesMessageReports(can, viewerId)) return Prisma.sql`0`;
  return Prisma.sql`(
    SELECT count(*) FROM "Report" r
    JOIN "Message" m ON m.id = r."messageId"
    JOIN "Thread" t ON t.id = m."threadId"
    JOIN "Pairing" p ON p.id = t."pairingId"
    WHERE r."groupId" = ${groupId} AND r.status = 'OPEN' AND r."messageId" IS NOT NULL
      AND p."mentorId" <> ${viewerId} AND p."menteeId" <> ${viewerId}
  )`;
}
