import "server-only";
import { groupAdminIds } from "@/lib/groups/admin-ids";
import type { Tx } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { renderNotification, type NotifyMessage } from "@/lib/notifications/messages";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
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
  const grouped = new Map<string, { id: string; count: number; data: unknown }>();
  for (const n of unread) {
    if (grouped.has(n.userId)) continue;
    const count = Number((n.data as { count?: unknown } | null)?.count ?? 1);
    grouped.set(n.userId, { id: n.id, count: Number.isFinite(count) && count > 0 ? count : 1, data: n.data });
  }
  for (const [userId, n] of grouped) {
    const count = n.count + 1;
    const message: NotifyMessage = {
      key: "applicationsReceived",
      values: { count, program: program.name, name: applicant.name },
    };
    const english = renderNotification(DEFAULT_LOCALE, message)!;
    await tx.notification.update({
      where: { id: n.id },
      data: {
        title: english.title,
        body: english.body,
        // The key (read in each reader's language) and the count the next application adds to.
        data: { ...(n.data as object | null), message, count },
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
    message: {
      key: "applicationReceived",
      values: { name: applicant.name, program: program.name, role, group: group.name },
    },
    url,
    dedupeKey: `application-received:${program.id}:${applicant.id}:${role}:${Date.now()}`,
  });
}
