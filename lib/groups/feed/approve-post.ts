import "server-only";
import { db } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import { type Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { publicContentChanged } from "@/lib/http/public-cache";

/**
 * A moderator publishes a post that was waiting for approval. It enters the feed at the moment it is published,
 * so members see it as new rather than buried under what was posted while it waited.
 */
export async function approvePost(actor: Actor, postId: string): Promise<{ id: string; status: "PUBLISHED" }> {
  return db.$transaction(async (tx) => {
    const { post, group } = await authorize(actor, "posts.moderate", { postId }, { tx });
    const { count } = await tx.post.updateMany({
      where: { id: post.id, status: "PENDING_APPROVAL" },
      data: { status: "PUBLISHED", createdAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", msg("errors.feed.notAwaitingApproval"));
    await recordAudit(tx, {
      groupId: post.groupId,
      actorId: actor!.id,
      action: "post.approve",
      targetType: "post",
      targetId: post.id,
    });
    publicContentChanged({ groupSlug: group.slug });
    return { id: post.id, status: "PUBLISHED" as const };
  });
}
