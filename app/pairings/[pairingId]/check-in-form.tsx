"use client";

import { useEffect, useRef, useState } from "react";
import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import type { CheckInDto } from "@/lib/pairings/dto";
import { idle, type ActionState } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CheckInEntry } from "@/components/pairings/check-in-entry";
import { RatingGroup } from "@/components/pairings/rating-group";
import { useToastAction } from "@/components/pairings/use-toast-action";
import { saveCheckInAction } from "./actions";

/**
 * Your check-in on a step: the form until you have written it, then your entry with "Edit" (until the step
 * completes, when the page shows it read-only instead). On the goal step the pair's goal is asked for too.
 */
export function CheckInForm({
  pairingId,
  step,
  goal,
  mine,
  mineDateLabel,
}: {
  pairingId: string;
  step: { id: string; title: string; isGoalStep: boolean };
  goal: string | null;
  mine: CheckInDto | null;
  mineDateLabel: string | null;
}) {
  const t = useTranslations("pairings");
  const [state, action] = useToastAction(saveCheckInAction);
  const ratings = [1, 2, 3, 4, 5].map((value) => ({ value, label: t("checkInRating", { rating: String(value) }) }));
  // Editing lasts until a save succeeds: open while the state is the one it was opened with, or an error.
  const [editFrom, setEditFrom] = useState<ActionState<unknown> | null>(null);
  const editing = editFrom !== null && (state === editFrom || state.status !== "success");
  const entryRef = useRef<HTMLHeadingElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state.status === "success") entryRef.current?.focus();
  }, [state]);

  const showEntry = mine !== null && !editing;
  const id = `checkin-${step.id}`;
  const rating = Number(valueAfter(state, "rating", String(mine?.rating ?? ""))) || null;

  return (
    <div className="space-y-2">
      <ActionFeedback state={!showEntry && state.status === "error" ? state : idle} />
      {showEntry ? (
        <CheckInEntry
          who={t("step.yourCheckIn")}
          headingRef={entryRef}
          rating={mine.rating}
          reflection={mine.reflection}
          dateLabel={mineDateLabel ?? ""}
          action={
            <Button ref={editRef} type="button" variant="outline" size="sm" onClick={() => setEditFrom(state)}>
              <Pencil aria-hidden />
              {t.rich("checkIn.edit", {
                title: step.title,
                hidden: (chunks) => <span className="sr-only">{chunks}</span>,
              })}
            </Button>
          }
        />
      ) : (
        <form
          action={action}
          aria-label={t("checkIn.formLabel", { title: step.title })}
          className="space-y-4 rounded-md border border-border bg-background p-3"
        >
          <input type="hidden" name="pairingId" value={pairingId} />
          <input type="hidden" name="stepId" value={step.id} />
          {step.isGoalStep ? (
            <FormField
              id={`${id}-goal`}
              name="goal"
              label={t("checkIn.goalLabel")}
              defaultValue={valueAfter(state, "goal", goal ?? "")}
              maxLength={500}
              errors={errorsFor(state, "goal")}
              description={t("checkIn.goalHint")}
            />
          ) : null}
          <FormField
            id={`${id}-reflection`}
            name="reflection"
            label={t("checkIn.reflectionLabel")}
            multiline
            rows={4}
            maxLength={2000}
            defaultValue={valueAfter(state, "reflection", mine?.reflection ?? "")}
            errors={errorsFor(state, "reflection")}
            description={t("checkIn.reflectionHint")}
          />
          <RatingGroup
            id={`${id}-rating`}
            name="rating"
            legend={t("checkIn.ratingLegend")}
            options={ratings}
            defaultValue={rating}
            errors={errorsFor(state, "rating")}
          />
          <div className="flex flex-wrap justify-end gap-2">
            {mine ? (
              <Button
                type="button"
                variant="outline"
                onClick={() => {
                  setEditFrom(null);
                  requestAnimationFrame(() => editRef.current?.focus());
                }}
              >
                {t("checkIn.cancel")}
              </Button>
            ) : null}
            <SubmitButton pendingLabel={t("checkIn.saving")}>
              {mine ? t("checkIn.saveChanges") : t("checkIn.submit")}
            </SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}
