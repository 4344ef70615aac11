"use client";

import { useState } from "react";
import type { Decision } from "@/lib/programs/schemas";
import { idle, type ActionState } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { DECISION_COPY } from "./decision-copy";
import { plural } from "./labels";

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
  const copy = DECISION_COPY[decision];
  const messageErrors = errorsFor(state, "message");
  // Controlled, so what was written survives a failed attempt.
  const [message, setMessage] = useState("");
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      {...(onCloseAutoFocus ? { onCloseAutoFocus } : {})}
      title={`${copy.verb} ${names ?? plural(ids.length, "application")}?`}
      description={copy.told}
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
          <Label htmlFor="decision-message">Message to {ids.length === 1 ? "the applicant" : "the applicants"}</Label>
          <Textarea
            id="decision-message"
            name="message"
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            rows={3}
            maxLength={1000}
            placeholder="Optional. For example: thank you, and why."
            aria-describedby={messageErrors ? "decision-message-help decision-message-error" : "decision-message-help"}
            aria-invalid={messageErrors ? true : undefined}
          />
          <p id="decision-message-help" className="text-sm text-muted-foreground">
            Optional. They see it in their notification and on the program page.
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
              Cancel
            </Button>
          </DialogClose>
          {next ? (
            <>
              <SubmitButton variant="outline" name="then" value="stay" pendingLabel={copy.pending}>
                {copy.verb}
              </SubmitButton>
              <SubmitButton
                variant={decision === "decline" ? "destructive" : "default"}
                name="then"
                value="next"
                pendingLabel={copy.pending}
                // Enter right after the shortcut decides and moves on; Shift+Tab reaches the message.
                autoFocus
              >
                {copy.verb} and next
              </SubmitButton>
            </>
          ) : (
            <SubmitButton variant={decision === "decline" ? "destructive" : "default"} pendingLabel={copy.pending}>
              {copy.verb}
            </SubmitButton>
          )}
        </div>
      </form>
    </Dialog>
  );
}
