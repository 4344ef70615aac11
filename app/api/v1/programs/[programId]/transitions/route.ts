import { apiRoute } from "@/lib/http/route";
import { transitionProgram } from "@/lib/programs/transition-program";

/** Open, start, close (confirm to complete active pairs) or archive the program. */
export const POST = apiRoute({
  handler: ({ user, params, body }) => transitionProgram(user, params.programId ?? "", body),
});
