"use client";

import { useTranslations } from "next-intl";
import type { ProgramTemplate, Template } from "@/lib/programs/templates";
import { FieldError } from "./field-error";

/** The templates as radio cards: what each is for, how long it runs and the steps it starts with. */
export function TemplatePicker({
  templates,
  value,
  onChange,
  errors,
}: {
  /** In the admin's language; English by default. */
  templates: Template[];
  value: ProgramTemplate;
  onChange: (key: ProgramTemplate) => void;
  errors?: string[];
}) {
  const t = useTranslations();
  // Template names, summaries and step titles come from lib/programs/templates.ts (translated with the templates).
  const weeksLabel = (key: ProgramTemplate, weeks: number | null) =>
    key === "CUSTOM"
      ? t("programEditor.anyLength")
      : weeks === null
        ? t("programs.openEnded")
        : t("programs.weeks", { count: weeks });
  return (
    <fieldset className="space-y-3" aria-describedby={errors?.length ? "template-error" : undefined}>
      <legend className="text-lg font-semibold">{t("programEditor.templateLegend")}</legend>
      <p className="text-sm text-muted-foreground">{t("programEditor.templateHint")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {templates.map((template) => (
          <label
            key={template.key}
            className="flex cursor-pointer gap-3 rounded-lg border border-border bg-card p-4 has-[:checked]:border-primary has-[:checked]:ring-1 has-[:checked]:ring-primary has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring"
          >
            <input
              type="radio"
              name="template-choice"
              value={template.key}
              className="mt-1 size-4 shrink-0"
              checked={value === template.key}
              onChange={() => onChange(template.key)}
              aria-describedby={`template-${template.key}-summary`}
            />
            <span className="min-w-0 space-y-2">
              <span className="flex flex-wrap items-baseline justify-between gap-x-3">
                <span className="font-medium">{template.label}</span>
                <span className="text-xs text-muted-foreground">{weeksLabel(template.key, template.lengthWeeks)}</span>
              </span>
              <span id={`template-${template.key}-summary`} className="block text-sm text-muted-foreground">
                {template.summary}
              </span>
              {template.steps.length ? (
                <span className="block text-xs text-muted-foreground">
                  <span className="sr-only">{t("programEditor.templateSteps")}</span>
                  {template.steps.map((s) => s.title).join(" · ")}
                </span>
              ) : (
                <span className="block text-xs text-muted-foreground">{t("programEditor.noSteps")}</span>
              )}
            </span>
          </label>
        ))}
      </div>
      <FieldError id="template-error" errors={errors} />
    </fieldset>
  );
}
