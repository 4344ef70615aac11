// Pure: a step's due instant as a reader sees it, in their own time zone (decision 015). Importable by components.
import { calendarDay, formatDate } from "@/lib/time";

export { calendarDay };

/** "Mon, Dec 15": the day an instant falls on in a zone. */
export const dayIn = (at: Date, timeZone: string, locale?: string) =>
  formatDate(at, timeZone, { weekday: "short", month: "short", day: "numeric" }, locale);

/** "Mon, Dec 15, 11:59 PM": the day and the time of an instant in a zone. */
export const dayAndTimeIn = (at: Date, timeZone: string, locale?: string) =>
  formatDate(
    at,
    timeZone,
    { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" },
    locale,
  );

export type DueLabel = {
  /** "Mon, Dec 15"; with the time and "(your time)" when someone else's calendar day differs from the reader's. */
  text: string;
  /** When a named partner's day differs: how they read the same instant, "Mon, Dec 15, 10:00 AM for Sam". */
  partnerText: string | null;
};

/** The words around the dates, in the reader's language (the pair space passes its catalogue's; English by default). */
export type DueWords = {
  /** "Mon, Dec 15, 11:59 PM (your time)" */
  yourTime: (date: string) => string;
  /** "Mon, Dec 15, 10:00 AM for Sam" */
  forName: (date: string, name: string) => string;
};
const ENGLISH_WORDS: DueWords = {
  yourTime: (date) => `${date} (your time)`,
  forName: (date, name) => `${date} for ${name}`,
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
  locale?: string,
  words: DueWords = ENGLISH_WORDS,
): DueLabel {
  const instant = typeof at === "string" ? new Date(at) : at;
  const mine = calendarDay(instant, readerTimeZone);
  const differing = others.filter((o) => calendarDay(instant, o.timeZone) !== mine);
  if (differing.length === 0) return { text: dayIn(instant, readerTimeZone, locale), partnerText: null };
  const named = differing.filter((o) => o.name);
  return {
    text: words.yourTime(dayAndTimeIn(instant, readerTimeZone, locale)),
    partnerText: named.length
      ? named.map((o) => words.forName(dayAndTimeIn(instant, o.timeZone, locale), o.name!)).join("; ")
      : null,
  };
}
