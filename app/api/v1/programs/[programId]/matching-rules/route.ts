import { apiRoute } from "@/lib/http/route";
import { getMatchingRules } from "@/lib/matching/get-rules";
import { setMatchingRules } from "@/lib/matching/set-rules";

/** The program's hard rules for suggestions, drafts and matches (owners and admins). */
export const GET = apiRoute({
  handler: ({ user, params }) => getMatchingRules(user, params.programId ?? ""),
});

export const PUT = apiRoute({
  handler: ({ user, params, body }) => setMatchingRules(user, params.programId ?? "", body),
});
