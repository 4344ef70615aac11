import { apiRoute } from "@/lib/http/route";
import { getProgramDashboard } from "@/lib/pairings/get-dashboard";
import { ZDashboardQuery } from "@/lib/pairings/schemas";

/** The program's progress for its admins: funnel, pairs, weekly check-ins, feedback (never the pair's words). */
export const GET = apiRoute({
  query: ZDashboardQuery,
  handler: ({ user, params, query }) => getProgramDashboard(user, params.programId ?? "", query),
});
