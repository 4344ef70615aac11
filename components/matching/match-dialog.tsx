"use client";

import { useState } from "react";
import { RotateCcw } from "lucide-react";
import type { CandidateDto, MentorCandidateDto } from "@/lib/matching/dto";
import { draftIntroduction } from "@/lib/matching/introduction";
import { idle, type ActionState } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { IntroductionField } from "./introduction-field";
import { Reasons } from "./score";

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
  suggestion: { score: number; reasons: string[] } | null;
  /** Ids bound into the form (slug, programId). */
  hidden: Record<string, string>;
  state: ActionState<unknown>;
  action: (formData: FormData) => void;
}) {
  const suggested = draftIntroduction(programName, mentee, mentor);
  const [text, setText] = useState(suggested);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      {...(onCloseAutoFocus ? { onCloseAutoFocus } : {})}
      title={`Match ${mentee.name} with ${mentor.name}?`}
      description="This makes them a pair and opens their private conversation with your introduction. Both hear about it in the app and by email."
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
            <p className="font-medium">Score {Math.round(suggestion.score)}/100</p>
            <Reasons reasons={suggestion.reasons} />
          </div>
        ) : null}
        <IntroductionField
          id="match-introduction"
          value={text}
          onChange={setText}
          errors={errorsFor(state, "introduction")}
          help="It is the first message in their conversation. Edit it as you like."
          aside={
            <Button
              type="button"
              variant="ghost"
              size="sm"
              disabled={text === suggested}
              onClick={() => setText(suggested)}
            >
              <RotateCcw aria-hidden />
              Use the suggested text
            </Button>
          }
        />
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button type="button" variant="outline">
              Cancel
            </Button>
          </DialogClose>
          <SubmitButton pendingLabel="Matching…">Match and introduce</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
