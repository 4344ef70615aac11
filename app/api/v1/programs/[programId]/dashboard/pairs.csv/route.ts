import { apiRoute } from "@/lib/http/route";
import { streamDashboardPairs } from "@/lib/pairings/get-dashboard";
import { pairsCsvStream } from "@/lib/pairings/pairs-csv";

/**
 * The pairs and their outcomes as CSV, with the dashboard's filters and order (admins; never the pair's words).
 * Every pair, streamed in batches: the authorization answers (404) before the first byte; then the file is written
 * as the service's keyset cursor reads it, never held whole in memory. The service parses the query once
 * (decision 022).
 */
export const GET = apiRoute({
  handler: async ({ user, params, query }) => {
    const { program, pairs } = await streamDashboardPairs(user, params.programId ?? "", query);
    const name = program.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "program";
    return new Response(pairsCsvStream(pairs), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}-pairs.csv"`,
        "cache-control": "no-store",
      },
    });
  },
});
