import "server-only";
import { db } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import type { MessageReportScope } from "@/lib/auth/policy";
import type { Resolver } from "@/lib/auth/authorize";
import { readGroupContext, type GroupContext } from "@/lib/groups/scope";

export type MessageReportContext = GroupContext & {
  report: { id: string; groupId: string; messageId: string; status: string };
};

/**
 * The loader of a report of a pair's message. The policy keeps it for the group's admins who are not in the
 * reported conversation: to anyone else it does not exist.
 */
export const resolveMessageReport: Resolver<MessageReportContext> = async (actor, reportId, { tx = db }) => {
  assertPlausibleKey(reportId);
  const found = await tx.report.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      groupId: true,
      messageId: true,
      status: true,
      message: { select: { thread: { select: { pairing: { select: { mentorId: true, menteeId: true } } } } } },
    },
  });
  if (!found?.messageId || !found.message) throw notFound();
  const { mentorId, menteeId } = found.message.thread.pairing;
  const context = await readGroupContext(actor, { id: found.groupId }, tx);
  const scope: MessageReportScope = { kind: "message-report", group: context.scope, mentorId, menteeId };
  const report = { id: found.id, groupId: found.groupId, messageId: found.messageId, status: found.status };
  return { context: { ...context, report }, scope };
};

declare module "@/lib/auth/authorize" {
  interface Resolvers {
    messageReportId: MessageReportContext;
  }
}
