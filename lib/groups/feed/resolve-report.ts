import "server-only";
import { db } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record";
import { removeCommentIn, removePostIn } from "./moderation";
import { ZResolveReportInput, parseInput } from "./schemas";
import { publicContentChanged } from "@/lib/http/public-cache";

/**
 * A moderator of the report's own group works it: "remove" removes the reported content with a reason (in the
 * same transaction) and resolves the report; "dismiss" closes it and leaves the content alone. Reports are private
 * to the group's moderators, so everyone else gets NOT_FOUND. Reports of a pair's messages are not worked here.
 */
export async function resolveReport(
  actor: Actor,
  reportId: string,
  raw: unknown,
): Promise<{ id: string; status: "RESOLVED" | "DISMISSED" }> {
  const input = parseInput(ZResolveReportInput, raw);
  return db.$transaction(async (tx) => {
    const { report, group } = await authorize(actor, "reports.review", { reportId }, { tx });
    const actorId = actor!.id;
    const now = new Date();

    const status = input.outcome === "remove" ? "RESOLVED" : "DISMISSED";
    const { count } = await tx.report.updateMany({
      where: { id: report.id, status: "OPEN" },
      data: {
        status,
        resolvedById: actorId,
        resolvedAt: now,
        resolution: input.outcome === "remove" ? "removed" : "dismissed",
      },
    });
    if (count === 0) throw new AppError("CONFLICT", msg("errors.feed.reportHandled"));

    if (input.outcome === "remove") {
      const removal = { groupId: report.groupId, actorId, reason: input.reason!, now };
      // Content another moderator removed meanwhile needs no second removal.
      const alreadyRemoved = report.postId
        ? (await tx.post.count({ where: { id: report.postId, status: "REMOVED" } })) > 0
        : (await tx.comment.count({ where: { id: report.commentId!, status: "REMOVED" } })) > 0;
      if (!alreadyRemoved) {
        if (report.postId) await removePostIn(tx, report.postId, removal);
        else await removeCommentIn(tx, report.commentId!, removal);
      }
    }
    await recordAudit(tx, {
      groupId: report.groupId,
      actorId,
      action: input.outcome === "remove" ? "report.resolve" : "report.dismiss",
      targetType: "report",
      targetId: report.id,
      data: input.outcome === "remove" ? { outcome: "removed", reason: input.reason! } : { outcome: "dismissed" },
    });
    if (input.outcome === "remove") publicContentChanged({ groupSlug: group.slug, urgent: true });
    return { id: report.id, status };
  });
}
