import "server-only";
import { db } from "@/lib/db";
import { conflict, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { authorize } from "@/lib/auth/authorize";
import { closePairing } from "@/lib/pairings/end-pairing";
import { removeMember } from "@/lib/groups/members/remove-member";
import { ZResolveMessageReportInput } from "./schemas";

/**
 * An admin acts on a reported message: warn its author (they read the admin's words), end the pairing (the reason
 * stays with the admins), remove the author from the group (their pairings end, the other participant is told), or
 * dismiss the report. The report is closed either way.
 */
export async function resolveMessageReport(
  actor: SessionUser,
  reportId: string,
  raw: unknown,
): Promise<{ outcome: string }> {
  const input = ZResolveMessageReportInput.parse(raw);
  // Only the group's admins outside the reported conversation know of the report (the policy).
  const { report: found } = await authorize(actor, "pairings.manage", { messageReportId: reportId });
  // Checked before removing anyone; checked again under the report's lock below.
  if (found.status !== "OPEN") throw conflict(msg("errors.chat.reportHandled"));
  // Removal runs through the members service (rank rules, audit, departure), before the report is closed.
  if (input.outcome === "remove") {
    const { group } = await authorize(actor, "pairings.manage", { groupId: found.groupId });
    const message = await db.message.findUniqueOrThrow({ where: { id: found.messageId }, select: { authorId: true } });
    const membership = await db.membership.findUnique({
      where: { groupId_userId: { groupId: group.id, userId: message.authorId } },
      select: { id: true, status: true },
    });
    if (membership?.status === "ACTIVE") await removeMember(actor, membership.id);
  }
  return db.$transaction(async (tx) => {
    const { group } = await authorize(actor, "pairings.manage", { groupId: found.groupId }, { tx });
    const [report] = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text AS status FROM "Report" WHERE id = ${reportId} FOR UPDATE`;
    if (report?.status !== "OPEN") throw conflict(msg("errors.chat.reportHandled"));
    const message = await tx.message.findUniqueOrThrow({
      where: { id: found.messageId! },
      select: {
        authorId: true,
        thread: {
          select: {
            pairing: {
              select: {
                id: true,
                programId: true,
                state: true,
                mentorApplicationId: true,
                menteeApplicationId: true,
                mentorId: true,
                menteeId: true,
                program: { select: { name: true } },
              },
            },
          },
        },
      },
    });
    const pairing = message.thread.pairing;
    if (input.outcome === "warn")
      await notify(tx, {
        recipients: [message.authorId],
        kind: "message.warning",
        groupId: group.id,
        // The admins' own note, when they wrote one, is shown as they wrote it.
        message: {
          key: "messageWarning",
          values: { group: group.name, hasNote: input.note ? "yes" : "no", note: input.note ?? "" },
        },
        url: `/pairings/${pairing.id}`,
        dedupeKey: `message-warning:${reportId}`,
      });
    if (input.outcome === "end" && pairing.state === "ACTIVE") {
      await closePairing(tx, pairing, {
        reason: input.note || "Ended after a reported message.",
        endedById: actor.id,
        mentee: "APPROVED",
      });
      await notify(tx, {
        recipients: [pairing.mentorId, pairing.menteeId],
        kind: "pairing.ended",
        groupId: group.id,
        message: { key: "endedAfterReport", values: { program: pairing.program.name } },
        url: `/pairings/${pairing.id}`,
        dedupeKey: `pairing-ended:${pairing.id}:report`,
      });
    }
    await tx.report.update({
      where: { id: reportId },
      data: {
        status: input.outcome === "dismiss" ? "DISMISSED" : "RESOLVED",
        resolvedById: actor.id,
        resolvedAt: new Date(),
        resolution: input.outcome,
      },
    });
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: input.outcome === "dismiss" ? "report.dismiss" : "report.resolve",
      targetType: "report",
      targetId: reportId,
      data: { outcome: input.outcome },
    });
    return { outcome: input.outcome };
  });
}
