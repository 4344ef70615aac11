"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { MailCheck } from "lucide-react";
import { forgotPasswordAction } from "../password-actions";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(forgotPasswordAction, idle);
  const t = useTranslations("auth");
  // After a send, the answer replaces the form until the member asks to send again.
  const [dismissed, setDismissed] = useState<unknown>(null);
  if (state.status === "success" && dismissed !== state) {
    return (
      <div className="space-y-4">
        <div role="status" className="flex gap-3 rounded-md border bg-muted/40 px-3 py-3 text-sm">
          <MailCheck aria-hidden className="mt-0.5 size-5 shrink-0 text-primary" />
          <p>{state.message}</p>
        </div>
        <p className="text-sm text-muted-foreground">{t("forgot.nothingAfter")}</p>
        <div className="flex flex-wrap gap-3">
          <Button type="button" variant="outline" onClick={() => setDismissed(state)}>
            {t("forgot.sendAnother")}
          </Button>
          <Button asChild variant="ghost">
            <Link href="/sign-in">{t("forgot.backToSignIn")}</Link>
          </Button>
        </div>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <ActionFeedback state={state.status === "success" ? idle : state} />
      <FormField
        id="email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        defaultValue={valueAfter(state, "email")}
        errors={errorsFor(state, "email")}
      />
      <SubmitButton className="w-full" pendingLabel={t("forgot.pending")}>
        {t("forgot.submit")}
      </SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        {t("forgot.remembered")}{" "}
        <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
          {t("forgot.signIn")}
        </Link>
      </p>
    </form>
  );
}
