"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { markAllReadAction } from "./actions";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";

export function MarkAllReadButton() {
  const t = useTranslations("notificationsPage");
  const [state, action] = useActionState(markAllReadAction, idle);
  return (
    <form action={action}>
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("marking")}>
        {t("markAll")}
      </SubmitButton>
      <ActionFeedback state={state} />
    </form>
  );
}
