"use client";

import { useTranslations } from "next-intl";
import { DEFAULT_WEIGHTS, SIGNALS, WEIGHT_MAX, type Weights } from "@/lib/matching/scoring";
import { idle, type ActionState } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { WEIGHT_LEVELS } from "./profiles";

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
  const t = useTranslations("matching.weights");
  const dirty = !sameWeights(weights, saved);
  return (
    <form action={action} className="space-y-4 rounded-lg border border-border bg-card p-4">
      <ActionFeedback state={state.status === "error" ? state : idle} />
      <input type="hidden" name="json" value={JSON.stringify(weights)} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h3 className="font-semibold">{t("title")}</h3>
          <p className="text-sm text-muted-foreground">{t("intro")}</p>
        </div>
        {dirty ? <Badge variant="outline">{t("notSaved")}</Badge> : null}
      </div>
      <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
        {SIGNALS.map((signal) => {
          const value = weights[signal];
          const words = t(`levels.${WEIGHT_LEVELS[value] ?? "off"}`);
          const id = `weight-${signal}`;
          const errors = errorsFor(state, signal);
          return (
            <div key={signal} className="grid gap-1.5">
              <div className="flex items-baseline justify-between gap-2">
                <label htmlFor={id} className="text-sm font-medium">
                  {t(`signals.${signal}.label`)}
                </label>
                <output htmlFor={id} className="text-sm text-muted-foreground">
                  {words}
                </output>
              </div>
              <input
                id={id}
                type="range"
                min={0}
                max={WEIGHT_MAX}
                step={1}
                value={value}
                aria-valuetext={t("valueText", { value, max: WEIGHT_MAX, words })}
                aria-describedby={`${id}-help`}
                onChange={(e) => onChange({ ...weights, [signal]: Number(e.target.value) })}
                className="w-full accent-primary"
              />
              <p id={`${id}-help`} className="text-xs text-muted-foreground">
                {t(`signals.${signal}.help`)}
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
          {t("defaults")}
        </Button>
        <Button type="button" variant="outline" disabled={!dirty} onClick={() => onChange(saved)}>
          {t("undo")}
        </Button>
        <SubmitButton disabled={!dirty} pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}
