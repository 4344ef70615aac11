import { apiRoute } from "@/lib/http/route";
import { findComments } from "@/lib/groups/feed/find-comments";
import { createComment } from "@/lib/groups/feed/create-comment";

/** The post's comments, oldest first, a page of top-level comments with their replies; `cursor` from the last page. */
export const GET = apiRoute({
  auth: false,
  handler: ({ user, params, query }) => findComments(user, params.postId ?? "", query),
});

/** Comment on the post, or reply to one of its top-level comments (`parentId`). */
export const POST = apiRoute({
  status: 201,
  handler: ({ user, params, body }) => createComment(user, params.postId ?? "", body),
});
