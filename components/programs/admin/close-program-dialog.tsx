"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { toast } from "@/components/ui/toast";
import { Lock } from "lucide-react";
import { idle, type ActionState } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import type { TransitionAction } from "./program-state-bar";

/** Closing is final: the dialog says what happens to the pairs still working, and the admin confirms. */
export function CloseProgramDialog({
  slug,
  programId,
  name,
  activePairings,
  action,
}: {
  slug: string;
  programId: string;
  name: string;
  activePairings: number;
  action: TransitionAction;
}) {
  const t = useTranslations("programEditor.close");
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState<ActionState<unknown>, FormData>(async (prev, formData) => {
    const result = await action(prev, formData);
    // Toasted here: a closed program's state bar no longer shows this dialog, so nothing would stay to toast it.
    if (result.status === "success") {
      toast.success(result.message);
      setOpen(false);
    }
    return result;
  }, idle);
  const pairs = t("pairs", { count: activePairings });
  return (
    <>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t("title", { name })}
        description={t("description")}
        trigger={
          <Button type="button" variant="outline">
            <Lock aria-hidden />
            {t("trigger")}
          </Button>
        }
      >
        <form action={formAction} className="space-y-4">
          {state.status === "error" ? <ActionFeedback state={state} /> : null}
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="programId" value={programId} />
          <input type="hidden" name="action" value="close" />
          <input type="hidden" name="confirm" value="true" />
          <p className="rounded-md bg-muted px-3 py-2 text-sm">{pairs}</p>
          <div className="flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="outline">
                {t("cancel")}
              </Button>
            </DialogClose>
            <SubmitButton variant="destructive" pendingLabel={t("closing")}>
              {t("confirm")}
            </SubmitButton>
          </div>
        </form>
      </Dialog>
    </>
  );
}
