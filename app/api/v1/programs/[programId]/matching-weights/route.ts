import { apiRoute } from "@/lib/http/route";
import { ZWeights } from "@/lib/matching/scoring";
import { setMatchingWeights } from "@/lib/matching/set-weights";

/** How much each signal counts in this program's suggestions (owners and admins). */
export const PUT = apiRoute({
  body: ZWeights,
  handler: ({ user, params, body }) => setMatchingWeights(user, params.programId ?? "", body),
});
