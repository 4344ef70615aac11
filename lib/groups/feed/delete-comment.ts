import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { publicContentChanged } from "@/lib/http/public-cache";

/** The author deletes their own comment for good; replies to it go with it. */
export async function deleteComment(actor: Actor, commentId: string): Promise<{ id: string; deleted: true }> {
  return db.$transaction(async (tx) => {
    const { comment, group } = await authorize(actor, "content.delete", { commentId }, { tx });
    const { count } = await tx.comment.deleteMany({ where: { id: comment.id, authorId: actor!.id } });
    if (count === 0) throw notFound();
    publicContentChanged({ groupSlug: group.slug, urgent: true });
    return { id: comment.id, deleted: true as const };
  });
}
