import { dateParts, formatDate } from "@/lib/time";

/**
 * Dates and times of a thread in the reader's own time zone and language. English is composed from lib/time's
 * parts so the server's and the browser's renderings are the same string; other languages use their own order
 * ("sábado, 7 de marzo"), through lib/time too (which evens out the spaces that differ between ICU versions).
 */
const DAY: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit" };
const LONG: Intl.DateTimeFormatOptions = { weekday: "long", year: "numeric", month: "long", day: "numeric" };
const CLOCK: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit", hour12: true };

export type ChatClock = {
  /** "2026-03-04": which day a message belongs to, for the separators (never localised: it is a key). */
  dayKey: (iso: string | number) => string;
  /** "Tuesday, March 4" (with the year when it is not this year's), or "Today" / "Yesterday" once `today` is known. */
  dayLabel: (iso: string, today: string | null) => string;
  /** "3:05 PM" */
  time: (iso: string) => string;
  /** "Tuesday, March 4, 2026 at 3:05 PM", for titles and screen readers. */
  full: (iso: string) => string;
};

const isEnglish = (locale: string) => locale === "en" || locale === "en-XA";

/** "Today" and "Yesterday" in the reader's language, capitalised as a heading. */
function relativeDay(locale: string, days: 0 | -1): string {
  const word = new Intl.RelativeTimeFormat(isEnglish(locale) ? "en" : locale, { numeric: "auto" }).format(days, "day");
  return word.charAt(0).toLocaleUpperCase(locale) + word.slice(1);
}

export function chatClock(timeZone: string, locale = "en"): ChatClock {
  const parts = (options: Intl.DateTimeFormatOptions, value: string | number) => dateParts(value, timeZone, options);
  const dayKey = (iso: string | number) => {
    const p = parts(DAY, iso);
    return `${p.year}-${p.month}-${p.day}`;
  };
  const english = isEnglish(locale);
  const time = english
    ? (iso: string) => {
        const p = parts(CLOCK, iso);
        return `${p.hour}:${p.minute} ${p.dayPeriod}`;
      }
    : (iso: string) => formatDate(iso, timeZone, { hour: "numeric", minute: "2-digit" }, locale);
  const longDate = english
    ? (iso: string, withYear: boolean) => {
        const p = parts(LONG, iso);
        return `${p.weekday}, ${p.month} ${p.day}${withYear ? `, ${p.year}` : ""}`;
      }
    : (iso: string, withYear: boolean) => {
        const { year: _year, ...withoutYear } = LONG;
        return formatDate(iso, timeZone, withYear ? LONG : withoutYear, locale);
      };
  const full = english
    ? (iso: string) => `${longDate(iso, true)} at ${time(iso)}`
    : (iso: string) => formatDate(iso, timeZone, { ...LONG, hour: "numeric", minute: "2-digit" }, locale);

  return {
    dayKey,
    time,
    full,
    dayLabel: (iso, today) => {
      const key = dayKey(iso);
      if (today === null) return longDate(iso, true);
      if (key === today) return relativeDay(locale, 0);
      if (key === previousDay(today)) return relativeDay(locale, -1);
      return longDate(iso, key.slice(0, 4) !== today.slice(0, 4));
    },
  };
}

/** "2026-03-04" → "2026-03-03" (calendar arithmetic on the key itself, so time zones don't matter). */
function previousDay(key: string): string {
  const [y, m, d] = key.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}
