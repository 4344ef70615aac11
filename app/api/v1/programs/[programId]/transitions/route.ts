import { apiRoute } from "@/lib/http/route";
import { transitionProgram } from "@/lib/programs/transition-program";
import { ZProgramTransitionInput } from "@/lib/programs/schemas";

/** Open, start, close (confirm to complete active pairs) or archive the program. */
export const POST = apiRoute({
  body: ZProgramTransitionInput,
  handler: ({ user, params, body }) => transitionProgram(user, params.programId ?? "", body),
});
