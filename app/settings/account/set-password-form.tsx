"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestPasswordSetLinkAction } from "./actions";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";

/** An account without a password sets its first one through a link to its address, as a reset does. */
export function SetPasswordForm({ email }: { email: string }) {
  const t = useTranslations("account.password");
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
          {t.rich("setLinkTo", { email, b: (chunks) => <span className="font-medium break-all">{chunks}</span> })}
        </p>
      )}
      <SubmitButton variant="outline" pendingLabel={t("setLinkSending")}>
        {t("setLinkSubmit")}
      </SubmitButton>
    </form>
  );
}
