"use client";

import { useActionState, useEffect, useRef } from "react";
import { toast } from "@/components/ui/toast";
import { idle, type ActionState } from "@/lib/http/action-state";

export type FeedAction<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * Any form action, whatever data its success carries, for a component that shows only the result's message. Taken
 * from a method, whose parameters TypeScript compares both ways, so an action with its own data type fits.
 */
export type AnyFeedAction = {
  action(state: ActionState<unknown>, formData: FormData): Promise<ActionState<unknown>>;
}["action"];

/**
 * useActionState for feed forms. The success toast is shown when the action returns, not after the next render:
 * deleting or removing a post unmounts the form in the same render that delivers the result.
 */
export function useFeedAction<T>(action: FeedAction<T>, onSuccess?: (data: T) => void) {
  const onSuccessRef = useRef(onSuccess);
  useEffect(() => {
    onSuccessRef.current = onSuccess;
  });
  return useActionState<ActionState<T>, FormData>(async (prev, formData) => {
    const result = await action(prev, formData);
    if (result.status === "success") {
      toast.success(result.message);
      onSuccessRef.current?.(result.data);
    }
    return result;
  }, idle);
}

/** Calls a form action from a button (pin, react) with the given fields. */
export function runAction<T>(action: FeedAction<T>, fields: Record<string, string>): Promise<ActionState<T>> {
  const formData = new FormData();
  for (const [key, value] of Object.entries(fields)) formData.set(key, value);
  return action(idle, formData);
}

/** The state to give ActionFeedback: its errors, not its success toast (already shown). */
export function errorsOnly<T>(state: ActionState<T>): ActionState<T> {
  return state.status === "success" ? idle : state;
}
