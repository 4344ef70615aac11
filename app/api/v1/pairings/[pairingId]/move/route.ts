import { apiRoute } from "@/lib/http/route";
import { movePairing } from "@/lib/pairings/move-pairing";

/** Move the mentee to another mentor: this pairing ends and the new one is made (owners and admins). */
export const POST = apiRoute({
  status: 201,
  handler: ({ user, params, body }) => movePairing(user, params.pairingId ?? "", body),
});
