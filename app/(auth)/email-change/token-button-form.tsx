"use client";

import { useActionState, type ReactNode } from "react";
import Link from "next/link";
import type { ActionState } from "@/lib/http/action-state";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * One button that uses an emailed link. The page never uses a link on opening it (mail scanners open links too);
 * the member's click does. A link that died meanwhile says why and offers what to do next.
 */
export function TokenButtonForm({
  token,
  action,
  children,
  pendingLabel,
  variant,
  deadLinkHelp,
}: {
  token: string;
  action: (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;
  children: ReactNode;
  pendingLabel: string;
  variant?: "default" | "destructive";
  deadLinkHelp: { href: string; label: string };
}) {
  const [state, formAction] = useActionState(action, idle);
  return (
    <form action={formAction} className="space-y-4">
      <ActionFeedback state={state} />
      {errorsFor(state, "token") ? (
        <p className="text-sm">
          <Link href={deadLinkHelp.href} className="font-medium text-primary underline-offset-4 hover:underline">
            {deadLinkHelp.label}
          </Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <SubmitButton className="w-full" variant={variant} pendingLabel={pendingLabel}>
        {children}
      </SubmitButton>
    </form>
  );
}
