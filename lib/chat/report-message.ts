import "server-only";
import { groupAdminIds } from "@/lib/groups/admin-ids";
import { db } from "@/lib/db";
import { assertPlausibleKey, conflict, msg, notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { notify } from "@/lib/notifications/notify";
import { authorize } from "@/lib/auth/authorize";
import { ZReportMessageInput } from "./schemas";

/**
 * A participant reports a message the other participant wrote. The group's owners and admins then see that one
 * message (never the rest of the thread), with who reported it and who wrote it, in their reports queue. Once per
 * reporter and message; a second report says so and changes nothing.
 */
export async function reportMessage(
  actor: SessionUser,
  messageId: string,
  raw: unknown,
): Promise<{ reportId: string; alreadyReported: boolean }> {
  const input = ZReportMessageInput.parse(raw);
  assertPlausibleKey(messageId);
  return db.$transaction(async (tx) => {
    // Shared lock: an edit or delete by the author waits until the report holds the words as they are now.
    const [found] = await tx.$queryRaw<
      { id: string; threadId: string; authorId: string; kind: string; body: string; deletedAt: Date | null }[]
    >`SELECT id, "threadId", "authorId", kind::text AS kind, body, "deletedAt" FROM "Message"
      WHERE id = ${messageId} FOR SHARE`;
    if (!found) throw notFound();
    const { group, pairing } = await authorize(actor, "thread.read", { threadId: found.threadId }, { tx });
    if (found.authorId === actor.id) throw conflict(msg("errors.chat.cannotReportOwn"));
    if (found.kind !== "TEXT") throw conflict(msg("errors.chat.reportPairOnly"));
    if (found.deletedAt) throw conflict(msg("errors.chat.messageDeleted"));
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`report:${actor.id}:${found.id}`}))`;
    const existing = await tx.report.findFirst({
      where: { reporterId: actor.id, messageId: found.id },
      select: { id: true },
    });
    if (existing) return { reportId: existing.id, alreadyReported: true };
    const report = await tx.report.create({
      data: {
        groupId: group.id,
        reporterId: actor.id,
        messageId: found.id,
        messageBody: found.body,
        reason: input.reason,
        note: input.note ?? null,
      },
      select: { id: true },
    });
    const admins = await groupAdminIds(tx, [group.id], [pairing.mentorId, pairing.menteeId]);
    await notify(tx, {
      recipients: admins.get(group.id)!,
      kind: "message.reported",
      groupId: group.id,
      message: { key: "messageReported" },
      url: `/groups/${group.slug}/reports`,
      dedupeKey: `message-report:${report.id}`,
    });
    return { reportId: report.id, alreadyReported: false };
  });
}
