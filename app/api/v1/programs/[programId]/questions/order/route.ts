import { apiRoute } from "@/lib/http/route";
import { reorderQuestions } from "@/lib/programs/edit-questions";

/** Put one role's questions in a new order: every current question's id, once. */
export const PUT = apiRoute({
  handler: ({ user, params, body }) => reorderQuestions(user, params.programId ?? "", body),
});
