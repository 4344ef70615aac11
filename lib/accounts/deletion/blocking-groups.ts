import "server-only";
import { db, type Tx } from "@/lib/db";

export type BlockingGroup = { slug: string; name: string };

/**
 * The groups a member owns and that are still open: each needs a new owner (or to be archived) before the account
 * can go, or the group would be left with nobody in charge.
 */
export async function findBlockingGroups(userId: string, tx: Tx = db): Promise<BlockingGroup[]> {
  const rows = await tx.membership.findMany({
    where: { userId, role: "OWNER", status: "ACTIVE", group: { archivedAt: null } },
    select: { group: { select: { slug: true, name: true } } },
    orderBy: { group: { name: "asc" } },
  });
  return rows.map((r) => r.group);
}
