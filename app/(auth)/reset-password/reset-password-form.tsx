"use client";

import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "../password-actions";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(resetPasswordAction, idle);
  const t = useTranslations("auth.reset");
  // The link died while the form was open (used in another tab, expired): offer a new one.
  const linkDead = errorsFor(state, "token") !== undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <ActionFeedback state={state} />
      {linkDead ? (
        <p className="text-sm">
          <Link href="/forgot-password" className="font-medium text-primary underline-offset-4 hover:underline">
            {t("newLink")}
          </Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      {/* Lets a password manager file the new password under the right account. */}
      <input type="text" autoComplete="username" value={email} readOnly hidden />
      <FormField
        id="password"
        name="password"
        type="password"
        label={t("newPassword")}
        autoComplete="new-password"
        description={t("passwordHint")}
        required
        errors={errorsFor(state, "password")}
      />
      <FormField
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        label={t("confirm")}
        autoComplete="new-password"
        required
        errors={errorsFor(state, "confirmPassword")}
      />
      <p className="text-sm text-muted-foreground">{t("signsOut")}</p>
      <SubmitButton className="w-full" pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
