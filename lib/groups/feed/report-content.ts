import "server-only";
import { db } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import { isAuthor, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import type { ContentTarget } from "./access";
import { ZReportInput, parseInput } from "./schemas";
import type { ReportResultDto } from "./dto";

export type ReportTarget = ContentTarget;

/**
 * An active member of the group (muted ones too: the abuse may be aimed at them) reports a post or comment they
 * can see to the group's moderators. Once per reporter and target: a second report changes nothing and says so.
 * The report's group is the content's own group.
 */
export async function reportContent(actor: Actor, target: ReportTarget, raw: unknown): Promise<ReportResultDto> {
  const input = parseInput(ZReportInput, raw);
  return db.$transaction(async (tx) => {
    const context = await authorize(actor, "content.report", target, { tx });
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const { content } = context;
    const key = context.comment ? { commentId: context.comment.id } : { postId: context.post.id };
    if (isAuthor(actor, content)) throw new AppError("CONFLICT", msg("errors.feed.cannotReportOwn"));
    if (content.status === "REMOVED") throw new AppError("CONFLICT", msg("errors.feed.alreadyRemoved"));

    // Serialises two reports by the same person on the same target (a double click), so only one is stored.
    const lockKey = `report:${actor.id}:${"postId" in key ? key.postId : key.commentId}`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${lockKey}))`;
    const existing = await tx.report.findFirst({ where: { reporterId: actor.id, ...key }, select: { id: true } });
    if (existing) return { reportId: existing.id, alreadyReported: true };

    const report = await tx.report.create({
      data: {
        groupId: context.post.groupId,
        reporterId: actor.id,
        ...key,
        reason: input.reason,
        note: input.note ?? null,
      },
      select: { id: true },
    });
    return { reportId: report.id, alreadyReported: false };
  });
}
