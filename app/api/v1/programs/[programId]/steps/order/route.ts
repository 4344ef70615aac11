import { apiRoute } from "@/lib/http/route";
import { reorderSteps } from "@/lib/programs/edit-steps";
import { ZOrderInput } from "@/lib/programs/schemas";

/** Put the steps in a new order: every current step's id, once. */
export const PUT = apiRoute({
  body: ZOrderInput,
  handler: ({ user, params, body }) => reorderSteps(user, params.programId ?? "", body),
});
