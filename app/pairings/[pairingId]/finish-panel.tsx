"use client";

import { PartyPopper } from "lucide-react";
import { useTranslations } from "next-intl";
import { ActionFeedback } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";
import { useToastAction } from "@/components/pairings/use-toast-action";
import { proposeCompletionAction } from "./actions";

/**
 * Once every step is complete: either participant proposes completing the mentorship and the other confirms it.
 * The one who proposed waits, and can see that they do.
 */
export function FinishPanel({
  pairingId,
  partner,
  proposedBy,
  proposedLabel,
}: {
  pairingId: string;
  partner: string;
  proposedBy: "me" | "partner" | null;
  /** When it was proposed, in the reader's time zone. */
  proposedLabel: string | null;
}) {
  const t = useTranslations("pairings.finish");
  const [state, action] = useToastAction(proposeCompletionAction);
  return (
    <section
      aria-labelledby="finish-heading"
      className="space-y-3 rounded-lg border border-success/40 bg-card p-4 shadow-sm sm:p-6"
    >
      <h2 id="finish-heading" className="flex items-center gap-2 text-lg font-semibold">
        <PartyPopper aria-hidden className="size-5 text-success" />
        {t("heading")}
      </h2>
      <ActionFeedback state={state.status === "error" ? state : { status: "idle" }} />
      {proposedBy === "me" ? (
        <p className="text-sm">
          {proposedLabel ? t("proposedByMeOn", { date: proposedLabel, partner }) : t("proposedByMe", { partner })}
        </p>
      ) : (
        <form action={action} className="space-y-3">
          <input type="hidden" name="pairingId" value={pairingId} />
          <p className="text-sm">
            {proposedBy === "partner" ? t("proposedByPartner", { partner }) : t("proposeIntro", { partner })}
          </p>
          <SubmitButton pendingLabel={proposedBy === "partner" ? t("confirming") : t("proposing")}>
            {proposedBy === "partner" ? t("confirm") : t("propose")}
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
