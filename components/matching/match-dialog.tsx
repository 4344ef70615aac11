"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { RotateCcw } from "lucide-react";
import type { CandidateDto, MentorCandidateDto } from "@/lib/matching/dto";
import { draftIntroduction } from "@/lib/matching/introduction";
import type { Reason } from "@/lib/matching/reasons";
import { idle, type ActionState } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { IntroductionField } from "./introduction-field";
import { Reasons } from "./score";
import { useIntroductionWords } from "./words";

/**
 * Confirms one match, with the introduction prefilled from what the two share; the admin edits it before sending.
 * A refusal (someone else matched the mentee, the mentor just filled up) shows here, with the text kept.
 */
export function MatchDialog({
  open,
  onOpenChange,
  onCloseAutoFocus,
  programName,
  mentee,
  mentor,
  suggestion,
  hidden,
  state,
  action,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
  programName: string;
  mentee: CandidateDto;
  mentor: MentorCandidateDto;
  suggestion: { score: number; reasons: Reason[] } | null;
  /** Ids bound into the form (slug, programId). */
  hidden: Record<string, string>;
  state: ActionState<unknown>;
  action: (formData: FormData) => void;
}) {
  const t = useTranslations("matching");
  const words = useIntroductionWords();
  // Drafted once, when the dialog opens, so "Use the suggested text" brings back the same words.
  const [suggested] = useState(() => draftIntroduction(programName, mentee, mentor, new Date(), words));
  const [text, setText] = useState(suggested);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      {...(onCloseAutoFocus ? { onCloseAutoFocus } : {})}
      title={t("matchDialog.title", { mentee: mentee.name, mentor: mentor.name })}
      description={t("matchDialog.description")}
    >
      <form action={action} onReset={(e) => e.preventDefault()} className="space-y-4">
        <ActionFeedback state={state.status === "error" ? state : idle} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="menteeApplicationId" value={mentee.applicationId} />
        <input type="hidden" name="mentorApplicationId" value={mentor.applicationId} />
        <input type="hidden" name="menteeName" value={mentee.name} />
        <input type="hidden" name="mentorName" value={mentor.name} />
        {suggestion ? (
          <div className="rounded-md bg-muted px-3 py-2 text-sm">
            <p className="font-medium">{t("score.scoreOutOf", { score: Math.round(suggestion.score) })}</p>
            <Reasons reasons={suggestion.reasons} />
          </div>
        ) : null}
        <IntroductionField
          id="match-introduction"
          value={text}
          onChange={setText}
          errors={errorsFor(state, "introduction")}
          label={t("introductionLabel")}
          help={t("matchDialog.help")}
          aside={
            <Button
              type="button"
              variant="ghost"
              size="sm"
              disabled={text === suggested}
              onClick={() => setText(suggested)}
            >
              <RotateCcw aria-hidden />
              {t("matchDialog.useSuggested")}
            </Button>
          }
        />
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button type="button" variant="outline">
              {t("matchDialog.cancel")}
            </Button>
          </DialogClose>
          <SubmitButton pendingLabel={t("matchDialog.pending")}>{t("matchDialog.submit")}</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
