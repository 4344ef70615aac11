import type { ReactNode, Ref } from "react";
import { useTranslations } from "next-intl";

/** One participant's check-in on a step: how it is going, and their reflection. */
export function CheckInEntry({
  who,
  rating,
  reflection,
  dateLabel,
  action,
  headingRef,
}: {
  who: string;
  rating: number;
  reflection: string;
  /** "Updated Mar 3, 2026". */
  dateLabel: string;
  action?: ReactNode;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
}) {
  const t = useTranslations("pairings");
  return (
    <article className="flex h-full flex-col gap-2 rounded-md border border-border bg-background p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 ref={headingRef} tabIndex={headingRef ? -1 : undefined} className="text-sm font-semibold outline-none">
          {who}
        </h4>
        <span className="rounded-full bg-secondary px-2 py-0.5 text-xs font-medium text-secondary-foreground">
          <span className="sr-only">{t("entry.howItIsGoing")}</span>
          {t("entry.score", { rating, word: t("checkInRating", { rating: String(rating) }) })}
        </span>
      </div>
      <p className="whitespace-pre-line break-words text-sm">{reflection}</p>
      <div className="mt-auto flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-muted-foreground">{dateLabel}</p>
        {action}
      </div>
    </article>
  );
}
