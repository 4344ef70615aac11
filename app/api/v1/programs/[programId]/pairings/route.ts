import { apiRoute } from "@/lib/http/route";
import { matchPair } from "@/lib/matching/match-pair";
import { ZMatchInput } from "@/lib/matching/schemas";

/** Match an approved mentor with an approved mentee, with the admin's introduction (owners and admins). */
export const POST = apiRoute({
  body: ZMatchInput,
  status: 201,
  handler: ({ user, params, body }) => matchPair(user, params.programId ?? "", body),
});
