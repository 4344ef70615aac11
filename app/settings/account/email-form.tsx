"use client";

import { useActionState } from "react";
import { MailQuestion } from "lucide-react";
import { useTranslations } from "next-intl";
import { requestEmailChangeAction } from "./actions";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

export function EmailForm({ pendingEmail, hasPassword }: { pendingEmail: string | null; hasPassword: boolean }) {
  const t = useTranslations("account.email");
  const [state, action] = useActionState(requestEmailChangeAction, idle);
  const pending = state.status === "success" ? state.data.pendingEmail : pendingEmail;
  return (
    <div className="space-y-5">
      {pending ? (
        <div role="status" className="flex gap-3 rounded-md border bg-muted/40 px-3 py-3 text-sm">
          <MailQuestion aria-hidden className="mt-0.5 size-5 shrink-0 text-primary" />
          <p>
            {t.rich("waiting", {
              email: pending,
              b: (chunks) => <span className="font-medium break-all">{chunks}</span>,
            })}
          </p>
        </div>
      ) : null}
      {hasPassword ? (
        // Keyed by the last success, so a sent form comes back empty.
        <form key={state.status === "success" ? pending : "form"} action={action} className="space-y-4" noValidate>
          <ActionFeedback state={state} />
          <FormField
            id="newEmail"
            name="newEmail"
            type="email"
            label={t("newEmail")}
            autoComplete="email"
            required
            defaultValue={valueAfter(state, "newEmail")}
            errors={errorsFor(state, "newEmail")}
            description={t("newEmailHint")}
          />
          <FormField
            id="email-currentPassword"
            name="currentPassword"
            type="password"
            label={t("currentPassword")}
            autoComplete="current-password"
            required
            errors={errorsFor(state, "currentPassword")}
          />
          <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
        </form>
      ) : (
        <p className="text-sm text-muted-foreground">{t("setPasswordFirst")}</p>
      )}
    </div>
  );
}
