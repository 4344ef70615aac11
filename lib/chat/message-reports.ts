import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { conflict, notFound, assertPlausibleKey } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { authorizeInGroup, loadGroupContext } from "@/lib/groups/scope";
import { can } from "@/lib/auth/policy";
import { closePairing } from "@/lib/pairings/end-pairing";
import { removeMember } from "@/lib/groups/members/remove-member";

export type MessageReportDto = {
  id: string;
  reason: string;
  note: string | null;
  createdAt: string;
  reporter: { id: string; name: string };
  /**
   * The reported message alone, never the rest of the thread: its words as they were when reported, and whether
   * the author has edited or deleted it since.
   */
  message: { id: string; body: string; createdAt: string; since: "edited" | "deleted" | null };
  author: { id: string; name: string; membershipId: string | null };
  pairing: { id: string; state: string; program: string };
};

/** Reports an admin handles: not those about a conversation they are part of (the reporter must stay unknown). */
export function notAboutOwnConversation(actorId: string) {
  return { thread: { pairing: { mentorId: { not: actorId }, menteeId: { not: actorId } } } };
}

/**
 * Open reports of messages in the group's mentorships, for its owners and admins only (moderators review posts,
 * not private conversations): each with the one message reported, who reported it and who wrote it. An admin who
 * is in the reported conversation never sees its report; the group's other admins handle it.
 */
export async function findMessageReports(actor: { id: string }, slug: string): Promise<MessageReportDto[]> {
  const { group } = await authorizeInGroup(actor, "pairings.manage", { slug });
  const rows = await db.report.findMany({
    where: { groupId: group.id, status: "OPEN", messageId: { not: null }, message: notAboutOwnConversation(actor.id) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      reason: true,
      note: true,
      messageBody: true,
      createdAt: true,
      reporter: { select: { id: true, name: true } },
      message: {
        select: {
          id: true,
          body: true,
          createdAt: true,
          editedAt: true,
          deletedAt: true,
          author: {
            select: {
              id: true,
              name: true,
              memberships: { where: { groupId: group.id, status: "ACTIVE" }, select: { id: true } },
            },
          },
          thread: { select: { pairing: { select: { id: true, state: true, program: { select: { name: true } } } } } },
        },
      },
    },
  });
  return rows.flatMap((r) =>
    r.message
      ? [
          {
            id: r.id,
            reason: r.reason,
            note: r.note,
            createdAt: r.createdAt.toISOString(),
            reporter: r.reporter,
            message: {
              id: r.message.id,
              body: r.messageBody ?? "",
              createdAt: r.message.createdAt.toISOString(),
              since: r.message.deletedAt
                ? "deleted"
                : r.message.editedAt && r.message.editedAt > r.createdAt
                  ? "edited"
                  : null,
            },
            author: {
              id: r.message.author.id,
              name: r.message.author.name,
              membershipId: r.message.author.memberships[0]?.id ?? null,
            },
            pairing: {
              id: r.message.thread.pairing.id,
              state: r.message.thread.pairing.state,
              program: r.message.thread.pairing.program.name,
            },
          },
        ]
      : [],
  );
}

export const ZResolveMessageReportInput = z.strictObject({
  outcome: z.enum(["warn", "end", "remove", "dismiss"], { message: "Choose what to do." }),
  /** The warning the author reads (warn), or the admins' note on why the pairing ended (end). */
  note: z.string().trim().max(1000, "Keep it under 1000 characters.").optional(),
});

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
  assertPlausibleKey(reportId);
  const found = await db.report.findUnique({
    where: { id: reportId },
    select: {
      groupId: true,
      messageId: true,
      status: true,
      message: { select: { thread: { select: { pairing: { select: { mentorId: true, menteeId: true } } } } } },
    },
  });
  if (!found?.messageId || !found.message) throw notFound();
  // Someone in the reported conversation (an admin too) never learns of the report, let alone handles it.
  const { mentorId, menteeId } = found.message.thread.pairing;
  if (actor.id === mentorId || actor.id === menteeId) throw notFound();
  // A report is there only for those who handle it: to anyone else it does not exist.
  const { scope } = await loadGroupContext(actor, { id: found.groupId }).catch(() => {
    throw notFound();
  });
  if (!can(actor, "pairings.manage", scope)) throw notFound();
  // Checked before removing anyone; checked again under the report's lock below.
  if (found.status !== "OPEN") throw conflict("This report has already been handled.");
  // Removal runs through the members service (rank rules, audit, departure), before the report is closed.
  if (input.outcome === "remove") {
    const { group } = await authorizeInGroup(actor, "pairings.manage", { id: found.groupId });
    const message = await db.message.findUniqueOrThrow({ where: { id: found.messageId }, select: { authorId: true } });
    const membership = await db.membership.findUnique({
      where: { groupId_userId: { groupId: group.id, userId: message.authorId } },
      select: { id: true, status: true },
    });
    if (membership?.status === "ACTIVE") await removeMember(actor, membership.id);
  }
  return db.$transaction(async (tx) => {
    const { group } = await authorizeInGroup(actor, "pairings.manage", { id: found.groupId }, tx);
    const [report] = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text AS status FROM "Report" WHERE id = ${reportId} FOR UPDATE`;
    if (report?.status !== "OPEN") throw conflict("This report has already been handled.");
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
        title: `A warning from the admins of ${group.name}`,
        body:
          input.note ||
          "A message you sent in your mentorship was reported. Please keep conversations kind and within the group's rules.",
        url: `/pairings/${pairing.id}`,
        actionLabel: "Open your mentorship",
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
        title: "Your mentorship has ended",
        body: `The admins of ${pairing.program.name} ended this pairing. Your conversation stays readable.`,
        url: `/pairings/${pairing.id}`,
        actionLabel: "See your space",
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
