"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";
import { clearChatStorage } from "@/components/chat/clear-chat-storage";
import { requestDeletionAction } from "./actions";
import { IdentityField } from "./identity-field";

/** The last step: the member proves it is them, by their password or (provider-only accounts) their address. */
export function DeleteAccountForm({ hasPassword, email }: { hasPassword: boolean; email: string }) {
  const t = useTranslations("settings.privacy");
  const [state, action] = useActionState(requestDeletionAction, idle);
  return (
    <form action={action} onSubmit={() => clearChatStorage()} className="space-y-4" noValidate>
      <ActionFeedback state={state} />
      <IdentityField
        id="delete-confirmation"
        state={state}
        hasPassword={hasPassword}
        email={email}
        why={t("deleteWhy")}
      />
      <SubmitButton variant="destructive" pendingLabel={t("deleting")}>
        {t("deleteSubmit")}
      </SubmitButton>
    </form>
  );
}
