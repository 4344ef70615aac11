import { apiRoute } from "@/lib/http/route";
import { setExclusion } from "@/lib/matching/set-exclusion";

/** Exclude a mentor from a mentee's suggestions, or allow them again (owners and admins). */
export const PUT = apiRoute({
  handler: ({ user, params, body }) => setExclusion(user, params.programId ?? "", body),
});
