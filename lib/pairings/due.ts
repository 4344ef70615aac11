// Pure: a step's due instant as a reader sees it, in their own time zone (decision 015). Importable by components.
// TODO(merge): move into lib/time.ts (its zone validation and reader formatting); callers keep `dueLabel`.

const LOCALE = "en";

/** A formatter in the zone, or in UTC when the zone is unknown (a stale or mistyped profile must not break a page). */
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(LOCALE, { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: "UTC" });
  }
}

/** The calendar day an instant falls on in a zone, as YYYY-MM-DD. */
export function calendarDay(at: Date, timeZone: string): string {
  const parts = formatter(timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** "Mon, Dec 15": the day an instant falls on in a zone. */
export const dayIn = (at: Date, timeZone: string) =>
  formatter(timeZone, { weekday: "short", month: "short", day: "numeric" }).format(at);

/** "Mon, Dec 15, 11:59 PM": the day and the time of an instant in a zone. */
export const dayAndTimeIn = (at: Date, timeZone: string) =>
  formatter(timeZone, { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" }).format(
    at,
  );

export type DueLabel = {
  /** "Mon, Dec 15"; with the time and "(your time)" when someone else's calendar day differs from the reader's. */
  text: string;
  /** When a named partner's day differs: how they read the same instant, "Mon, Dec 15, 10:00 AM for Sam". */
  partnerText: string | null;
};

/**
 * How a reader sees a due instant. Just the day while everyone concerned (`others`: the partner, or a pair for an
 * admin) is on the same calendar day; when anyone's day differs, the day alone would mislead one of them, so the
 * reader gets the time too, marked as theirs, and the named others' own reading of the same instant.
 */
export function dueLabel(
  at: Date | string,
  readerTimeZone: string,
  others: readonly { timeZone: string; name?: string }[] = [],
): DueLabel {
  const instant = typeof at === "string" ? new Date(at) : at;
  const mine = calendarDay(instant, readerTimeZone);
  const differing = others.filter((o) => calendarDay(instant, o.timeZone) !== mine);
  if (differing.length === 0) return { text: dayIn(instant, readerTimeZone), partnerText: null };
  const named = differing.filter((o) => o.name);
  return {
    text: `${dayAndTimeIn(instant, readerTimeZone)} (your time)`,
    partnerText: named.length
      ? named.map((o) => `${dayAndTimeIn(instant, o.timeZone)} for ${o.name}`).join("; ")
      : null,
  };
}
