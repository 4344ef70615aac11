"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";
import type { RuleDto } from "@/lib/groups/dto";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({
  token,
  rules,
  admitsAtOnce,
}: {
  token: string;
  rules: RuleDto[];
  admitsAtOnce: boolean;
}) {
  const t = useTranslations("invite");
  const [state, action] = useActionState(acceptInvitationAction, idle);
  const rulesError = errorsFor(state, "acceptRules");
  return (
    <form action={action} className="space-y-4" noValidate>
      <ActionFeedback state={state} />
      <input type="hidden" name="token" value={token} />
      {rules.length > 0 ? (
        <div className="space-y-2">
          <h2 className="font-medium">{t("rules")}</h2>
          <ol className="list-decimal space-y-1 ps-5 text-sm">
            {rules.map((r) => (
              <li key={r.id} dir="auto">
                <span className="font-medium">{r.title}</span>
                {r.body ? <span className="text-muted-foreground"> — {r.body}</span> : null}
              </li>
            ))}
          </ol>
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="acceptRules"
              className="mt-0.5"
              aria-invalid={rulesError ? true : undefined}
              aria-describedby={rulesError ? "accept-rules-error" : undefined}
            />
            {t("agree")}
          </label>
          {rulesError ? (
            <p id="accept-rules-error" className="text-sm text-destructive">
              {rulesError.join(" ")}
            </p>
          ) : null}
        </div>
      ) : null}
      <p className="text-sm text-muted-foreground">{admitsAtOnce ? t("joinAtOnce") : t("review")}</p>
      <SubmitButton pendingLabel={t("accepting")}>{t("accept")}</SubmitButton>
    </form>
  );
}
