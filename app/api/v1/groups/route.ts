import { apiRoute } from "@/lib/http/route";
import { findDirectory } from "@/lib/groups/find-directory";
import { createGroup } from "@/lib/groups/create-group";

/** The directory of visible groups: search, sort, cursor. */
export const GET = apiRoute({ auth: false, handler: ({ query }) => findDirectory(query) });

/** Start a group; the caller becomes its owner. */
export const POST = apiRoute({
  status: 201,
  handler: ({ user, body }) => createGroup(user, body),
});
