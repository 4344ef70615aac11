import { apiRoute } from "@/lib/http/route";
import { findDirectory } from "@/lib/groups/find-directory";
import { createGroup } from "@/lib/groups/create-group";
import { ZDirectoryQuery, ZGroupCreateInput } from "@/lib/groups/schemas";

/** The directory of visible groups: search, sort, cursor. */
export const GET = apiRoute({ auth: false, query: ZDirectoryQuery, handler: ({ query }) => findDirectory(query) });

/** Start a group; the caller becomes its owner. */
export const POST = apiRoute({
  body: ZGroupCreateInput,
  status: 201,
  handler: ({ user, body }) => createGroup(user, body),
});
