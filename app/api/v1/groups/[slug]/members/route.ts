import { apiRoute } from "@/lib/http/route";
import { findMembers } from "@/lib/groups/members/find-members";

/** The group's members as the caller may see them (only owners and admins of a private group they're not in). */
export const GET = apiRoute({
  auth: false,
  handler: ({ user, params, query }) => findMembers(user, params.slug ?? "", query),
});
