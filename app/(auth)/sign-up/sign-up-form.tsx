"use client";

import { useActionState, useSyncExternalStore } from "react";
import Link from "next/link";
import { signUpAction } from "../actions";
import { idle } from "@/lib/http/action-state";
import { runtimeTimeZone, zoneName } from "@/lib/time";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

const noSubscribe = () => () => {};

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(signUpAction, idle);
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
        label="Name"
        autoComplete="name"
        required
        defaultValue={valueAfter(state, "name")}
        errors={errorsFor(state, "name")}
      />
      <FormField
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        required
        defaultValue={valueAfter(state, "email")}
        errors={errorsFor(state, "email")}
      />
      <FormField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        required
        description="At least 10 characters. A short sentence is easy to remember."
        errors={errorsFor(state, "password")}
      />
      {timeZone ? (
        <p className="text-sm text-muted-foreground">
          Times will show in {zoneName(timeZone)}, your browser&apos;s time zone. You can change it on your profile.
        </p>
      ) : null}
      <SubmitButton className="w-full" pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        Already have an account?{" "}
        <Link
          href={callbackUrl === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-medium text-primary underline-offset-4 hover:underline"
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
