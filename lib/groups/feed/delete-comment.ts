import "server-only";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { isAuthor, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";

/** The author deletes their own comment for good; replies to it go with it. */
export async function deleteComment(actor: Actor, commentId: string): Promise<{ id: string; deleted: true }> {
  return db.$transaction(async (tx) => {
    const { comment } = await authorize(actor, "posts.read", { commentId }, { tx });
    if (!isAuthor(actor, comment)) throw forbidden("Only the author can delete a comment.");
    const { count } = await tx.comment.deleteMany({ where: { id: comment.id, authorId: actor!.id } });
    if (count === 0) throw notFound();
    return { id: comment.id, deleted: true as const };
  });
}
