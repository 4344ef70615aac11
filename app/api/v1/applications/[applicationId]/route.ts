import { apiRoute } from "@/lib/http/route";
import { getApplication } from "@/lib/programs/applications/get-application";
import { editApplication } from "@/lib/programs/applications/save-application";

/** One application: yours, or (for the program's admins) anyone's submitted one with their group history. */
export const GET = apiRoute({
  handler: ({ user, params }) => getApplication(user, params.applicationId ?? ""),
});

/** Edit your own draft or pending application (`submit: true` submits a draft). */
export const PATCH = apiRoute({
  handler: ({ user, params, body }) => editApplication(user, params.applicationId ?? "", body),
});
