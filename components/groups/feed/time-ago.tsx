"use client";

import { DATE_TIME, formatDate } from "@/lib/time";
import { useReaderTimeZone } from "@/components/reader-time-zone";

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto", style: "short" });

function describe(date: Date, now: Date, zone: string | null): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return "just now";
  if (abs < 3600) return relative.format(Math.round(seconds / 60), "minute");
  if (abs < 86400) return relative.format(Math.round(seconds / 3600), "hour");
  if (abs < 7 * 86400) return relative.format(Math.round(seconds / 86400), "day");
  return formatDate(date, zone);
}

/**
 * "5 min. ago" with the exact moment in `dateTime` and the tooltip, in the reader's zone. The server and the
 * browser may render a different "now" (and, for a visitor, zone), so the text is allowed to differ at hydration.
 */
export function TimeAgo({ iso, className }: { iso: string; className?: string }) {
  const zone = useReaderTimeZone();
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={formatDate(date, zone, DATE_TIME)} className={className} suppressHydrationWarning>
      {describe(date, new Date(), zone)}
    </time>
  );
}

/** A full date and time, for "muted until …" and the like. */
export function DateTimeText({ iso }: { iso: string }) {
  const zone = useReaderTimeZone();
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {formatDate(iso, zone, DATE_TIME)}
    </time>
  );
}
