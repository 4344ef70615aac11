import { apiRoute } from "@/lib/http/route";
import { nudgePairing } from "@/lib/pairings/nudge-pairing";
import { ZNudgeInput } from "@/lib/pairings/schemas";

/** An admin nudges a quiet pair: a friendly note to both, at most once a day. */
export const POST = apiRoute({
  body: ZNudgeInput,
  handler: ({ user, params, body }) => nudgePairing(user, params.pairingId ?? "", body),
});
