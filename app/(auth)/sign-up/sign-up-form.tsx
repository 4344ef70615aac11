"use client";

import { useActionState, useSyncExternalStore } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { signUpAction } from "../actions";
import { idle } from "@/lib/http/action-state";
import { runtimeTimeZone, zoneName } from "@/lib/time";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

const noSubscribe = () => () => {};

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(signUpAction, idle);
  const t = useTranslations("auth");
  // The new account starts in the browser's zone (empty until hydrated: the server then falls back to UTC).
  const timeZone = useSyncExternalStore(noSubscribe, runtimeTimeZone, () => null);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ActionFeedback state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="timeZone" value={timeZone ?? ""} />
      <FormField
        id="name"
        name="name"
        label={t("signUp.name")}
        autoComplete="name"
        required
        defaultValue={valueAfter(state, "name")}
        errors={errorsFor(state, "name")}
      />
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
        autoComplete="new-password"
        required
        description={t("signUp.passwordHint")}
        errors={errorsFor(state, "password")}
      />
      {timeZone ? (
        <p className="text-sm text-muted-foreground">{t("signUp.timeZone", { zone: zoneName(timeZone) })}</p>
      ) : null}
      <SubmitButton className="w-full" pendingLabel={t("signUp.pending")}>
        {t("signUp.submit")}
      </SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        {t("signUp.haveAccount")}{" "}
        <Link
          href={callbackUrl === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-medium text-primary underline-offset-4 hover:underline"
        >
          {t("signUp.signIn")}
        </Link>
      </p>
    </form>
  );
}
