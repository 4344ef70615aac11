import { apiRoute } from "@/lib/http/route";
import { endPairing } from "@/lib/pairings/end-pairing";

/** End a pairing early; the reason stays with the program's admins (owners and admins). */
export const POST = apiRoute({
  handler: ({ user, params, body }) => endPairing(user, params.pairingId ?? "", body),
});
