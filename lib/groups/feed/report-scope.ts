import "server-only";
import { db } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import type { ReportScope } from "@/lib/auth/policy";
import type { Resolver } from "@/lib/auth/authorize";
import { readGroupContext, type GroupContext } from "@/lib/groups/scope";

export type ReportContext = GroupContext & {
  report: { id: string; groupId: string; status: string; postId: string | null; commentId: string | null };
};

/**
 * The loader of a report of a post or a comment (reports of a pair's messages are chat's, `{ messageReportId }`).
 * The policy keeps reports private to the group's moderators: to everyone else they do not exist.
 */
export const resolveReport: Resolver<ReportContext> = async (actor, reportId, { tx = db }) => {
  assertPlausibleKey(reportId); // a NUL or a mangled id names nothing: 404, never a database error
  const report = await tx.report.findUnique({
    where: { id: reportId },
    select: { id: true, groupId: true, status: true, postId: true, commentId: true },
  });
  if (!report || (!report.postId && !report.commentId)) throw notFound();
  const context = await readGroupContext(actor, { id: report.groupId }, tx);
  const scope: ReportScope = { kind: "report", group: context.scope };
  return { context: { ...context, report }, scope };
};

declare module "@/lib/auth/authorize" {
  interface Resolvers {
    reportId: ReportContext;
  }
}
