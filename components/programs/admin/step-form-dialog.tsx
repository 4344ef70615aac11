"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { Plus, Trash2 } from "lucide-react";
import type { ActionState } from "@/lib/http/action-state";
import { idle } from "@/lib/http/action-state";
import type { StepDto } from "@/lib/programs/dto";
import { MAX_PROMPTS } from "@/lib/programs/limits";
import { ActionFeedback } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { describedBy, FieldError, typedNumber } from "./field-error";

type Action = (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

type Draft = { title: string; guidance: string; prompts: string[]; dueWeek: string; isGoalStep: boolean };

/** Adding or editing one step: title, guidance for the pair, 1–5 prompts, the week it is due in, goal step. */
export function StepFormDialog({
  step,
  suggestedWeek,
  lengthWeeks,
  action,
  onClose,
}: {
  /** Null: a new step. */
  step: StepDto | null;
  suggestedWeek: number;
  lengthWeeks: number | null;
  action: Action;
  onClose: () => void;
}) {
  const t = useTranslations("programEditor.stepForm");
  const [state, formAction] = useActionState(action, idle);
  const [draft, setDraft] = useState<Draft>(() => ({
    title: step?.title ?? "",
    guidance: step?.guidance ?? "",
    prompts: step?.prompts.length ? step.prompts : [""],
    dueWeek: String(step?.dueWeek ?? suggestedWeek),
    isGoalStep: step?.isGoalStep ?? false,
  }));
  useEffect(() => {
    if (state.status === "success") onClose();
  }, [state, onClose]);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const err = (path: string) => (state.status === "error" ? state.fields[path] : undefined);
  const payload = { ...draft, dueWeek: typedNumber(draft.dueWeek) };

  return (
    <>
      <ActionFeedback state={state.status === "success" ? state : idle} />
      <Dialog
        open
        onOpenChange={(o) => !o && onClose()}
        title={step ? t("editTitle", { title: step.title }) : t("addTitle")}
        description={t("description")}
      >
        <form action={formAction} onReset={(e) => e.preventDefault()} className="space-y-4" noValidate>
          {state.status === "error" ? <ActionFeedback state={state} /> : null}
          <input type="hidden" name="json" value={JSON.stringify(payload)} />
          <div className="space-y-2">
            <Label htmlFor="step-title">{t("title")}</Label>
            <Input
              id="step-title"
              value={draft.title}
              maxLength={120}
              onChange={(e) => set({ title: e.target.value })}
              {...describedBy("step-title", err("title"))}
            />
            <FieldError id="step-title-error" errors={err("title")} />
          </div>
          <div className="space-y-2">
            <Label htmlFor="step-guidance">{t("guidance")}</Label>
            <Textarea
              id="step-guidance"
              rows={3}
              value={draft.guidance}
              maxLength={2000}
              onChange={(e) => set({ guidance: e.target.value })}
              {...describedBy("step-guidance", err("guidance"))}
            />
            <FieldError id="step-guidance-error" errors={err("guidance")} />
          </div>
          <fieldset className="space-y-2" {...describedBy("step-prompts", err("prompts"), true)}>
            <legend className="text-sm font-medium">{t("prompts")}</legend>
            <p id="step-prompts-hint" className="text-sm text-muted-foreground">
              {t("promptsHint", { max: MAX_PROMPTS })}
            </p>
            {draft.prompts.map((prompt, i) => (
              <div key={i} className="space-y-1">
                <div className="flex gap-2">
                  <Textarea
                    aria-label={t("prompt", { number: i + 1 })}
                    rows={2}
                    className="min-h-0"
                    value={prompt}
                    maxLength={300}
                    onChange={(e) => set({ prompts: draft.prompts.map((p, j) => (j === i ? e.target.value : p)) })}
                    {...describedBy(`step-prompt-${i}`, err(`prompts.${i}`))}
                  />
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    disabled={draft.prompts.length === 1}
                    onClick={() => set({ prompts: draft.prompts.filter((_, j) => j !== i) })}
                    aria-label={t("removePrompt", { number: i + 1 })}
                  >
                    <Trash2 aria-hidden />
                  </Button>
                </div>
                <FieldError id={`step-prompt-${i}-error`} errors={err(`prompts.${i}`)} />
              </div>
            ))}
            <FieldError id="step-prompts-error" errors={err("prompts")} />
            {draft.prompts.length < MAX_PROMPTS ? (
              <Button
                type="button"
                variant="outline"
                size="sm"
                onClick={() => set({ prompts: [...draft.prompts, ""] })}
              >
                <Plus aria-hidden />
                {t("addPrompt")}
              </Button>
            ) : null}
          </fieldset>
          <div className="space-y-2">
            <Label htmlFor="step-week">{t("week")}</Label>
            <Input
              id="step-week"
              type="number"
              inputMode="numeric"
              min={1}
              max={lengthWeeks ?? 104}
              className="w-28"
              value={draft.dueWeek}
              onChange={(e) => set({ dueWeek: e.target.value })}
              {...describedBy("step-week", err("dueWeek"), true)}
            />
            <p id="step-week-hint" className="text-sm text-muted-foreground">
              {lengthWeeks ? t("weekHintLength", { weeks: lengthWeeks }) : t("weekHint")}
            </p>
            <FieldError id="step-week-error" errors={err("dueWeek")} />
          </div>
          <div className="flex items-start gap-3">
            <input
              id="step-goal"
              type="checkbox"
              className="mt-1 size-4"
              checked={draft.isGoalStep}
              onChange={(e) => set({ isGoalStep: e.target.checked })}
              aria-describedby="step-goal-hint"
            />
            <div>
              <Label htmlFor="step-goal">{t("goal")}</Label>
              <p id="step-goal-hint" className="text-sm text-muted-foreground">
                {t("goalHint")}
              </p>
            </div>
          </div>
          <div className="flex flex-wrap justify-end gap-2 pt-2">
            <DialogClose asChild>
              <Button type="button" variant="outline">
                {t("cancel")}
              </Button>
            </DialogClose>
            <SubmitButton pendingLabel={t("saving")}>{step ? t("save") : t("add")}</SubmitButton>
          </div>
        </form>
      </Dialog>
    </>
  );
}
