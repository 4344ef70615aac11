"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setProfileLanguageAction } from "./actions";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { FormSelect } from "@/components/ui/form-select";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";

/** The language Kinship speaks to this member: each offered language, named in itself (as the footer names them). */
export function LanguageForm({
  current,
  languages,
}: {
  current: string;
  languages: { value: string; name: string }[];
}) {
  const t = useTranslations("settings.language");
  const [state, action] = useActionState(setProfileLanguageAction, idle);
  const errors = errorsFor(state, "locale");
  return (
    <form action={action} className="space-y-3" noValidate>
      <ActionFeedback state={state} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="grid flex-1 gap-2">
          <Label htmlFor="locale">{t("label")}</Label>
          <FormSelect
            id="locale"
            name="locale"
            defaultValue={current}
            aria-invalid={errors ? true : undefined}
            aria-describedby={errors ? "locale-error" : undefined}
          >
            {languages.map((language) => (
              <option key={language.value} value={language.value} lang={language.value}>
                {language.name}
              </option>
            ))}
          </FormSelect>
          {errors ? (
            <p id="locale-error" className="text-sm text-destructive">
              {errors.join(" ")}
            </p>
          ) : null}
        </div>
        <SubmitButton variant="outline" pendingLabel={t("saving")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
