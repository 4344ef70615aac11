"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { Decision } from "@/lib/programs/limits";
import { idle, type ActionState } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";

/**
 * Confirms a decision on one or more applications, with an optional message to the applicants. The action's
 * state belongs to the caller, so its toast outlives the rows that leave the list.
 */
export function DecisionDialog({
  open,
  onOpenChange,
  onCloseAutoFocus,
  decision,
  ids,
  names,
  slug,
  programId,
  state,
  action,
  next,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
  decision: Decision;
  ids: string[];
  /** Who is decided on, when one person: "Approve Ada Lovelace?". */
  names?: string;
  slug: string;
  programId: string;
  state: ActionState<unknown>;
  action: (formData: FormData) => void;
  /**
   * "Decide and next": the queue's view to move on in (its fields, sent along). With it, the dialog's first
   * choice (focused, so Enter takes it) decides and opens the next application; the other decides and stays.
   */
  next?: Record<string, string>;
}) {
  const t = useTranslations("applications.decision");
  const verb = t("verb", { decision });
  const pending = t("pending", { decision });
  const messageErrors = errorsFor(state, "message");
  // Controlled, so what was written survives a failed attempt.
  const [message, setMessage] = useState("");
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      {...(onCloseAutoFocus ? { onCloseAutoFocus } : {})}
      title={names ? t("titleName", { decision, name: names }) : t("titleCount", { decision, count: ids.length })}
      description={t("told", { decision })}
    >
      <form action={action} onReset={(e) => e.preventDefault()} className="space-y-4">
        <ActionFeedback state={state.status === "error" ? state : idle} />
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="programId" value={programId} />
        <input type="hidden" name="ids" value={ids.join(",")} />
        <input type="hidden" name="decision" value={decision} />
        {next
          ? Object.entries(next).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)
          : null}
        <div className="grid gap-2">
          <Label htmlFor="decision-message">{t("messageLabel", { count: ids.length })}</Label>
          <Textarea
            id="decision-message"
            name="message"
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            rows={3}
            maxLength={1000}
            placeholder={t("messagePlaceholder")}
            aria-describedby={messageErrors ? "decision-message-help decision-message-error" : "decision-message-help"}
            aria-invalid={messageErrors ? true : undefined}
          />
          <p id="decision-message-help" className="text-sm text-muted-foreground">
            {t("messageHelp")}
          </p>
          {messageErrors ? (
            <p id="decision-message-error" className="text-sm text-destructive">
              {messageErrors.join(" ")}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button type="button" variant="outline">
              {t("cancel")}
            </Button>
          </DialogClose>
          {next ? (
            <>
              <SubmitButton variant="outline" name="then" value="stay" pendingLabel={pending}>
                {verb}
              </SubmitButton>
              <SubmitButton
                variant={decision === "decline" ? "destructive" : "default"}
                name="then"
                value="next"
                pendingLabel={pending}
                // Enter right after the shortcut decides and moves on; Shift+Tab reaches the message.
                autoFocus
              >
                {t("andNext", { decision })}
              </SubmitButton>
            </>
          ) : (
            <SubmitButton variant={decision === "decline" ? "destructive" : "default"} pendingLabel={pending}>
              {verb}
            </SubmitButton>
          )}
        </div>
      </form>
    </Dialog>
  );
}
