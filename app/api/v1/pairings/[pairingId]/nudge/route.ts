import { apiRoute } from "@/lib/http/route";
import { nudgePairing } from "@/lib/pairings/nudge-pairing";

/** An admin nudges a quiet pair: a friendly note to both, at most once a day. */
export const POST = apiRoute({
  handler: ({ user, params, body }) => nudgePairing(user, params.pairingId ?? "", body),
});
