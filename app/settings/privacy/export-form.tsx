"use client";

import { useActionState } from "react";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestExportAction } from "./actions";
import { IdentityField } from "./identity-field";

/** Asks for an archive. The member confirms it is them first: a stolen session must not take a copy of their data. */
export function ExportForm({
  label = "Prepare my archive",
  hasPassword,
  email,
}: {
  label?: string;
  hasPassword: boolean;
  email: string;
}) {
  const [state, action] = useActionState(requestExportAction, idle);
  return (
    <form action={action} className="space-y-3" noValidate>
      <ActionFeedback state={state} />
      <IdentityField
        id="export-confirmation"
        state={state}
        hasPassword={hasPassword}
        email={email}
        why="So that only you can take a copy of your data."
      />
      <SubmitButton variant="outline" pendingLabel="Asking…">
        {label}
      </SubmitButton>
    </form>
  );
}
