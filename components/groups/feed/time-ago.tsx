"use client";

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto", style: "short" });
const full = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

function describe(date: Date, now: Date): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return "just now";
  if (abs < 3600) return relative.format(Math.round(seconds / 60), "minute");
  if (abs < 86400) return relative.format(Math.round(seconds / 3600), "hour");
  if (abs < 7 * 86400) return relative.format(Math.round(seconds / 86400), "day");
  return dateOnly.format(date);
}

/**
 * "5 min. ago" with the exact moment in `dateTime` and the tooltip. The server and the browser may render a
 * different "now" and time zone, so the text is allowed to differ at hydration.
 */
export function TimeAgo({ iso, className }: { iso: string; className?: string }) {
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={full.format(date)} className={className} suppressHydrationWarning>
      {describe(date, new Date())}
    </time>
  );
}

/** A full date and time, for "muted until …" and the like. */
export function DateTimeText({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {full.format(new Date(iso))}
    </time>
  );
}
