"use client";

import { useEffect, useRef } from "react";
import { toast } from "@/components/ui/toast";
import type { ActionState } from "@/lib/http/action-state";

/**
 * After a server action: a toast for success, and for a failure a summary that screen readers announce and that
 * takes focus, so keyboard users land on what went wrong.
 */
export function ActionFeedback({ state }: { state: ActionState<unknown> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "success") toast.success(state.message);
    if (state.status === "error") ref.current?.focus();
  }, [state]);
  if (state.status !== "error") return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      data-testid="form-error"
      className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive outline-none"
    >
      {state.message}
    </div>
  );
}

/** The value to show in a field after a failed submit (so nothing typed is lost), else the initial value. */
export function valueAfter(state: ActionState<unknown>, name: string, initial = ""): string {
  return state.status === "error" ? (state.values[name] ?? initial) : initial;
}

export function errorsFor(state: ActionState<unknown>, name: string): string[] | undefined {
  return state.status === "error" ? state.fields[name] : undefined;
}
