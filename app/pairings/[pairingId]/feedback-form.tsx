"use client";

import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { RatingGroup } from "@/components/pairings/rating-group";
import { FEEDBACK_RATINGS } from "@/components/pairings/labels";
import { useToastAction } from "@/components/pairings/use-toast-action";
import { giveFeedbackAction } from "./actions";

const RECOMMEND = Array.from({ length: 11 }, (_, value) => ({
  value,
  label: value === 0 ? "0, not at all likely" : value === 10 ? "10, extremely likely" : String(value),
}));

/** Feedback on a completed mentorship: anonymous to the admins unless the participant ticks "share my name". */
export function FeedbackForm({ pairingId }: { pairingId: string }) {
  const [state, action] = useToastAction(giveFeedbackAction);
  const number = (name: string) => {
    const v = valueAfter(state, name);
    return v === "" ? null : Number(v);
  };
  return (
    <form action={action} aria-label="Your feedback" className="space-y-5">
      <ActionFeedback state={state.status === "error" ? state : { status: "idle" }} />
      <input type="hidden" name="pairingId" value={pairingId} />
      <RatingGroup
        id="feedback-rating"
        name="rating"
        legend="How was your mentorship?"
        options={FEEDBACK_RATINGS}
        defaultValue={number("rating")}
        errors={errorsFor(state, "rating")}
      />
      <RatingGroup
        id="feedback-recommend"
        name="recommend"
        legend="How likely are you to recommend this program to a friend?"
        hint="From 0 (not at all likely) to 10 (extremely likely)."
        options={RECOMMEND}
        defaultValue={number("recommend")}
        errors={errorsFor(state, "recommend")}
        compact
      />
      <FormField
        id="feedback-comment"
        name="comment"
        label="Anything you'd like the admins to know?"
        multiline
        rows={3}
        maxLength={2000}
        defaultValue={valueAfter(state, "comment")}
        errors={errorsFor(state, "comment")}
        description="Optional. What worked, what could be better for the next pairs."
      />
      <div className="flex items-start gap-2">
        <input
          id="feedback-share-name"
          type="checkbox"
          name="shareName"
          defaultChecked={valueAfter(state, "shareName") === "on"}
          aria-describedby="feedback-share-name-help"
          className="mt-0.5 size-4 accent-primary"
        />
        <div className="grid gap-1">
          <label htmlFor="feedback-share-name" className="text-sm font-medium">
            Share my name with the admins
          </label>
          <p id="feedback-share-name-help" className="text-sm text-muted-foreground">
            Unticked, the admins read your feedback without your name.
          </p>
        </div>
      </div>
      <SubmitButton pendingLabel="Sending…">Send feedback</SubmitButton>
    </form>
  );
}
