import "server-only";
import { db } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { ZCommentUpdateInput, parseInput } from "./schemas";
import type { EditedDto } from "./update-post";
import { publicContentChanged } from "@/lib/http/public-cache";

const REMOVED = msg("errors.feed.commentRemovedNoEdit");

/** Only the author edits their comment, while they may still comment in the group. */
export async function updateComment(actor: Actor, commentId: string, raw: unknown): Promise<EditedDto> {
  const input = parseInput(ZCommentUpdateInput, raw);
  return db.$transaction(async (tx) => {
    const { comment, group } = await authorize(actor, "content.edit", { commentId }, { tx });
    if (comment.status === "REMOVED") throw new AppError("CONFLICT", REMOVED);
    const editedAt = new Date();
    const { count } = await tx.comment.updateMany({
      where: { id: comment.id, authorId: actor!.id, status: { not: "REMOVED" } },
      data: { body: input.body, editedAt },
    });
    if (count === 0) throw new AppError("CONFLICT", REMOVED);
    publicContentChanged({ groupSlug: group.slug, urgent: true });
    return { id: comment.id, body: input.body, editedAt: editedAt.toISOString() };
  });
}
