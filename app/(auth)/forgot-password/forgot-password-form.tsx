"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { MailCheck } from "lucide-react";
import { forgotPasswordAction } from "../password-actions";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor, valueAfter } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(forgotPasswordAction, idle);
  // After a send, the answer replaces the form until the member asks to send again.
  const [dismissed, setDismissed] = useState<unknown>(null);
  if (state.status === "success" && dismissed !== state) {
    return (
      <div className="space-y-4">
        <div role="status" className="flex gap-3 rounded-md border bg-muted/40 px-3 py-3 text-sm">
          <MailCheck aria-hidden className="mt-0.5 size-5 shrink-0 text-primary" />
          <p>{state.message}</p>
        </div>
        <p className="text-sm text-muted-foreground">
          Nothing after a few minutes? Check your spam folder, or make sure you typed the address you signed up with.
        </p>
        <div className="flex flex-wrap gap-3">
          <Button type="button" variant="outline" onClick={() => setDismissed(state)}>
            Send another link
          </Button>
          <Button asChild variant="ghost">
            <Link href="/sign-in">Back to sign in</Link>
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
        label="Email"
        autoComplete="email"
        required
        defaultValue={valueAfter(state, "email")}
        errors={errorsFor(state, "email")}
      />
      <SubmitButton className="w-full" pendingLabel="Sending…">
        Email me a link
      </SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium text-primary underline-offset-4 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
