import { apiRoute } from "@/lib/http/route";
import { setProgramWatch } from "@/lib/programs/set-watch";

/** Ask to be told (or stop) when a program of the group opens for applications. */
export const PUT = apiRoute({
  handler: ({ user, params, body }) => setProgramWatch(user, params.slug ?? "", body),
});
