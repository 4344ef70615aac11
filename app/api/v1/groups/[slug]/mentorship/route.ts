import { apiRoute } from "@/lib/http/route";
import { setMentorship } from "@/lib/programs/set-mentorship";
import { ZMentorshipInput } from "@/lib/programs/schemas";

/** Switch mentorship on or off for the group (owners and admins). */
export const PUT = apiRoute({
  body: ZMentorshipInput,
  handler: ({ user, params, body }) => setMentorship(user, params.slug ?? "", body),
});
