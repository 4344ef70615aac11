"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { MailWarning } from "lucide-react";
import type { ActionState } from "@/lib/http/action-state";
import { SubmitButton } from "@/components/ui/submit-button";

type ResendAction = (state: ActionState<null>, formData: FormData) => Promise<ActionState<null>>;

/** Across the app for a member who has not confirmed their address yet: what it is for, and a way to get the link. */
export function VerifyEmailBanner({ email, action }: { email: string; action: ResendAction }) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const t = useTranslations("shell");
  return (
    <section
      aria-label={t("verifyBannerLabel")}
      className="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-900 dark:bg-amber-950/40 dark:text-amber-50"
    >
      <div className="mx-auto flex w-full max-w-6xl flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="flex items-start gap-2 text-sm">
          <MailWarning className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          <span>
            <strong className="font-semibold">{t("verifyBannerLead")}</strong> {t("verifyBannerBody", { email })}
          </span>
        </p>
        <form action={formAction} className="flex flex-col gap-1 sm:items-end">
          <SubmitButton
            size="sm"
            variant="outline"
            pendingLabel={t("sending")}
            className="bg-background text-foreground"
          >
            {t("resendEmail")}
          </SubmitButton>
          <p aria-live="polite" className="text-sm empty:sr-only" data-testid="verify-banner-feedback">
            {state.status === "idle" ? null : state.message}
          </p>
        </form>
      </div>
    </section>
  );
}
