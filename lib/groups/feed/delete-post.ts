import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { publicContentChanged } from "@/lib/http/public-cache";

/**
 * The author deletes their own post for good, with its comments, reactions and reports. (Moderators remove
 * instead, which keeps the post and tells the author why.)
 */
export async function deletePost(actor: Actor, postId: string): Promise<{ id: string; deleted: true }> {
  return db.$transaction(async (tx) => {
    const { post, group } = await authorize(actor, "content.delete", { postId }, { tx });
    const { count } = await tx.post.deleteMany({ where: { id: post.id, authorId: actor!.id } });
    if (count === 0) throw notFound();
    publicContentChanged({ groupSlug: group.slug, urgent: true });
    return { id: post.id, deleted: true as const };
  });
}
