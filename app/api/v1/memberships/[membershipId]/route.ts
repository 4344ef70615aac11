import { apiRoute } from "@/lib/http/route";
import { changeRole } from "@/lib/groups/members/change-role";
import { removeMember } from "@/lib/groups/members/remove-member";

/** Change a member's role. The group is the membership's own; the caller's standing there decides. */
export const PATCH = apiRoute({
  handler: ({ user, params, body }) => changeRole(user, params.membershipId ?? "", body),
});

/** Remove a member from their group. */
export const DELETE = apiRoute({
  handler: async ({ user, params }) => {
    await removeMember(user, params.membershipId ?? "");
    return { removed: true };
  },
});
