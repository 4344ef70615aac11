"use client";

import { useActionState } from "react";
import { requestPasswordSetLinkAction } from "./actions";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";

/** An account without a password sets its first one through a link to its address, as a reset does. */
export function SetPasswordForm({ email }: { email: string }) {
  const [state, action] = useActionState(requestPasswordSetLinkAction, idle);
  return (
    <form action={action} className="space-y-4">
      <ActionFeedback state={state} />
      {state.status === "success" ? (
        <p role="status" className="text-sm">
          {state.message}
        </p>
      ) : (
        <p className="text-sm text-muted-foreground">
          We&apos;ll email a link to <span className="font-medium break-all">{email}</span>.
        </p>
      )}
      <SubmitButton variant="outline" pendingLabel="Sending…">
        Email me a link to set a password
      </SubmitButton>
    </form>
  );
}
