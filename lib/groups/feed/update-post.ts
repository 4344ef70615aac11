import "server-only";
import { db } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { ZPostUpdateInput, parseInput } from "./schemas";
import { publicContentChanged } from "@/lib/http/public-cache";

export type EditedDto = { id: string; body: string; editedAt: string };

/**
 * Only the author edits their post, and only while they may still post in the group (a muted member waits).
 * A post a moderator removed stays as it was removed.
 */
export async function updatePost(actor: Actor, postId: string, raw: unknown): Promise<EditedDto> {
  const input = parseInput(ZPostUpdateInput, raw);
  return db.$transaction(async (tx) => {
    const { post, group } = await authorize(actor, "content.edit", { postId }, { tx });
    if (post.status === "REMOVED") throw new AppError("CONFLICT", msg("errors.feed.postRemovedNoEdit"));
    const editedAt = new Date();
    // The author and the status are in the where, so a removal at the same moment wins.
    const { count } = await tx.post.updateMany({
      where: { id: post.id, authorId: actor!.id, status: { not: "REMOVED" } },
      data: { body: input.body, editedAt },
    });
    if (count === 0) throw new AppError("CONFLICT", msg("errors.feed.postRemovedNoEdit"));
    publicContentChanged({ groupSlug: group.slug, urgent: true });
    return { id: post.id, body: input.body, editedAt: editedAt.toISOString() };
  });
}
