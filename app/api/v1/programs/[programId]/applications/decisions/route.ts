import { apiRoute } from "@/lib/http/route";
import { decideApplications } from "@/lib/programs/applications/decide-applications";

/** Approve, waitlist or decline one or many applications, with an optional message to the applicants. */
export const POST = apiRoute({
  handler: ({ user, params, body }) => decideApplications(user, params.programId ?? "", body),
});
