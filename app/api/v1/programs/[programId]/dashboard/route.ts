import { apiRoute } from "@/lib/http/route";
import { getProgramDashboard } from "@/lib/pairings/get-dashboard";

/**
 * The program's progress for its admins: funnel, pairs, weekly check-ins, feedback (never the pair's words).
 * The service parses the query once (ZDashboardQuery, documented in lib/openapi/pairings.ts; decision 022).
 */
export const GET = apiRoute({
  handler: ({ user, params, query }) => getProgramDashboard(user, params.programId ?? "", query),
});
