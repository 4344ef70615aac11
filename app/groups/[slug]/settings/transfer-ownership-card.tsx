"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import type { TransferCandidateDto } from "@/lib/groups/members/dto";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { inputClassName } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { cn } from "@/lib/utils/cn";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { transferOwnershipAction } from "./actions";

/** The owner picks an active member, then confirms in a dialog that says what happens to them. */
export function TransferOwnershipCard({ candidates }: { candidates: TransferCandidateDto[] }) {
  const [state, action] = useActionState(transferOwnershipAction, idle);
  const [choice, setChoice] = useState("");
  const t = useTranslations("groups");
  const [open, setOpen] = useState(false);
  const chosen = candidates.find((c) => c.membershipId === choice);
  const errors = errorsFor(state, "membershipId");

  if (candidates.length === 0) {
    return <p className="text-sm text-muted-foreground">{t("transfer.nobody")}</p>;
  }
  return (
    <div className="space-y-3">
      <div className="space-y-2">
        <Label htmlFor="new-owner">{t("transfer.newOwner")}</Label>
        <select
          id="new-owner"
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? "new-owner-error" : "new-owner-hint"}
          className={cn(inputClassName, "h-10 sm:max-w-sm")}
        >
          <option value="">{t("transfer.choose")}</option>
          {candidates.map((c) => (
            <option key={c.membershipId} value={c.membershipId}>
              {t("transfer.candidate", { name: c.name, role: c.role })}
            </option>
          ))}
        </select>
        {errors ? (
          <p id="new-owner-error" className="text-sm text-destructive">
            {errors.join(" ")}
          </p>
        ) : (
          <p id="new-owner-hint" className="text-sm text-muted-foreground">
            {t("transfer.stayAdmin")}
          </p>
        )}
      </div>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t("transfer.dialogTitle")}
        description={chosen ? t("transfer.dialogDescription", { name: chosen.name }) : t("transfer.chooseFirst")}
        trigger={
          <Button type="button" variant="outline" disabled={!chosen}>
            {t("transfer.button")}
          </Button>
        }
      >
        <form action={action} className="space-y-4">
          <ActionFeedback state={state} />
          <input type="hidden" name="membershipId" value={choice} />
          <div className="flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="outline">
                {t("transfer.cancel")}
              </Button>
            </DialogClose>
            <SubmitButton variant="destructive" pendingLabel={t("transfer.transferring")}>
              {chosen ? t("transfer.confirm", { name: chosen.name }) : t("transfer.transfer")}
            </SubmitButton>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
