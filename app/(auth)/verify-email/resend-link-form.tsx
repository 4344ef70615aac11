"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { resendFromLinkAction } from "./actions";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";

/** "Send a new link" for a dead link: the new one goes to the account's address, and says so here. */
export function ResendLinkForm({ token, next }: { token: string; next: string }) {
  const t = useTranslations("account.verifyEmail");
  const [state, action] = useActionState(resendFromLinkAction, idle);
  return (
    <form action={action} className="space-y-3">
      <ActionFeedback state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="next" value={next} />
      {state.status === "success" ? (
        <p role="status" className="rounded-md border border-primary/30 bg-primary/5 px-3 py-2 text-sm">
          {state.message}
        </p>
      ) : (
        <SubmitButton className="w-full" pendingLabel={t("sending")}>
          {t("sendNew")}
        </SubmitButton>
      )}
    </form>
  );
}
