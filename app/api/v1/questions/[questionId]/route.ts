import { apiRoute } from "@/lib/http/route";
import { removeQuestion, updateQuestion } from "@/lib/programs/edit-questions";

/** Replace a question (its kind cannot change once someone answered it). */
export const PUT = apiRoute({
  handler: ({ user, params, body }) => updateQuestion(user, params.questionId ?? "", body),
});

/** Remove a question; answers already given stay with their applications. */
export const DELETE = apiRoute({
  handler: ({ user, params }) => removeQuestion(user, params.questionId ?? ""),
});
