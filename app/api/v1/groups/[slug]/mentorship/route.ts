import { apiRoute } from "@/lib/http/route";
import { setMentorship } from "@/lib/programs/set-mentorship";

/** Switch mentorship on or off for the group (owners and admins). */
export const PUT = apiRoute({
  handler: ({ user, params, body }) => setMentorship(user, params.slug ?? "", body),
});
