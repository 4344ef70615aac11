"use client";

import { useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { Dialog } from "@/components/ui/dialog";
import { errorsOnly, useFeedAction } from "@/components/groups/feed/use-feed-action";
import type { GroupDetailDto } from "@/lib/groups/dto";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";
import type { JoinActions } from "./join-controls";

/** What the dialog shows of the group. */
export type JoinDialogGroup = Pick<GroupDetailDto, "slug" | "name" | "privacy" | "questions" | "rules">;

/**
 * Asking to join a private group that has questions or rules: answers and "I agree". Loaded on demand and opened by
 * its button (JoinDialogButton, ./join-buttons.tsx), to which focus returns when it closes.
 */
export function JoinDialog({
  group,
  join,
  open,
  onOpenChange,
  returnFocusTo,
}: {
  group: JoinDialogGroup;
  join: JoinActions["join"];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusTo: RefObject<HTMLElement | null>;
}) {
  const [state, action] = useFeedAction(join);
  const t = useTranslations("groups.join");
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [acceptRules, setAcceptRules] = useState(false);
  const payload = {
    slug: group.slug,
    answers: group.questions.map((q) => ({ questionId: q.id, answer: answers[q.id] ?? "" })),
    acceptRules,
  };
  return (
    <Dialog
      title={t("dialogTitle", { name: group.name })}
      open={open}
      onOpenChange={onOpenChange}
      returnFocusTo={returnFocusTo}
      description={group.privacy === "PUBLIC" ? t("joinAtOnce") : t("moderatorsRead")}
    >
      {/* Controlled fields: no reset after the action, or "I agree" would look unticked while still sent. */}
      <form action={action} onReset={(e) => e.preventDefault()} className="space-y-5" noValidate>
        <ActionFeedback state={errorsOnly(state)} />
        <input type="hidden" name="json" value={JSON.stringify(payload)} />
        {group.questions.map((q, i) => {
          const errors = errorsFor(state, `answers.${i}`) ?? errorsFor(state, `answers.${i}.answer`);
          return (
            <div key={q.id} className="space-y-2">
              <Label htmlFor={`answer-${q.id}`}>
                {q.prompt}
                {q.required ? <span className="text-destructive"> {t("requiredMark")}</span> : null}
              </Label>
              <Textarea
                id={`answer-${q.id}`}
                rows={3}
                maxLength={1000}
                value={answers[q.id] ?? ""}
                onChange={(e) => setAnswers((a) => ({ ...a, [q.id]: e.target.value }))}
                aria-invalid={errors ? true : undefined}
                aria-describedby={errors ? `answer-${q.id}-error` : undefined}
              />
              {errors ? (
                <p id={`answer-${q.id}-error`} className="text-sm text-destructive">
                  {errors.join(" ")}
                </p>
              ) : null}
            </div>
          );
        })}
        {group.rules.length > 0 ? (
          <div className="space-y-2">
            <h3 className="font-medium">{t("rulesTitle")}</h3>
            <ol className="list-decimal space-y-1 ps-5 text-sm">
              {group.rules.map((r) => (
                <li key={r.id}>
                  <span dir="auto" className="font-medium">
                    {r.title}
                  </span>
                  {r.body ? <span className="text-muted-foreground"> — {r.body}</span> : null}
                </li>
              ))}
            </ol>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5"
                checked={acceptRules}
                onChange={(e) => setAcceptRules(e.target.checked)}
                aria-invalid={errorsFor(state, "acceptRules") ? true : undefined}
                aria-describedby={errorsFor(state, "acceptRules") ? "accept-rules-error" : undefined}
              />
              {t("agreeRules")}
            </label>
            {errorsFor(state, "acceptRules") ? (
              <p id="accept-rules-error" className="text-sm text-destructive">
                {errorsFor(state, "acceptRules")!.join(" ")}
              </p>
            ) : null}
          </div>
        ) : null}
        <SubmitButton pendingLabel={t("sending")}>
          {group.privacy === "PUBLIC" ? t("joinGroup") : t("sendRequest")}
        </SubmitButton>
      </form>
    </Dialog>
  );
}
