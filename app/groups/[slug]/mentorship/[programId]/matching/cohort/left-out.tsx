"use client";

import { useTranslations } from "next-intl";
import { Undo2, UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Mentees outside the draft: pairs the admin removed (to put back), and those the draft found no mentor for. */
export function LeftOut({
  removed,
  unmatched,
  onPutBack,
  onChoose,
}: {
  removed: { id: string; name: string }[];
  unmatched: { applicationId: string; name: string }[];
  onPutBack: (menteeId: string) => void;
  onChoose: (menteeId: string) => void;
}) {
  const t = useTranslations("cohort.leftOut");
  if (!removed.length && !unmatched.length) return null;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {removed.length ? (
        <section aria-labelledby="removed-heading" className="space-y-2 rounded-lg border border-border bg-card p-4">
          <h3 id="removed-heading" className="font-semibold">
            {t("removed", { count: removed.length })}
          </h3>
          <ul className="divide-y divide-border">
            {removed.map((m) => (
              <li key={m.id} className="flex items-center justify-between gap-2 py-2">
                <span dir="auto">{m.name}</span>
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  onClick={() => onPutBack(m.id)}
                  aria-label={t("putBackLabel", { name: m.name })}
                >
                  <Undo2 aria-hidden className="rtl:-scale-x-100" />
                  {t("putBack")}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {unmatched.length ? (
        <section aria-labelledby="unmatched-heading" className="space-y-2 rounded-lg border border-border bg-card p-4">
          <h3 id="unmatched-heading" className="font-semibold">
            {t("unmatched", { count: unmatched.length })}
          </h3>
          <p className="text-sm text-muted-foreground">{t("unmatchedBody")}</p>
          <ul className="divide-y divide-border">
            {unmatched.map((m) => (
              <li key={m.applicationId} className="flex items-center justify-between gap-2 py-2">
                <span dir="auto">{m.name}</span>
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  onClick={() => onChoose(m.applicationId)}
                  aria-label={t("chooseLabel", { name: m.name })}
                >
                  <UserPlus aria-hidden />
                  {t("choose")}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
