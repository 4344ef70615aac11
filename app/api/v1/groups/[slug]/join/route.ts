import { apiRoute } from "@/lib/http/route";
import { joinGroup } from "@/lib/groups/join-group";
import { leaveGroup } from "@/lib/groups/leave-group";

/** Join a public group, or ask to join a private one (with answers and agreement to the rules). */
export const POST = apiRoute({
  handler: ({ user, params, body }) => joinGroup(user, params.slug ?? "", body),
});

/** Leave the group, or withdraw a pending request. */
export const DELETE = apiRoute({
  handler: async ({ user, params }) => {
    await leaveGroup(user, params.slug ?? "");
    return { left: true };
  },
});
