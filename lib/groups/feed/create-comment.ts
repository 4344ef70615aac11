import "server-only";
import { db } from "@/lib/db";
import { AppError, invalid, msg } from "@/lib/errors";
import { type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { ZCommentCreateInput, parseInput } from "./schemas";
import { emptyReactions, type CommentDto } from "./dto";
import { requireVerified } from "@/lib/accounts/verification";
import { authorSelect, toAuthorDto } from "./author";
import { publicContentChanged } from "@/lib/http/public-cache";

const NOT_HERE = msg("errors.feed.commentNotHere");

/**
 * A member comments on a published post, or replies to a top-level comment on the same post (one level of
 * replies: a reply to a reply is refused, and so is a "reply" to a comment on another post).
 */
export async function createComment(actor: Actor, postId: string, raw: unknown): Promise<CommentDto> {
  const input = parseInput(ZCommentCreateInput, raw);
  return db.$transaction(async (tx) => {
    const { post, group } = await authorize(actor, "comments.create", { postId }, { tx });
    await requireVerified(tx, actor);
    if (post.status !== "PUBLISHED") throw new AppError("CONFLICT", msg("errors.feed.commentsWhenPublished"));
    if (input.parentId) {
      const parent = await tx.comment.findUnique({
        where: { id: input.parentId },
        select: { postId: true, parentId: true, status: true },
      });
      if (!parent || parent.postId !== post.id || parent.status !== "PUBLISHED")
        throw invalid({ parentId: [NOT_HERE] });
      if (parent.parentId !== null) throw invalid({ parentId: [msg("errors.feed.replyOneLevel")] });
    }
    const c = await tx.comment.create({
      data: { postId: post.id, authorId: actor!.id, parentId: input.parentId ?? null, body: input.body },
      select: { id: true, body: true, createdAt: true, author: authorSelect },
    });
    publicContentChanged({ groupSlug: group.slug });
    return {
      id: c.id,
      postId: post.id,
      parentId: input.parentId ?? null,
      body: c.body,
      author: toAuthorDto(c.author),
      status: "PUBLISHED",
      removedReason: null,
      createdAt: c.createdAt.toISOString(),
      editedAt: null,
      own: true,
      reactions: emptyReactions(),
      replies: [],
    };
  });
}
