"use client";

import { useTranslations } from "next-intl";
import { CheckCheck } from "lucide-react";
import { SubmitButton } from "@/components/ui/submit-button";
import { cn } from "@/lib/utils/cn";
import type { Row } from "./cohort-draft";

/** The draft's summary and its one button: the ticked pairs, sent together. Stays in view while scrolling. */
export function ConfirmBar({
  total,
  kept,
  blocked,
  onIncludeAll,
  action,
}: {
  total: number;
  kept: Row[];
  /** A pair can't be made as it stands (a mentor over their places): fix it first. */
  blocked: boolean;
  onIncludeAll: (included: boolean) => void;
  action: (formData: FormData) => void;
}) {
  const t = useTranslations("cohort.bar");
  const n = kept.length;
  const pairs = kept.map((r) => ({
    menteeApplicationId: r.menteeId,
    mentorApplicationId: r.mentorId,
    introduction: r.introduction,
  }));
  return (
    <div className="sticky top-16 z-20 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-border bg-card p-3 shadow-sm">
      <label className="flex items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          className="size-4"
          checked={total > 0 && n === total}
          onChange={(e) => onIncludeAll(e.target.checked)}
        />
        {t("tickAll")}
      </label>
      {/* On phones the bar keeps to one line: the tick box and the button (the count is on the button). */}
      <p className={cn("text-sm text-muted-foreground", !blocked && "max-sm:sr-only")} aria-live="polite">
        {blocked ? t("blocked") : t("ticked", { ticked: n, total })}
      </p>
      <form action={action}>
        <input type="hidden" name="json" value={JSON.stringify({ pairs })} />
        <SubmitButton disabled={n === 0 || blocked} pendingLabel={t("confirming", { count: n })}>
          <CheckCheck aria-hidden />
          {t("confirm", { count: n })}
        </SubmitButton>
      </form>
    </div>
  );
}
