"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestExportAction } from "./actions";
import { IdentityField } from "./identity-field";

/** Asks for an archive. The member confirms it is them first: a stolen session must not take a copy of their data. */
export function ExportForm({
  again = false,
  hasPassword,
  email,
}: {
  /** An archive was asked for before (and expired or failed): "Prepare a new archive". */
  again?: boolean;
  hasPassword: boolean;
  email: string;
}) {
  const t = useTranslations("settings.privacy");
  const [state, action] = useActionState(requestExportAction, idle);
  return (
    <form action={action} className="space-y-3" noValidate>
      <ActionFeedback state={state} />
      <IdentityField
        id="export-confirmation"
        state={state}
        hasPassword={hasPassword}
        email={email}
        why={t("exportWhy")}
      />
      <SubmitButton variant="outline" pendingLabel={t("asking")}>
        {again ? t("exportAgain") : t("exportSubmit")}
      </SubmitButton>
    </form>
  );
}
