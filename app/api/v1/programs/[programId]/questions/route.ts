import { apiRoute } from "@/lib/http/route";
import { getProgram } from "@/lib/programs/get-program";
import { addQuestion } from "@/lib/programs/edit-questions";

/** The application questions of both roles, in order (for those who may apply or manage). */
export const GET = apiRoute({
  auth: false,
  handler: async ({ user, params }) => ({ questions: (await getProgram(user, params.programId ?? "")).questions }),
});

/** Add a question for a role at the end: `{ role, ...question }`, validated whole by the service. */
export const POST = apiRoute({
  status: 201,
  handler: ({ user, params, body }) => addQuestion(user, params.programId ?? "", body),
});
