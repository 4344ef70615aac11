import { CalendarClock } from "lucide-react";
import { useTranslations } from "next-intl";
import type { DueLabel } from "@/lib/pairings/due";
import { cn } from "@/lib/utils/cn";

/**
 * A step's due instant as the reader sees it: "Due Mon, Dec 15", or with the time "(your time)" when the partner's
 * day differs, followed by how the partner reads the same instant (decision 015), so neither is a day out.
 */
export function DueDate({
  iso,
  label,
  showPartner = true,
  className,
}: {
  iso: string;
  label: DueLabel;
  /** The partner's reading too, where it differs (the current step; once per page is enough for the rest). */
  showPartner?: boolean;
  className?: string;
}) {
  const t = useTranslations("pairings.due");
  return (
    <p className={cn("flex items-start gap-1.5 text-sm", className)}>
      <CalendarClock aria-hidden className="mt-0.5 size-4 shrink-0 opacity-70" />
      <span>
        {t.rich("prefix", { date: label.text, time: (chunks) => <time dateTime={iso}>{chunks}</time> })}
        {showPartner && label.partnerText ? (
          <span className="block text-muted-foreground">{t("partner", { text: label.partnerText })}</span>
        ) : null}
      </span>
    </p>
  );
}
