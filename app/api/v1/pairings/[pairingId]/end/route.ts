import { apiRoute } from "@/lib/http/route";
import { endPairing } from "@/lib/pairings/end-pairing";
import { ZEndPairingInput } from "@/lib/matching/schemas";

/** End a pairing early; the reason stays with the program's admins (owners and admins). */
export const POST = apiRoute({
  body: ZEndPairingInput,
  handler: ({ user, params, body }) => endPairing(user, params.pairingId ?? "", body),
});
