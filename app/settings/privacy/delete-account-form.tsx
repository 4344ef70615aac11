"use client";

import { useActionState } from "react";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { clearChatStorage } from "@/components/chat/clear-chat-storage";
import { requestDeletionAction } from "./actions";

/** The last step: the member proves it is them, by their password or (provider-only accounts) their address. */
export function DeleteAccountForm({ hasPassword, email }: { hasPassword: boolean; email: string }) {
  const [state, action] = useActionState(requestDeletionAction, idle);
  return (
    <form action={action} onSubmit={() => clearChatStorage()} className="space-y-4" noValidate>
      <ActionFeedback state={state} />
      {hasPassword ? (
        <FormField
          id="delete-confirmation"
          name="confirmation"
          type="password"
          label="Your password"
          autoComplete="current-password"
          required
          errors={errorsFor(state, "confirmation")}
          description="To be sure it's you."
        />
      ) : (
        <FormField
          id="delete-confirmation"
          name="confirmation"
          type="email"
          label="Your email address"
          autoComplete="off"
          spellCheck={false}
          required
          errors={errorsFor(state, "confirmation")}
          description={
            <>
              Type <span className="font-medium text-foreground">{email}</span> to confirm.
            </>
          }
        />
      )}
      <SubmitButton variant="destructive" pendingLabel="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  );
}
