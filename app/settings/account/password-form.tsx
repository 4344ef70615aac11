"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "./actions";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations("account.password");
  const [state, action] = useActionState(changePasswordAction, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ActionFeedback state={state} />
      {/* Lets a password manager file the new password under the right account. */}
      <input type="text" autoComplete="username" value={email} readOnly hidden />
      <FormField
        id="currentPassword"
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        errors={errorsFor(state, "currentPassword")}
      />
      <FormField
        id="newPassword"
        name="newPassword"
        type="password"
        label={t("newPassword")}
        autoComplete="new-password"
        description={t("newPasswordHint")}
        required
        errors={errorsFor(state, "newPassword")}
      />
      <FormField
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        label={t("confirmPassword")}
        autoComplete="new-password"
        required
        errors={errorsFor(state, "confirmPassword")}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
