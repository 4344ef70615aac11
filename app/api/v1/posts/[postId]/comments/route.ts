import { apiRoute } from "@/lib/http/route";
import { findComments } from "@/lib/groups/feed/find-comments";
import { createComment } from "@/lib/groups/feed/create-comment";

/** The post's comments, oldest first, each with its replies. */
export const GET = apiRoute({ auth: false, handler: ({ user, params }) => findComments(user, params.postId ?? "") });

/** Comment on the post, or reply to one of its top-level comments (`parentId`). */
export const POST = apiRoute({
  status: 201,
  handler: ({ user, params, body }) => createComment(user, params.postId ?? "", body),
});
