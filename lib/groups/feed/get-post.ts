import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { hydratePosts, postRowSelect } from "./hydrate";
import type { PostDto } from "./dto";

/** One post as the viewer may see it (NOT_FOUND otherwise), with its comments and reactions. */
export async function getPost(actor: Actor, postId: string): Promise<PostDto> {
  const { scope } = await authorize(actor, "posts.read", { postId }, { tx: db });
  const row = await db.post.findUniqueOrThrow({ where: { id: postId }, select: postRowSelect });
  const [post] = await hydratePosts(db, [row], actor, { moderator: can(actor, "posts.moderate", scope) });
  return post!;
}
