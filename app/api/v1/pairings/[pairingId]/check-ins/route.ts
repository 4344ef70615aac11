import { apiRoute } from "@/lib/http/route";
import { saveCheckIn } from "@/lib/pairings/save-check-in";

/** Write or edit your check-in on a step, until the step completes (participants only). */
export const PUT = apiRoute({
  handler: ({ user, params, body }) => saveCheckIn(user, params.pairingId ?? "", body),
});
