"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { confirmEmailAction } from "./actions";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * A button that posts, not the link itself: mail scanners open links, and only a person confirms. The member also
 * gives their password, if the account has one (decision 018).
 */
export function ConfirmForm({
  token,
  next,
  email,
  askPassword,
  signedIn,
}: {
  token: string;
  next: string;
  email: string;
  askPassword: boolean;
  signedIn: boolean;
}) {
  const t = useTranslations("account.verifyEmail");
  const [state, action] = useActionState(confirmEmailAction, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ActionFeedback state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="next" value={next} />
      {/* Lets password managers offer the right saved password. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      {askPassword ? (
        <FormField
          id="password"
          name="password"
          type="password"
          label={t("password")}
          autoComplete="current-password"
          required
          description={t("passwordHint")}
          errors={errorsFor(state, "password")}
        />
      ) : null}
      <SubmitButton className="w-full" pendingLabel={t("confirming")}>
        {signedIn ? t("confirmMine") : t("confirmAndSignIn")}
      </SubmitButton>
    </form>
  );
}
