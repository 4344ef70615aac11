import { apiRoute } from "@/lib/http/route";
import { reorderSteps } from "@/lib/programs/edit-steps";

/** Put the steps in a new order: every current step's id, once. */
export const PUT = apiRoute({
  handler: ({ user, params, body }) => reorderSteps(user, params.programId ?? "", body),
});
