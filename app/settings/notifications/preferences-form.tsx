"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updatePreferencesAction } from "./actions";
import { idle } from "@/lib/http/action-state";
import type { Preference } from "@/lib/notifications/preferences";
import { ActionFeedback } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";

export function PreferencesForm({ kinds, digest }: { kinds: Preference[]; digest: boolean }) {
  const t = useTranslations("settings.notifications");
  const [state, action] = useActionState(updatePreferencesAction, idle);
  return (
    <form action={action} className="space-y-6">
      <ActionFeedback state={state} />
      <table className="w-full text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-border text-start">
            <th scope="col" className="py-2 text-start font-medium">
              {t("when")}
            </th>
            <th scope="col" className="w-20 py-2 text-center font-medium">
              {t("inApp")}
            </th>
            <th scope="col" className="w-20 py-2 text-center font-medium">
              {t("email")}
            </th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((k) => (
            <tr key={k.kind} className="border-b border-border last:border-0">
              <th scope="row" className="py-3 pe-3 text-start font-normal">
                {k.label}
                {k.security ? <span className="block text-xs text-muted-foreground">{t("securityAlways")}</span> : null}
              </th>
              <td className="text-center">
                <input
                  type="checkbox"
                  name={`${k.kind}.inApp`}
                  defaultChecked={k.inApp}
                  aria-label={t("inAppLabel", { kind: k.label })}
                  className="size-4"
                />
              </td>
              <td className="text-center">
                <input
                  type="checkbox"
                  name={`${k.kind}.email`}
                  defaultChecked={k.email}
                  disabled={k.security}
                  aria-label={t("emailLabel", { kind: k.label })}
                  className="size-4"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="flex items-start gap-3">
        <input type="checkbox" name="digest" defaultChecked={digest} className="mt-1 size-4" />
        <span>
          <span className="block font-medium">{t("digest")}</span>
          <span className="block text-sm text-muted-foreground">{t("digestHint")}</span>
        </span>
      </label>
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
