"use client";

import { useActionState } from "react";
import { toast } from "@/components/ui/toast";
import { idle, type ActionState } from "@/lib/http/action-state";

/**
 * `useActionState` that toasts a success the moment the action answers, so the toast is not lost when the
 * revalidated page replaces the form (a check-in that completes its step, a finished pairing). Errors stay in the
 * state, for `ActionFeedback` beside the fields.
 */
export function useToastAction<T>(action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>) {
  return useActionState(async (prev: ActionState<T>, formData: FormData) => {
    const result = await action(prev, formData);
    if (result.status === "success" && result.message) toast.success(result.message);
    return result;
  }, idle as ActionState<T>);
}
