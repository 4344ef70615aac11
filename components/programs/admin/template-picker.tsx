"use client";

import { TEMPLATE_LIST, type ProgramTemplate, type Template } from "@/lib/programs/templates";
import { FieldError } from "./field-error";

function weeksLabel(key: ProgramTemplate, weeks: number | null) {
  if (key === "CUSTOM") return "Any length";
  return weeks === null ? "Open-ended" : `${weeks} weeks`;
}

/** The templates as radio cards: what each is for, how long it runs and the steps it starts with. */
export function TemplatePicker({
  templates = TEMPLATE_LIST,
  value,
  onChange,
  errors,
}: {
  /** In the admin's language; English by default. */
  templates?: Template[];
  value: ProgramTemplate;
  onChange: (key: ProgramTemplate) => void;
  errors?: string[];
}) {
  return (
    <fieldset className="space-y-3" aria-describedby={errors?.length ? "template-error" : undefined}>
      <legend className="text-lg font-semibold">1. Start from a template</legend>
      <p className="text-sm text-muted-foreground">
        A template fills in the steps and the application questions. You can change all of it afterwards.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        {templates.map((t) => (
          <label
            key={t.key}
            className="flex cursor-pointer gap-3 rounded-lg border border-border bg-card p-4 has-[:checked]:border-primary has-[:checked]:ring-1 has-[:checked]:ring-primary has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring"
          >
            <input
              type="radio"
              name="template-choice"
              value={t.key}
              className="mt-1 size-4 shrink-0"
              checked={value === t.key}
              onChange={() => onChange(t.key)}
              aria-describedby={`template-${t.key}-summary`}
            />
            <span className="min-w-0 space-y-2">
              <span className="flex flex-wrap items-baseline justify-between gap-x-3">
                <span className="font-medium">{t.label}</span>
                <span className="text-xs text-muted-foreground">{weeksLabel(t.key, t.lengthWeeks)}</span>
              </span>
              <span id={`template-${t.key}-summary`} className="block text-sm text-muted-foreground">
                {t.summary}
              </span>
              {t.steps.length ? (
                <span className="block text-xs text-muted-foreground">
                  <span className="sr-only">Steps: </span>
                  {t.steps.map((s) => s.title).join(" · ")}
                </span>
              ) : (
                <span className="block text-xs text-muted-foreground">No steps yet: you write them.</span>
              )}
            </span>
          </label>
        ))}
      </div>
      <FieldError id="template-error" errors={errors} />
    </fieldset>
  );
}
