"use client";

import { DEFAULT_WEIGHTS, SIGNALS, WEIGHT_MAX, type Weights } from "@/lib/matching/scoring";
import { idle, type ActionState } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { SIGNAL_LABELS, WEIGHT_WORDS } from "./profiles";

const sameWeights = (a: Weights, b: Weights) => SIGNALS.every((s) => a[s] === b[s]);

/**
 * How much each signal counts in this program's suggestions, 0 (off) to 5, in words. Moving a slider re-ranks the
 * board at once, as a preview; saving keeps the weights for the program (suggestions and cohort drafts).
 */
export function WeightsPanel({
  weights,
  saved,
  onChange,
  state,
  action,
}: {
  weights: Weights;
  saved: Weights;
  onChange: (weights: Weights) => void;
  state: ActionState<unknown>;
  action: (formData: FormData) => void;
}) {
  const dirty = !sameWeights(weights, saved);
  return (
    <form action={action} className="space-y-4 rounded-lg border border-border bg-card p-4">
      <ActionFeedback state={state.status === "error" ? state : idle} />
      <input type="hidden" name="json" value={JSON.stringify(weights)} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h3 className="font-semibold">How suggestions are ranked</h3>
          <p className="text-sm text-muted-foreground">
            The board re-ranks as you move a slider. Save to use these weights for this program&apos;s suggestions and
            cohort drafts.
          </p>
        </div>
        {dirty ? <Badge variant="outline">Not saved yet</Badge> : null}
      </div>
      <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
        {SIGNALS.map((signal) => {
          const { label, help } = SIGNAL_LABELS[signal];
          const value = weights[signal];
          const id = `weight-${signal}`;
          const errors = errorsFor(state, signal);
          return (
            <div key={signal} className="grid gap-1.5">
              <div className="flex items-baseline justify-between gap-2">
                <label htmlFor={id} className="text-sm font-medium">
                  {label}
                </label>
                <output htmlFor={id} className="text-sm text-muted-foreground">
                  {WEIGHT_WORDS[value]}
                </output>
              </div>
              <input
                id={id}
                type="range"
                min={0}
                max={WEIGHT_MAX}
                step={1}
                value={value}
                aria-valuetext={`${value} of ${WEIGHT_MAX}: ${WEIGHT_WORDS[value]}`}
                aria-describedby={`${id}-help`}
                onChange={(e) => onChange({ ...weights, [signal]: Number(e.target.value) })}
                className="w-full accent-primary"
              />
              <p id={`${id}-help`} className="text-xs text-muted-foreground">
                {help}
              </p>
              {errors ? <p className="text-sm text-destructive">{errors.join(" ")}</p> : null}
            </div>
          );
        })}
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button
          type="button"
          variant="ghost"
          disabled={sameWeights(weights, DEFAULT_WEIGHTS)}
          onClick={() => onChange(DEFAULT_WEIGHTS)}
        >
          Back to the defaults
        </Button>
        <Button type="button" variant="outline" disabled={!dirty} onClick={() => onChange(saved)}>
          Undo changes
        </Button>
        <SubmitButton disabled={!dirty} pendingLabel="Saving…">
          Save weights
        </SubmitButton>
      </div>
    </form>
  );
}
