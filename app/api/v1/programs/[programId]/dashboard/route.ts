import { apiRoute } from "@/lib/http/route";
import { getProgramDashboard } from "@/lib/pairings/get-dashboard";

/**
 * The program's progress for its admins: funnel, pairs, weekly check-ins, feedback (never the pair's words).
 * The service parses the query (ZDashboardQuery, documented in lib/openapi/pairings.ts): parsing it here too fed
 * the parsed `stalled: true` back into the schema, which refused it (`?stalled=true` answered 400).
 */
export const GET = apiRoute({
  handler: ({ user, params, request }) =>
    getProgramDashboard(user, params.programId ?? "", Object.fromEntries(request.nextUrl.searchParams)),
});
