"use client";

import { useActionState } from "react";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestExportAction } from "./actions";

export function ExportForm({ label = "Prepare my archive" }: { label?: string }) {
  const [state, action] = useActionState(requestExportAction, idle);
  return (
    <form action={action} className="space-y-3">
      <ActionFeedback state={state} />
      <SubmitButton variant="outline" pendingLabel="Asking…">
        {label}
      </SubmitButton>
    </form>
  );
}
