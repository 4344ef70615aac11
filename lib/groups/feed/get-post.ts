import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { FEED_COMMENTS, FEED_REPLIES, fetchComments, fetchPostsById, hydratePosts } from "./hydrate";
import type { PostDto } from "./dto";

/** One post as the viewer may see it (NOT_FOUND otherwise), with its reactions and first comments, as in the feed. */
export async function getPost(actor: Actor, postId: string): Promise<PostDto> {
  const { scope } = await authorize(actor, "posts.read", { postId }, { tx: db });
  const viewer = actor ? { id: actor.id } : null;
  const [rows, comments] = await Promise.all([
    fetchPostsById(db, [postId], viewer),
    fetchComments(db, [postId], viewer, { top: FEED_COMMENTS, replies: FEED_REPLIES }),
  ]);
  return hydratePosts(rows, comments, viewer, { moderator: can(actor, "posts.moderate", scope) })[0]!;
}
