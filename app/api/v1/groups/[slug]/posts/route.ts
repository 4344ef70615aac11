import { apiRoute } from "@/lib/http/route";
import { findFeed } from "@/lib/groups/feed/find-feed";
import { createPost } from "@/lib/groups/feed/create-post";

/** One page of the group's feed, newest first (pinned first on the first page); `cursor` from the last page. */
export const GET = apiRoute({
  auth: false,
  handler: ({ user, params, query }) => findFeed(user, { slug: params.slug ?? "" }, query),
});

/** Write a post in the group; it may wait for approval (`status: "PENDING_APPROVAL"`). */
export const POST = apiRoute({
  status: 201,
  handler: ({ user, params, body }) => createPost(user, { slug: params.slug ?? "" }, body),
});
