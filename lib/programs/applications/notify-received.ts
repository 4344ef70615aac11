import "server-only";
import { groupAdminIds } from "@/lib/groups/admin-ids";
import type { Tx } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { publish } from "@/lib/realtime/publish";

/**
 * Tells the group's owners and admins that someone applied, grouped: while an admin has not read the last
 * "new application" notification of this program, it is updated to count the new one ("3 new applications")
 * instead of adding another, and nobody is emailed twice for the same unread batch.
 */
export async function notifyApplicationReceived(
  tx: Tx,
  group: { id: string; slug: string; name: string },
  program: { id: string; name: string },
  applicant: { id: string; name: string },
  role: "MENTOR" | "MENTEE",
): Promise<void> {
  const recipients = (await groupAdminIds(tx, [group.id], [applicant.id])).get(group.id)!;
  if (recipients.length === 0) return;
  // Applications arriving at once would each find no unread notification and add one apiece: one at a time.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`application-received:${program.id}`}))`;
  const url = `/groups/${group.slug}/mentorship/${program.id}/applications`;
  const unread = await tx.notification.findMany({
    where: { userId: { in: recipients }, kind: "program.application_received", url, readAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, userId: true, data: true },
  });
  const grouped = new Map<string, { id: string; count: number }>();
  for (const n of unread) {
    if (grouped.has(n.userId)) continue;
    const count = Number((n.data as { count?: unknown } | null)?.count ?? 1);
    grouped.set(n.userId, { id: n.id, count: Number.isFinite(count) && count > 0 ? count : 1 });
  }
  for (const [userId, n] of grouped) {
    const count = n.count + 1;
    await tx.notification.update({
      where: { id: n.id },
      data: {
        title: `${count} new applications to ${program.name}`,
        body: `The latest from ${applicant.name}. Review them when you can.`,
        data: { count },
        createdAt: new Date(),
      },
    });
    await publish(tx, [{ userId, type: "notification", resourceId: n.id }]);
  }
  const fresh = recipients.filter((id) => !grouped.has(id));
  await notify(tx, {
    recipients: fresh,
    kind: "program.application_received",
    groupId: group.id,
    title: `${applicant.name} applied to ${program.name}`,
    body: `A new ${role === "MENTOR" ? "mentor" : "mentee"} application in ${group.name} is waiting for review.`,
    url,
    actionLabel: "Review applications",
    dedupeKey: `application-received:${program.id}:${applicant.id}:${role}:${Date.now()}`,
  });
}
