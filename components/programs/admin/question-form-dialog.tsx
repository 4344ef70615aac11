"use client";

import type { Role } from "@/lib/programs/limits";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import type { ActionState } from "@/lib/http/action-state";
import { idle } from "@/lib/http/action-state";
import type { QuestionDto } from "@/lib/programs/dto";
import { QUESTION_LIMITS } from "@/lib/programs/question-limits";
import { ActionFeedback } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { describedBy, FieldError } from "./field-error";
import {
  KindSelect,
  QuestionKindFields,
  questionPayload,
  toQuestionDraft,
  type QuestionDraft,
} from "./question-fields";

type Action = (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/** Adding or editing one application question: its kind, label, help, whether it is required, and its limits. */
export function QuestionFormDialog({
  question,
  role,
  action,
  onClose,
}: {
  /** Null: a new question. */
  question: QuestionDto | null;
  /** Whose question it is. */
  role: Role;
  action: Action;
  onClose: () => void;
}) {
  const t = useTranslations("programEditor.questionForm");
  const [state, formAction] = useActionState(action, idle);
  const [draft, setDraft] = useState<QuestionDraft>(() => toQuestionDraft(question));
  useEffect(() => {
    if (state.status === "success") onClose();
  }, [state, onClose]);
  const set = (patch: Partial<QuestionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const fields = state.status === "error" ? state.fields : {};

  return (
    <>
      <ActionFeedback state={state.status === "success" ? state : idle} />
      <Dialog
        open
        onOpenChange={(o) => !o && onClose()}
        title={question ? t("editTitle") : t("addTitle", { role })}
        description={t("description", { role })}
      >
        <form action={formAction} onReset={(e) => e.preventDefault()} className="space-y-4" noValidate>
          {state.status === "error" ? <ActionFeedback state={state} /> : null}
          <input type="hidden" name="json" value={JSON.stringify(questionPayload(draft))} />
          <KindSelect value={draft.kind} onChange={(kind) => set({ kind })} errors={fields.kind} />
          <div className="space-y-2">
            <Label htmlFor="question-label">{t("label")}</Label>
            <Input
              id="question-label"
              value={draft.label}
              maxLength={QUESTION_LIMITS.labelMax}
              onChange={(e) => set({ label: e.target.value })}
              {...describedBy("question-label", fields.label)}
            />
            <FieldError id="question-label-error" errors={fields.label} />
          </div>
          <div className="space-y-2">
            <Label htmlFor="question-help">{t("help")}</Label>
            <Input
              id="question-help"
              value={draft.help}
              maxLength={QUESTION_LIMITS.helpMax}
              onChange={(e) => set({ help: e.target.value })}
              {...describedBy("question-help", fields.help, true)}
            />
            <p id="question-help-hint" className="text-sm text-muted-foreground">
              {t("helpHint")}
            </p>
            <FieldError id="question-help-error" errors={fields.help} />
          </div>
          <label className="flex items-center gap-3 text-sm font-medium">
            <input
              type="checkbox"
              className="size-4"
              checked={draft.required}
              onChange={(e) => set({ required: e.target.checked })}
            />
            {t("required")}
          </label>
          <QuestionKindFields draft={draft} set={set} fields={fields} />
          <div className="flex flex-wrap justify-end gap-2 pt-2">
            <DialogClose asChild>
              <Button type="button" variant="outline">
                {t("cancel")}
              </Button>
            </DialogClose>
            <SubmitButton pendingLabel={t("saving")}>{question ? t("save") : t("add")}</SubmitButton>
          </div>
        </form>
      </Dialog>
    </>
  );
}
