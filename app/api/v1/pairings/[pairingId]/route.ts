import { apiRoute } from "@/lib/http/route";
import { getPairSpace } from "@/lib/pairings/get-pair-space";

/** The pair's space: steps, due dates, check-ins and progress (its two participants only; anyone else 404). */
export const GET = apiRoute({ handler: ({ user, params }) => getPairSpace(user, params.pairingId ?? "") });
