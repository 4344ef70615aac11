import { apiRoute } from "@/lib/http/route";
import { leavePairing } from "@/lib/pairings/finish-pairing";

/** A participant ends their mentorship early; the reason goes to the admins only. */
export const POST = apiRoute({
  handler: ({ user, params, body }) => leavePairing(user, params.pairingId ?? "", body),
});
