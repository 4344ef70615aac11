"use client";

import { useActionState, useId, type ReactNode } from "react";
import type { ActionState } from "@/lib/http/action-state";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { cn } from "@/lib/utils/cn";

/**
 * An on/off switch that saves at once: a submit button with role="switch" that sends the value it turns to
 * (`name` = "true" | "false") with the hidden `fields`. While saving it shows the new position; a refusal leaves it
 * where it was and says why. Success gives a toast.
 */
export function FormSwitch<T>({
  action,
  name,
  checked,
  label,
  description,
  fields,
  disabled,
}: {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  name: string;
  checked: boolean;
  label: ReactNode;
  description?: ReactNode;
  fields: Record<string, string>;
  disabled?: boolean;
}) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, idle);
  const id = useId();
  const on = pending ? !checked : checked;
  return (
    <form action={formAction} className="space-y-3">
      <ActionFeedback state={state} />
      {Object.entries(fields).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <div className="flex items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <p id={`${id}-label`} className="font-medium">
            {label}
          </p>
          {description ? (
            <div id={`${id}-description`} className="text-sm text-muted-foreground">
              {description}
            </div>
          ) : null}
        </div>
        <button
          type="submit"
          role="switch"
          name={name}
          value={String(!checked)}
          aria-checked={on}
          aria-labelledby={`${id}-label`}
          aria-describedby={description ? `${id}-description` : undefined}
          aria-busy={pending || undefined}
          disabled={disabled}
          onClick={(e) => pending && e.preventDefault()}
          className={cn(
            "relative mt-0.5 inline-flex h-7 w-12 shrink-0 cursor-pointer items-center rounded-full border-2 transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:cursor-not-allowed disabled:opacity-50",
            on ? "border-primary bg-primary" : "border-input bg-muted",
          )}
        >
          <span
            aria-hidden
            className={cn(
              "inline-block size-5 rounded-full shadow-sm transition-transform motion-reduce:transition-none",
              // The knob travels toward the end: rightwards in English, leftwards right to left.
              on
                ? "translate-x-5 bg-primary-foreground rtl:-translate-x-5"
                : "translate-x-0.5 bg-muted-foreground rtl:-translate-x-0.5",
            )}
          />
        </button>
      </div>
    </form>
  );
}
