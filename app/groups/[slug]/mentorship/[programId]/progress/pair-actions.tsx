"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { ActionFeedback } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionDialog } from "@/components/programs/use-action-dialog";
import { useToastAction } from "@/components/pairings/use-toast-action";
import { completePairingAction, nudgePairingAction } from "./actions";

type Props = {
  slug: string;
  programId: string;
  pairingId: string;
  /** "Ada Lovelace and Sam Newcomer", for the buttons' accessible names and the dialog. */
  names: string;
  canComplete: boolean;
};

function Hidden({ slug, programId, pairingId }: Omit<Props, "names" | "canComplete">) {
  return (
    <>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="programId" value={programId} />
      <input type="hidden" name="pairingId" value={pairingId} />
    </>
  );
}

/**
 * The row's buttons: the look of the small outline and ghost buttons in fewer classes (the design system's carry
 * every variant's rules, and these repeat on every row of the dashboard: issue 18, the page's bytes).
 */
const ROW_BUTTON =
  "inline-flex h-9 items-center rounded-md border px-3 text-sm font-medium whitespace-nowrap transition-colors hover:bg-accent hover:text-accent-foreground aria-disabled:opacity-60";

/** Submits the nudge; while it is on its way, says so and keeps focus (aria-disabled, as SubmitButton does). */
function NudgeButton({ children, pendingLabel }: { children: ReactNode; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={`${ROW_BUTTON} border-input bg-background`}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}

/**
 * An active pair's admin actions: "Nudge" (one click) and, for managers, "Complete" after a confirmation. Words
 * without icons: they repeat on every row of the dashboard, and the page's bytes count (issue 18).
 */
export function PairActions({ slug, programId, pairingId, names, canComplete }: Props) {
  const t = useTranslations("progress");
  const [nudged, nudge] = useToastAction(nudgePairingAction);
  const [completed, complete] = useToastAction(completePairingAction);
  const dialog = useActionDialog(completed);
  const ids = { slug, programId, pairingId };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={nudge}>
        <Hidden {...ids} />
        <NudgeButton pendingLabel={t("nudging")}>
          {t("nudge")}
          <span className="sr-only"> {names}</span>
        </NudgeButton>
      </form>
      {canComplete ? (
        <Dialog
          open={dialog.open}
          onOpenChange={dialog.onOpenChange}
          title={t("completeTitle")}
          description={t("completeDescription", { names })}
          trigger={
            <button type="button" className={`${ROW_BUTTON} border-transparent`}>
              {t("complete")}
              <span className="sr-only"> {names}</span>
            </button>
          }
        >
          <form action={complete} className="space-y-4">
            <ActionFeedback state={completed.status === "error" ? completed : { status: "idle" }} />
            <Hidden {...ids} />
            <div className="flex flex-wrap justify-end gap-2">
              <DialogClose asChild>
                <Button type="button" variant="outline">
                  {t("cancel")}
                </Button>
              </DialogClose>
              <SubmitButton pendingLabel={t("completing")}>{t("complete")}</SubmitButton>
            </div>
          </form>
        </Dialog>
      ) : null}
      {nudged.status === "error" ? (
        <p role="alert" className="basis-full text-sm text-destructive">
          {nudged.message}
        </p>
      ) : null}
    </div>
  );
}
