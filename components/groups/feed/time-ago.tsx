"use client";

import { useLocale, useTranslations } from "next-intl";
import { DATE_TIME, formatDate } from "@/lib/time";
import { useReaderTimeZone } from "@/components/reader-time-zone";

const relatives = new Map<string, Intl.RelativeTimeFormat>();

/** One cached formatter per language: "5 min. ago", "hace 5 min", "قبل ٥ دقائق". */
function relative(locale: string): Intl.RelativeTimeFormat {
  let format = relatives.get(locale);
  if (!format) {
    // The pseudo-locale has no CLDR data of its own: it reads as English.
    format = new Intl.RelativeTimeFormat(locale === "en-XA" ? "en" : locale, { numeric: "auto", style: "short" });
    relatives.set(locale, format);
  }
  return format;
}

function describe(date: Date, now: Date, zone: string | null, locale: string, justNow: string): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  const format = relative(locale);
  if (abs < 60) return justNow;
  if (abs < 3600) return format.format(Math.round(seconds / 60), "minute");
  if (abs < 86400) return format.format(Math.round(seconds / 3600), "hour");
  if (abs < 7 * 86400) return format.format(Math.round(seconds / 86400), "day");
  return formatDate(date, zone, undefined, locale);
}

/**
 * "5 min. ago" with the exact moment in `dateTime` and the tooltip, in the reader's zone and language. The server
 * and the browser may render a different "now" (and, for a visitor, zone), so the text may differ at hydration.
 */
export function TimeAgo({ iso, className }: { iso: string; className?: string }) {
  const zone = useReaderTimeZone();
  const locale = useLocale();
  const t = useTranslations("feed.time");
  const date = new Date(iso);
  return (
    <time
      dateTime={iso}
      title={formatDate(date, zone, DATE_TIME, locale)}
      className={className}
      suppressHydrationWarning
    >
      {describe(date, new Date(), zone, locale, t("justNow"))}
    </time>
  );
}

/** A full date and time, for "muted until …" and the like. */
export function DateTimeText({ iso }: { iso: string }) {
  const zone = useReaderTimeZone();
  const locale = useLocale();
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {formatDate(iso, zone, DATE_TIME, locale)}
    </time>
  );
}
