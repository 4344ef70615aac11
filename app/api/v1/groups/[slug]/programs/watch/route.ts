import { apiRoute } from "@/lib/http/route";
import { setProgramWatch } from "@/lib/programs/set-watch";
import { ZWatchInput } from "@/lib/programs/schemas";

/** Ask to be told (or stop) when a program of the group opens for applications. */
export const PUT = apiRoute({
  body: ZWatchInput,
  handler: ({ user, params, body }) => setProgramWatch(user, params.slug ?? "", body),
});
