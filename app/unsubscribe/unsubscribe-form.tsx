"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { unsubscribeAction } from "./actions";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";

export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations("unsubscribe");
  const [state, action] = useActionState(unsubscribeAction, idle);
  if (state.status === "success")
    return (
      <p role="status">
        {state.message} {t("changeAnyTime")}
      </p>
    );
  return (
    <form action={action} className="space-y-3">
      <ActionFeedback state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
