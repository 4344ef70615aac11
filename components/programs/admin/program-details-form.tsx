"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/http/action-state";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";
import { ProgramDetailsFields } from "./program-details-fields";
import { detailsPayload, type DetailsDraft } from "./program-details-draft";

type Action = (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/** The Details tab: the program's details, saved together. Read-only once the program is archived. */
export function ProgramDetailsForm({
  action,
  initial,
  readOnly,
}: {
  action: Action;
  initial: DetailsDraft;
  readOnly: boolean;
}) {
  const t = useTranslations("programEditor.details");
  const [state, formAction] = useActionState(action, idle);
  const [values, setValues] = useState<DetailsDraft>(initial);
  return (
    <form action={formAction} onReset={(e) => e.preventDefault()} className="space-y-6" noValidate>
      <ActionFeedback state={state} />
      <input type="hidden" name="json" value={JSON.stringify(detailsPayload(values))} />
      <fieldset disabled={readOnly} className="space-y-6 disabled:opacity-70">
        <legend className="sr-only">{t("legend")}</legend>
        <ProgramDetailsFields
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          fields={state.status === "error" ? state.fields : {}}
        />
        {readOnly ? null : (
          <div className="border-t border-border pt-5">
            <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
          </div>
        )}
      </fieldset>
    </form>
  );
}
