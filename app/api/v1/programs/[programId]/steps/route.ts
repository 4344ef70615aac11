import { apiRoute } from "@/lib/http/route";
import { getProgram } from "@/lib/programs/get-program";
import { addStep } from "@/lib/programs/edit-steps";

/** The program's guided steps, in order. */
export const GET = apiRoute({
  auth: false,
  handler: async ({ user, params }) => ({ steps: (await getProgram(user, params.programId ?? "")).steps }),
});

/** Add a step at the end. */
export const POST = apiRoute({
  status: 201,
  handler: ({ user, params, body }) => addStep(user, params.programId ?? "", body),
});
