"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { manageMemberAction } from "./actions";
import { Dialog, DialogClose } from "@/components/ui/dialog";

export type MemberOp = "role" | "mute" | "unmute" | "remove" | "ban";
export type PendingMemberAction = {
  op: MemberOp;
  membershipId: string;
  name: string;
  /** For "role": the roles the viewer may hand out to this person. */
  roles?: readonly string[];
  currentRole?: string;
};

const MUTE_CHOICES = ["1h", "1d", "7d", "30d"] as const;

function MemberActionForm({ pending, onDone }: { pending: PendingMemberAction; onDone: () => void }) {
  const [state, action] = useActionState(manageMemberAction, idle);
  useEffect(() => {
    if (state.status === "success") onDone();
  }, [state, onDone]);
  const t = useTranslations("members.dialog");
  const destructive = pending.op === "remove" || pending.op === "ban";
  const roleErrors = errorsFor(state, "role");
  return (
    <form action={action} className="space-y-4">
      <ActionFeedback state={state} />
      <input type="hidden" name="op" value={pending.op} />
      <input type="hidden" name="membershipId" value={pending.membershipId} />
      {pending.op === "role" ? (
        <fieldset className="space-y-2">
          <legend className="sr-only">{t("newRole")}</legend>
          {(pending.roles ?? []).map((role, i) => (
            <label
              key={role}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-border p-3 has-[:checked]:border-primary"
            >
              <input type="radio" name="role" value={role} defaultChecked={i === 0} className="mt-1" />
              <span>
                <span className="block font-medium">{t("roleLabel", { role })}</span>
                <span className="block text-sm text-muted-foreground">{t("roleHint", { role })}</span>
              </span>
            </label>
          ))}
          {roleErrors ? <p className="text-sm text-destructive">{roleErrors.join(" ")}</p> : null}
        </fieldset>
      ) : null}
      {pending.op === "mute" ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{t("howLong")}</legend>
          <div className="grid grid-cols-2 gap-2">
            {MUTE_CHOICES.map((value, i) => (
              <label
                key={value}
                className="flex cursor-pointer items-center gap-2 rounded-lg border border-border p-3 has-[:checked]:border-primary"
              >
                <input type="radio" name="duration" value={value} defaultChecked={i === 1} />
                {t("duration", { duration: value })}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {t("cancel")}
          </Button>
        </DialogClose>
        <SubmitButton variant={destructive ? "destructive" : "default"} pendingLabel={t("saving")}>
          {t("confirm", { op: pending.op })}
        </SubmitButton>
      </div>
    </form>
  );
}

/**
 * One dialog for every per-member tool, owned by the list rather than by a row: after a removal the row is gone,
 * but the dialog (and its success toast) stays until it closes.
 */
export function MemberActionDialog({
  pending,
  onClose,
  onCloseAutoFocus,
}: {
  pending: PendingMemberAction | null;
  onClose: () => void;
  onCloseAutoFocus?: (event: Event) => void;
}) {
  const t = useTranslations("members.dialog");
  return (
    <Dialog
      open={pending !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={pending ? t("title", { op: pending.op, name: pending.name }) : ""}
      description={pending ? t("description", { op: pending.op }) : undefined}
      {...(onCloseAutoFocus ? { onCloseAutoFocus } : {})}
    >
      {pending ? (
        <MemberActionForm key={`${pending.op}:${pending.membershipId}`} pending={pending} onDone={onClose} />
      ) : null}
    </Dialog>
  );
}
