import "server-only";
import type { Tx } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";

/** Tells a group's owners, admins and moderators that someone asks to join, in the request's transaction. */
export async function notifyJoinRequest(
  tx: Tx,
  group: { id: string; slug: string; name: string },
  requester: { id: string; name: string },
): Promise<void> {
  const deciders = await tx.membership.findMany({
    where: { groupId: group.id, status: "ACTIVE", role: { in: ["OWNER", "ADMIN", "MODERATOR"] } },
    select: { userId: true },
  });
  await notify(tx, {
    recipients: deciders.map((d) => d.userId),
    kind: "group.join_requested",
    groupId: group.id,
    message: { key: "joinRequested", values: { name: requester.name, group: group.name } },
    url: `/groups/${group.slug}/requests`,
    dedupeKey: `join-request:${group.id}:${requester.id}:${Date.now()}`,
  });
}
