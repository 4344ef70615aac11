import { apiRoute } from "@/lib/http/route";
import { findPairings } from "@/lib/matching/find-pairings";
import { matchPair } from "@/lib/matching/match-pair";

/** The program's pairings with state, dates and progress (owners and admins). */
export const GET = apiRoute({
  handler: ({ user, params, query }) => findPairings(user, params.programId ?? "", query),
});

/** Match an approved mentor with an approved mentee, with the admin's introduction (owners and admins). */
export const POST = apiRoute({
  status: 201,
  handler: ({ user, params, body }) => matchPair(user, params.programId ?? "", body),
});
