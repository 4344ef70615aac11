"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/http/action-state";
import { idle } from "@/lib/http/action-state";
import type { ProgramTemplate, Template } from "@/lib/programs/templates";
import { ActionFeedback } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";
import { ProgramDetailsFields } from "./program-details-fields";
import { detailsPayload, toDetailsDraft, type DetailsDraft } from "./program-details-draft";
import { TemplatePicker } from "./template-picker";

type Action = (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/**
 * A new program: a template, then its details, in one form. Switching templates refills the details the admin has
 * not changed yet and keeps the ones they typed.
 */
export function NewProgramForm({
  action,
  templates,
}: {
  action: Action;
  /**
   * The templates in the admin's language (`templatesFor(locale)`), in the picker's order. Passed in rather than
   * imported, so the browser's bundle does not carry lib/programs/templates.ts and its English catalogue.
   */
  templates: Record<ProgramTemplate, Template>;
}) {
  const draftFor = (key: ProgramTemplate): DetailsDraft =>
    toDetailsDraft({ ...templates[key], allowDualRole: false, acceptWhileRunning: false, topics: [] });
  const [state, formAction] = useActionState(action, idle);
  const [template, setTemplate] = useState<ProgramTemplate>("LEARN_THE_ROPES");
  const [values, setValues] = useState<DetailsDraft>(() => draftFor("LEARN_THE_ROPES"));
  const t = useTranslations("programEditor");
  const fields = state.status === "error" ? state.fields : {};

  const chooseTemplate = (next: ProgramTemplate) => {
    const before = draftFor(template);
    const after = draftFor(next);
    setValues((current) => {
      const merged = { ...current };
      for (const key of Object.keys(after) as (keyof DetailsDraft)[]) {
        if (JSON.stringify(current[key]) === JSON.stringify(before[key])) Object.assign(merged, { [key]: after[key] });
      }
      return merged;
    });
    setTemplate(next);
  };

  return (
    <form action={formAction} onReset={(e) => e.preventDefault()} className="space-y-8" noValidate>
      <ActionFeedback state={state} />
      <input type="hidden" name="json" value={JSON.stringify({ template, ...detailsPayload(values) })} />
      <TemplatePicker
        templates={Object.values(templates)}
        value={template}
        onChange={chooseTemplate}
        errors={fields.template}
      />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("detailsLegend")}</legend>
        <p className="text-sm text-muted-foreground">{t("detailsHint")}</p>
        <ProgramDetailsFields
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          fields={fields}
        />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3 border-t border-border pt-6">
        <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
        <p className="text-sm text-muted-foreground">{t("createNote")}</p>
      </div>
    </form>
  );
}
