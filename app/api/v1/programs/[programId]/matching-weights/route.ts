import { apiRoute } from "@/lib/http/route";
import { setMatchingWeights } from "@/lib/matching/set-weights";

/** How much each signal counts in this program's suggestions (owners and admins). */
export const PUT = apiRoute({
  handler: ({ user, params, body }) => setMatchingWeights(user, params.programId ?? "", body),
});
