"use client";

import { DoorOpen } from "lucide-react";
import { useTranslations } from "next-intl";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionDialog } from "@/components/programs/use-action-dialog";
import { useToastAction } from "@/components/pairings/use-toast-action";
import { leavePairingAction } from "./actions";

/** "End early": the mentorship ends now, with a reason that only the group's admins read. */
export function LeaveDialog({ pairingId, partner }: { pairingId: string; partner: string }) {
  const t = useTranslations("pairings.leave");
  const [state, action] = useToastAction(leavePairingAction);
  const dialog = useActionDialog(state);
  const errors = errorsFor(state, "reason");
  return (
    <section aria-labelledby="leave-heading" className="space-y-2 rounded-lg border border-border bg-card p-4">
      <h2 id="leave-heading" className="font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-muted-foreground">{t("body")}</p>
      <Dialog
        open={dialog.open}
        onOpenChange={dialog.onOpenChange}
        title={t("title")}
        description={t("description", { partner })}
        trigger={
          <Button variant="outline" size="sm">
            <DoorOpen aria-hidden />
            {t("trigger")}
          </Button>
        }
      >
        <form action={action} className="space-y-4">
          <ActionFeedback state={state.status === "error" ? state : { status: "idle" }} />
          <input type="hidden" name="pairingId" value={pairingId} />
          <FormField
            id="leave-reason"
            name="reason"
            label={t("reasonLabel")}
            multiline
            rows={3}
            maxLength={1000}
            defaultValue={valueAfter(state, "reason")}
            errors={errors}
            description={t("reasonHint", { partner })}
          />
          <div className="flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="outline">
                {t("keepGoing")}
              </Button>
            </DialogClose>
            <SubmitButton variant="destructive" pendingLabel={t("ending")}>
              {t("submit")}
            </SubmitButton>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
