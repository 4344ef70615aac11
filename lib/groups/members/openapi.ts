import type { Operation } from "@/lib/openapi/types";
import { ZChangeRoleInput, ZDecideRequestsInput, ZMembersQuery, ZRequestsQuery } from "./schemas";

/** The members API, for the OpenAPI document (lib/openapi/groups.ts can spread these into its list). */
export const memberOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/groups/{slug}/members",
    summary: "Members (only owners and admins of a private group you're not in)",
    tag: "Members",
    auth: false,
    query: ZMembersQuery,
  },
  {
    method: "get",
    path: "/api/v1/groups/{slug}/requests",
    summary: "Join requests waiting for a decision, oldest first",
    tag: "Members",
    auth: true,
    query: ZRequestsQuery,
  },
  {
    method: "post",
    path: "/api/v1/groups/{slug}/requests",
    summary: "Approve or decline join requests",
    tag: "Members",
    auth: true,
    body: ZDecideRequestsInput,
  },
  {
    method: "patch",
    path: "/api/v1/memberships/{membershipId}",
    summary: "Change a member's role",
    tag: "Members",
    auth: true,
    body: ZChangeRoleInput,
  },
  {
    method: "delete",
    path: "/api/v1/memberships/{membershipId}",
    summary: "Remove a member",
    tag: "Members",
    auth: true,
  },
];
