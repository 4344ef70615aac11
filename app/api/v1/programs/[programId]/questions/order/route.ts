import { apiRoute } from "@/lib/http/route";
import { reorderQuestions, ZReorderQuestionsInput } from "@/lib/programs/edit-questions";

/** Put one role's questions in a new order: every current question's id, once. */
export const PUT = apiRoute({
  body: ZReorderQuestionsInput,
  handler: ({ user, params, body }) => reorderQuestions(user, params.programId ?? "", body),
});
