"use client";

import { PartyPopper } from "lucide-react";
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
  const [state, action] = useToastAction(proposeCompletionAction);
  return (
    <section
      aria-labelledby="finish-heading"
      className="space-y-3 rounded-lg border border-success/40 bg-card p-4 shadow-sm sm:p-6"
    >
      <h2 id="finish-heading" className="flex items-center gap-2 text-lg font-semibold">
        <PartyPopper aria-hidden className="size-5 text-success" />
        Every step is complete
      </h2>
      <ActionFeedback state={state.status === "error" ? state : { status: "idle" }} />
      {proposedBy === "me" ? (
        <p className="text-sm">
          You proposed completing the mentorship{proposedLabel ? ` on ${proposedLabel}` : ""}. Waiting for {partner} to
          confirm.
        </p>
      ) : (
        <form action={action} className="space-y-3">
          <input type="hidden" name="pairingId" value={pairingId} />
          <p className="text-sm">
            {proposedBy === "partner"
              ? `${partner} proposed completing the mentorship. Confirm it, and you'll both be asked for a little feedback.`
              : `Well done, both of you. When you're ready to wrap up, propose completing the mentorship and ${partner} confirms it.`}
          </p>
          <SubmitButton pendingLabel={proposedBy === "partner" ? "Confirming…" : "Proposing…"}>
            {proposedBy === "partner" ? "Confirm completion" : "Propose completion"}
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
