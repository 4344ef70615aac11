import "server-only";
import { db } from "@/lib/db";
import { type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { removePostIn } from "./moderation";
import { ZRemoveInput, parseInput } from "./schemas";
import { publicContentChanged } from "@/lib/http/public-cache";

/**
 * A moderator removes a post with a reason the author sees. The group is the post's own: a moderator of another
 * group is refused (NOT_FOUND or FORBIDDEN) and nothing changes. Removing a waiting post declines it.
 */
export async function removePost(
  actor: Actor,
  postId: string,
  raw: unknown,
): Promise<{ id: string; status: "REMOVED" }> {
  const input = parseInput(ZRemoveInput, raw);
  return db.$transaction(async (tx) => {
    const { post, group } = await authorize(actor, "posts.moderate", { postId }, { tx });
    await removePostIn(tx, post.id, { groupId: post.groupId, actorId: actor!.id, reason: input.reason });
    publicContentChanged({ groupSlug: group.slug, urgent: true });
    return { id: post.id, status: "REMOVED" as const };
  });
}
