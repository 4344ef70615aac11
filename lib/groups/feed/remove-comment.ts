import "server-only";
import { db } from "@/lib/db";
import { type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { removeCommentIn } from "./moderation";
import { ZRemoveInput, parseInput } from "./schemas";
import { publicContentChanged } from "@/lib/http/public-cache";

/** A moderator of the comment's own group removes it with a reason its author sees. */
export async function removeComment(
  actor: Actor,
  commentId: string,
  raw: unknown,
): Promise<{ id: string; status: "REMOVED" }> {
  const input = parseInput(ZRemoveInput, raw);
  return db.$transaction(async (tx) => {
    const { comment, post, group } = await authorize(actor, "posts.moderate", { commentId }, { tx });
    await removeCommentIn(tx, comment.id, { groupId: post.groupId, actorId: actor!.id, reason: input.reason });
    publicContentChanged({ groupSlug: group.slug, urgent: true });
    return { id: comment.id, status: "REMOVED" as const };
  });
}
