"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { errorsOnly, useFeedAction, type FeedAction } from "./use-feed-action";

/** Edits a post or comment in place; Escape or Cancel leaves it as it was. */
export function EditForm<T>({
  action,
  fields,
  initial,
  maxLength,
  label,
  onDone,
}: {
  action: FeedAction<T>;
  fields: Record<string, string>;
  initial: string;
  maxLength: number;
  label: string;
  onDone: () => void;
}) {
  const [state, formAction] = useFeedAction(action, onDone);
  const t = useTranslations("feed.edit");
  const id = useId();
  const errors = errorsFor(state, "body");
  return (
    <form
      action={formAction}
      className="space-y-2"
      noValidate
      onKeyDown={(e) => {
        if (e.key === "Escape") onDone();
      }}
    >
      <ActionFeedback state={errorsOnly(state)} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Label htmlFor={id} className="sr-only">
        {label}
      </Label>
      <Textarea
        id={id}
        name="body"
        autoFocus
        rows={3}
        maxLength={maxLength}
        defaultValue={valueAfter(state, "body", initial)}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
      />
      {errors ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {errors.join(" ")}
        </p>
      ) : null}
      <div className="flex gap-2">
        <SubmitButton size="sm" pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
        <Button type="button" size="sm" variant="ghost" onClick={onDone}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
