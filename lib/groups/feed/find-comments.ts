import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { hydratePosts, postRowSelect } from "./hydrate";
import type { CommentDto } from "./dto";

/** Every comment a post may show at once (the feed shows the first ones). */
export const MAX_COMMENTS = 500;

/** A post's comments, oldest first, each with its replies and reactions; NOT_FOUND when the post is not visible. */
export async function findComments(
  actor: Actor,
  postId: string,
): Promise<{ comments: CommentDto[]; total: number; truncated: boolean }> {
  const { scope } = await authorize(actor, "posts.read", { postId }, { tx: db });
  const row = await db.post.findUniqueOrThrow({ where: { id: postId }, select: postRowSelect });
  const [post] = await hydratePosts(db, [row], actor, {
    moderator: can(actor, "posts.moderate", scope),
    commentCap: MAX_COMMENTS,
  });
  return { comments: post!.comments, total: post!.commentCount, truncated: post!.commentsTruncated };
}
