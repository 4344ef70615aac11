import { apiRoute } from "@/lib/http/route";
import { findJoinRequests } from "@/lib/groups/members/find-join-requests";
import { decideJoinRequests } from "@/lib/groups/members/decide-join-requests";

/** The join requests queue, oldest first, with answers (moderators and above). */
export const GET = apiRoute({
  handler: ({ user, params, query }) => findJoinRequests(user, params.slug ?? "", query),
});

/** Approve or decline one or many requests; ids that are not this group's pending requests change nothing. */
export const POST = apiRoute({
  handler: ({ user, params, body }) => decideJoinRequests(user, params.slug ?? "", body),
});
