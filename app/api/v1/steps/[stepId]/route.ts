import { apiRoute } from "@/lib/http/route";
import { removeStep, updateStep } from "@/lib/programs/edit-steps";

/** Edit a step no pair has checked in on yet. */
export const PATCH = apiRoute({
  handler: ({ user, params, body }) => updateStep(user, params.stepId ?? "", body),
});

/** Remove a step (retired instead of deleted when pairs have checked in on it). */
export const DELETE = apiRoute({
  handler: ({ user, params }) => removeStep(user, params.stepId ?? ""),
});
