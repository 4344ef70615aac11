import { apiRoute } from "@/lib/http/route";
import { completeByAdmin, proposeCompletion } from "@/lib/pairings/finish-pairing";

/** A participant proposes completion, or confirms the other's proposal (every step must be complete). */
export const POST = apiRoute({ handler: ({ user, params }) => proposeCompletion(user, params.pairingId ?? "") });

/** An admin of the program completes an active pairing. */
export const PUT = apiRoute({ handler: ({ user, params }) => completeByAdmin(user, params.pairingId ?? "") });
