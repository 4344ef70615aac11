"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { PairingRowDto } from "@/lib/matching/dto";
import { idle, type ActionState } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";

const CHOICES = [
  { value: "rematch", label: "rematch", help: "rematchHelp" },
  { value: "waitlist", label: "waitlist", help: "waitlistHelp" },
] as const;

/** Ends an active pairing early: a reason only the admins see, and what becomes of the mentee. */
export function EndPairingDialog({
  open,
  onOpenChange,
  onCloseAutoFocus,
  row,
  slug,
  state,
  action,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
  row: PairingRowDto;
  slug: string;
  state: ActionState<unknown>;
  action: (formData: FormData) => void;
}) {
  const t = useTranslations("adminPairings.end");
  const [reason, setReason] = useState("");
  const [mentee, setMentee] = useState<"rematch" | "waitlist">("rematch");
  const reasonErrors = errorsFor(state, "reason");
  const first = row.mentee.name.split(" ")[0] ?? row.mentee.name;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      {...(onCloseAutoFocus ? { onCloseAutoFocus } : {})}
      title={t("title", { mentee: row.mentee.name, mentor: row.mentor.name })}
      description={t("description")}
    >
      <form action={action} onReset={(e) => e.preventDefault()} className="space-y-4">
        <ActionFeedback state={state.status === "error" ? state : idle} />
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="pairingId" value={row.id} />
        <input type="hidden" name="menteeName" value={row.mentee.name} />
        <input type="hidden" name="mentorName" value={row.mentor.name} />
        <div className="grid gap-2">
          <Label htmlFor="end-reason">{t("reason")}</Label>
          <Textarea
            id="end-reason"
            name="reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={3}
            maxLength={1000}
            aria-describedby={reasonErrors ? "end-reason-help end-reason-error" : "end-reason-help"}
            aria-invalid={reasonErrors ? true : undefined}
          />
          <p id="end-reason-help" className="text-sm text-muted-foreground">
            {t("private")}
          </p>
          {reasonErrors ? (
            <p id="end-reason-error" className="text-sm text-destructive">
              {reasonErrors.join(" ")}
            </p>
          ) : null}
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{t("whatHappens", { name: first })}</legend>
          {CHOICES.map((c) => (
            <label
              key={c.value}
              className="flex cursor-pointer gap-3 rounded-md border border-border p-3 text-sm has-[:checked]:border-primary"
            >
              <input
                type="radio"
                name="mentee"
                value={c.value}
                checked={mentee === c.value}
                onChange={() => setMentee(c.value)}
                className="mt-0.5 size-4 shrink-0"
              />
              <span>
                <span className="block font-medium">{t(c.label)}</span>
                <span className="text-muted-foreground">{t(c.help, { name: first })}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button type="button" variant="outline">
              {t("cancel")}
            </Button>
          </DialogClose>
          <SubmitButton variant="destructive" pendingLabel={t("pending")}>
            {t("submit")}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
