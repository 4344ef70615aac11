import { apiRoute } from "@/lib/http/route";
import { getProgramDashboard } from "@/lib/pairings/get-dashboard";
import { pairsCsv } from "@/lib/pairings/pairs-csv";

/**
 * The pairs and their outcomes as CSV, with the dashboard's filters (admins; never the pair's words). The service
 * parses the query once (decision 022).
 */
export const GET = apiRoute({
  handler: async ({ user, params, query }) => {
    const dashboard = await getProgramDashboard(user, params.programId ?? "", query);
    const name = dashboard.program.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "program";
    return new Response(pairsCsv(dashboard.pairs), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}-pairs.csv"`,
        "cache-control": "no-store",
      },
    });
  },
});
