"use client";

import { useTranslations } from "next-intl";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { RatingGroup } from "@/components/pairings/rating-group";
import { useToastAction } from "@/components/pairings/use-toast-action";
import { giveFeedbackAction } from "./actions";

/** Feedback on a completed mentorship: anonymous to the admins unless the participant ticks "share my name". */
export function FeedbackForm({ pairingId }: { pairingId: string }) {
  const t = useTranslations("pairings");
  const [state, action] = useToastAction(giveFeedbackAction);
  const ratings = [1, 2, 3, 4, 5].map((value) => ({ value, label: t("feedbackRating", { rating: String(value) }) }));
  const recommend = Array.from({ length: 11 }, (_, value) => ({
    value,
    label: t("feedback.recommendOption", { value: String(value) }),
  }));
  const number = (name: string) => {
    const v = valueAfter(state, name);
    return v === "" ? null : Number(v);
  };
  return (
    <form action={action} aria-label={t("feedback.formLabel")} className="space-y-5">
      <ActionFeedback state={state.status === "error" ? state : { status: "idle" }} />
      <input type="hidden" name="pairingId" value={pairingId} />
      <RatingGroup
        id="feedback-rating"
        name="rating"
        legend={t("feedback.ratingLegend")}
        options={ratings}
        defaultValue={number("rating")}
        errors={errorsFor(state, "rating")}
      />
      <RatingGroup
        id="feedback-recommend"
        name="recommend"
        legend={t("feedback.recommendLegend")}
        hint={t("feedback.recommendHint")}
        options={recommend}
        defaultValue={number("recommend")}
        errors={errorsFor(state, "recommend")}
        compact
      />
      <FormField
        id="feedback-comment"
        name="comment"
        label={t("feedback.commentLabel")}
        multiline
        rows={3}
        maxLength={2000}
        defaultValue={valueAfter(state, "comment")}
        errors={errorsFor(state, "comment")}
        description={t("feedback.commentHint")}
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
            {t("feedback.shareName")}
          </label>
          <p id="feedback-share-name-help" className="text-sm text-muted-foreground">
            {t("feedback.shareNameHint")}
          </p>
        </div>
      </div>
      <SubmitButton pendingLabel={t("feedback.sending")}>{t("feedback.submit")}</SubmitButton>
    </form>
  );
}
