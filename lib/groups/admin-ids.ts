import "server-only";
import type { Tx } from "@/lib/db";

/**
 * The user ids of the active owners and admins of these groups, by group: who is told about applications, stalled
 * pairs, pairings ended early and reported messages. `except` leaves out people the event is about.
 */
export async function groupAdminIds(tx: Tx, groupIds: string[], except: string[] = []): Promise<Map<string, string[]>> {
  const rows = await tx.membership.findMany({
    where: {
      groupId: { in: groupIds },
      status: "ACTIVE",
      role: { in: ["OWNER", "ADMIN"] },
      ...(except.length ? { userId: { notIn: except } } : {}),
    },
    select: { groupId: true, userId: true },
  });
  const byGroup = new Map<string, string[]>(groupIds.map((id) => [id, []]));
  for (const r of rows) byGroup.get(r.groupId)?.push(r.userId);
  return byGroup;
}
