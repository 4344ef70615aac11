import { apiRoute } from "@/lib/http/route";
import { setReaction } from "@/lib/groups/feed/set-reaction";

/** Set or change the caller's reaction to the post; returns the post's counts. */
export const PUT = apiRoute({
  handler: ({ user, params, body }) => setReaction(user, { postId: params.postId ?? "" }, body),
});

/** Clear the caller's reaction to the post. */
export const DELETE = apiRoute({
  handler: ({ user, params }) => setReaction(user, { postId: params.postId ?? "" }, null),
});
