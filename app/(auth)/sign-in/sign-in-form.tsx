"use client";

import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { signInAction } from "../actions";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(signInAction, idle);
  const t = useTranslations("auth");
  return (
    <form action={action} className="space-y-4" noValidate>
      <ActionFeedback state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
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
      <FormField
        id="password"
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        errors={errorsFor(state, "password")}
      />
      <p className="-mt-2 text-end text-sm">
        <Link href="/forgot-password" className="font-medium text-primary underline-offset-4 hover:underline">
          {t("signIn.forgot")}
        </Link>
      </p>
      <SubmitButton className="w-full" pendingLabel={t("signIn.pending")}>
        {t("signIn.submit")}
      </SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        {t("signIn.newHere")}{" "}
        <Link
          href={callbackUrl === "/" ? "/sign-up" : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-medium text-primary underline-offset-4 hover:underline"
        >
          {t("signIn.createAccount")}
        </Link>
      </p>
    </form>
  );
}
