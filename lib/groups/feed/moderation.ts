import "server-only";
import type { Tx } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";

/** Tells the author why their post or comment was removed (not when they removed it themselves). */
async function tellAuthor(
  tx: Tx,
  what: "post" | "comment",
  id: string,
  authorId: string,
  group: { slug: string; name: string },
  r: Removal,
) {
  if (authorId === r.actorId) return;
  await notify(tx, {
    recipients: [authorId],
    kind: "post.removed",
    groupId: r.groupId,
    message: { key: "postRemoved", values: { what, group: group.name, reason: r.reason } },
    url: `/groups/${group.slug}`,
    dedupeKey: `${what}-removed:${id}`,
  });
}

type Removal = { groupId: string; actorId: string; reason: string; now?: Date };

/**
 * Removes a post as a moderator, inside the caller's transaction: it stays in the database (its author sees it with
 * the reason), leaves the feed for everyone else, loses its pin, and its open reports are settled. Audited.
 */
export async function removePostIn(tx: Tx, postId: string, r: Removal): Promise<void> {
  const now = r.now ?? new Date();
  const { count } = await tx.post.updateMany({
    where: { id: postId, groupId: r.groupId, status: { not: "REMOVED" } },
    data: { status: "REMOVED", removedReason: r.reason, removedById: r.actorId, removedAt: now, pinnedAt: null },
  });
  if (count === 0) throw new AppError("CONFLICT", msg("errors.feed.postAlreadyRemoved"));
  await tx.report.updateMany({
    where: { groupId: r.groupId, postId, status: "OPEN" },
    data: { status: "RESOLVED", resolvedById: r.actorId, resolvedAt: now, resolution: "removed" },
  });
  const post = await tx.post.findUniqueOrThrow({
    where: { id: postId },
    select: { authorId: true, group: { select: { slug: true, name: true } } },
  });
  await recordAudit(tx, {
    groupId: r.groupId,
    actorId: r.actorId,
    action: "post.remove",
    targetType: "post",
    targetId: postId,
    data: { reason: r.reason, authorId: post.authorId },
  });
  await tellAuthor(tx, "post", postId, post.authorId, post.group, r);
}

/** The same for a comment: kept for its author with the reason, hidden from everyone else, reports settled. */
export async function removeCommentIn(tx: Tx, commentId: string, r: Removal): Promise<void> {
  const now = r.now ?? new Date();
  const { count } = await tx.comment.updateMany({
    where: { id: commentId, post: { groupId: r.groupId }, status: { not: "REMOVED" } },
    data: { status: "REMOVED", removedReason: r.reason, removedById: r.actorId, removedAt: now },
  });
  if (count === 0) throw new AppError("CONFLICT", msg("errors.feed.commentAlreadyRemoved"));
  await tx.report.updateMany({
    where: { groupId: r.groupId, commentId, status: "OPEN" },
    data: { status: "RESOLVED", resolvedById: r.actorId, resolvedAt: now, resolution: "removed" },
  });
  const comment = await tx.comment.findUniqueOrThrow({
    where: { id: commentId },
    select: { authorId: true, post: { select: { group: { select: { slug: true, name: true } } } } },
  });
  await recordAudit(tx, {
    groupId: r.groupId,
    actorId: r.actorId,
    action: "comment.remove",
    targetType: "comment",
    targetId: commentId,
    data: { reason: r.reason, authorId: comment.authorId },
  });
  await tellAuthor(tx, "comment", commentId, comment.authorId, comment.post.group, r);
}
