import { apiRoute } from "@/lib/http/route";
import { getPost } from "@/lib/groups/feed/get-post";
import { updatePost } from "@/lib/groups/feed/update-post";
import { deletePost } from "@/lib/groups/feed/delete-post";

/** One post with its comments and reactions (404 when the caller may not see it). */
export const GET = apiRoute({ auth: false, handler: ({ user, params }) => getPost(user, params.postId ?? "") });

/** The author edits their post. */
export const PATCH = apiRoute({
  handler: ({ user, params, body }) => updatePost(user, params.postId ?? "", body),
});

/** The author deletes their post for good. */
export const DELETE = apiRoute({ handler: ({ user, params }) => deletePost(user, params.postId ?? "") });
