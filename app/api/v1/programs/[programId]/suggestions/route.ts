import { apiRoute } from "@/lib/http/route";
import { findSuggestions } from "@/lib/matching/find-suggestions";

/** Mentors ranked for one waiting mentee, with scores and reasons (owners and admins). */
export const GET = apiRoute({
  handler: ({ user, params, query }) => findSuggestions(user, params.programId ?? "", query),
});
