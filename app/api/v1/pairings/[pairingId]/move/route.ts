import { apiRoute } from "@/lib/http/route";
import { movePairing } from "@/lib/pairings/move-pairing";
import { ZMovePairingInput } from "@/lib/matching/schemas";

/** Move the mentee to another mentor: this pairing ends and the new one is made (owners and admins). */
export const POST = apiRoute({
  body: ZMovePairingInput,
  status: 201,
  handler: ({ user, params, body }) => movePairing(user, params.pairingId ?? "", body),
});
