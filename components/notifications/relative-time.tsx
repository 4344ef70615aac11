"use client";

import { useSyncExternalStore } from "react";
import { useLocale, useTranslations } from "next-intl";
import { DATE_TIME, formatDate } from "@/lib/time";
import { useReaderTimeZone } from "@/components/reader-time-zone";

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 31_536_000],
  ["month", 2_592_000],
  ["week", 604_800],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
];

/** "5 minutes ago", "hace 5 minutos", "قبل ٥ دقائق"; under a minute, `justNow` ("just now"). */
export function formatRelative(iso: string, now: number, locale = "en", justNow = "just now"): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale === "en-XA" ? "en" : locale, { numeric: "auto" });
  for (const [unit, size] of UNITS) if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  return justNow;
}

/** "5 minutes ago", with the exact time for assistive technology and on hover; stable until hydrated. */
function subscribeToMinutes(onChange: () => void) {
  const t = setInterval(onChange, 30_000);
  return () => clearInterval(t);
}

export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  // The server renders the exact time; the browser switches to "5 minutes ago" and keeps it fresh.
  const minute = useSyncExternalStore(
    subscribeToMinutes,
    () => Math.floor(Date.now() / 60_000),
    () => null,
  );
  const zone = useReaderTimeZone();
  const locale = useLocale();
  const t = useTranslations("notificationsPage");
  const now = minute === null ? null : minute * 60_000;
  const exact = formatDate(iso, zone, DATE_TIME, locale);
  return (
    <time dateTime={iso} title={exact} className={className}>
      {now === null ? exact : formatRelative(iso, now, locale, t("justNow"))}
    </time>
  );
}
