import { apiRoute } from "@/lib/http/route";
import { giveFeedback } from "@/lib/pairings/give-feedback";

/** Feedback on a completed mentorship, once per participant. */
export const POST = apiRoute({
  status: 201,
  handler: ({ user, params, body }) => giveFeedback(user, params.pairingId ?? "", body),
});
