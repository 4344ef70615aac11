"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, type ReactNode } from "react";
import type { ActionState } from "@/lib/http/action-state";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";

type Action = (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/**
 * "Remove this?" with a reason to think twice. Key it by the thing removed, so each opening starts clean; the
 * result's toast outlives the dialog.
 */
export function ConfirmRemoveDialog({
  open,
  onClose,
  title,
  description,
  fields,
  action,
  confirmLabel,
  onRemoved,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description: ReactNode;
  fields: Record<string, string>;
  action: Action;
  confirmLabel: string;
  /** After a removal, when the button that opened the dialog has gone with its row. */
  onRemoved?: () => void;
}) {
  const t = useTranslations("programEditor.remove");
  const [state, formAction] = useActionState(action, idle);
  useEffect(() => {
    if (state.status !== "success") return;
    onRemoved?.();
    onClose();
  }, [state, onClose, onRemoved]);
  return (
    <>
      <ActionFeedback state={state.status === "success" ? state : idle} />
      <Dialog open={open} onOpenChange={(o) => !o && onClose()} title={title} description={description}>
        <form action={formAction} className="space-y-4">
          {state.status === "error" ? <ActionFeedback state={state} /> : null}
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="outline">
                {t("cancel")}
              </Button>
            </DialogClose>
            <SubmitButton variant="destructive" pendingLabel={t("removing")}>
              {confirmLabel}
            </SubmitButton>
          </div>
        </form>
      </Dialog>
    </>
  );
}
