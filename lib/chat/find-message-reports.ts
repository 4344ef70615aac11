import "server-only";
import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/authorize";
import type { MessageReportDto } from "./message-reports";
import { notAboutOwnConversation } from "./own-conversation";

/**
 * Open reports of messages in the group's mentorships, for its owners and admins only (moderators review posts,
 * not private conversations): each with the one message reported, who reported it and who wrote it. An admin who
 * is in the reported conversation never sees its report; the group's other admins handle it.
 */
export async function findMessageReports(actor: { id: string }, slug: string): Promise<MessageReportDto[]> {
  const { group } = await authorize(actor, "pairings.manage", { groupSlug: slug });
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
