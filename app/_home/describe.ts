// Pure: the words of the home page's to-do list, in the reader's language and time zone.
import type { _Translator } from "next-intl";
import type { TodoItem, TodoKind, TodoSection } from "@/lib/home/dto";
import type { Messages } from "@/lib/i18n/messages";
import { calendarDaysBetween, DATE_TIME, formatDate } from "@/lib/time";

const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

/** The home catalogue's translator (getTranslations("home") on the page, createTranslator in tests). */
export type HomeT = _Translator<Messages, "home">;

/** The reader's calendar and language: dates and whole days between dates as seen in their own time zone. */
export type Clock = { now: Date; timeZone: string; locale: string; t: HomeT };

/** Calendar days from `from` to `to` in the reader's zone: 1 when `to` is tomorrow, -3 when it was 3 days ago. */
export const daysBetween = (from: Date, to: Date, timeZone: string) => calendarDaysBetween(from, to, timeZone);

/** "Dec 15", with the year only when it is not this year's. */
export function shortDate(iso: string, { now, timeZone, locale }: Clock): string {
  const at = new Date(iso);
  const sameYear = formatDate(at, timeZone, { year: "numeric" }) === formatDate(now, timeZone, { year: "numeric" });
  const options: Intl.DateTimeFormatOptions = {
    month: "short",
    day: "numeric",
    ...(sameYear ? {} : { year: "numeric" }),
  };
  return formatDate(at, timeZone, options, locale);
}

/** Which day, for the messages' `{when, select, today {…} yesterday {…} other {on {date}}}`. */
function onDay(iso: string, clock: Clock): { when: "today" | "yesterday" | "other"; date: string } {
  const ago = daysBetween(new Date(iso), clock.now, clock.timeZone);
  return { when: ago <= 0 ? "today" : ago === 1 ? "yesterday" : "other", date: shortDate(iso, clock) };
}

/** "due Dec 15, 3 days late", "due today", "due tomorrow", "due Dec 20, in 5 days". */
export function dueText(dueIso: string, clock: Clock): string {
  const { t } = clock;
  const due = new Date(dueIso);
  const ahead = daysBetween(clock.now, due, clock.timeZone);
  const date = shortDate(dueIso, clock);
  if (due < clock.now) return ahead >= 0 ? t("due.wasToday") : t("due.late", { date, days: -ahead });
  if (ahead === 0) return t("due.today");
  if (ahead === 1) return t("due.tomorrow");
  return t("due.ahead", { date, days: ahead });
}

/** Whole days since a moment, in the reader's calendar: 0 today. */
const daysSince = (sinceIso: string, clock: Clock) =>
  Math.max(0, daysBetween(new Date(sinceIso), clock.now, clock.timeZone));

/** How long the oldest has waited: "the oldest waiting for 6 days" (or "waiting for 6 days" for one), or "all sent today". */
function oldest(sinceIso: string, count: number, clock: Clock): string {
  const days = daysSince(sinceIso, clock);
  return days === 0 ? clock.t("item.oldestToday", { count }) : clock.t("item.oldestDays", { count, days });
}

/** Facts side by side: "Soap Makers · the oldest waiting for 6 days". */
const facts = (...parts: string[]) => parts.join(" · ");

/** "3 mentees and 2 mentors", in the reader's language. */
export function listOf(parts: string[], locale: string): string {
  // Kinship's English writes lists without the serial comma ("a, b and c"), as before languages arrived.
  const tag = locale === "en" || locale === "en-XA" ? "en-GB" : locale;
  return new Intl.ListFormat(tag, { type: "conjunction" }).format(parts);
}

export type ItemText = { title: string; detail: string; overdue: boolean };

/** What to do and why, for one item: "Check in on step 2 with Diego" / "“Set a goal” · due Dec 15, 3 days late". */
export function describeItem(item: TodoItem, clock: Clock): ItemText {
  const { t } = clock;
  const overdue = item.urgency === "overdue";
  switch (item.kind) {
    case "checkIn":
      return {
        title: t("item.checkInTitle", { number: item.step.number, name: firstName(item.partner.name) }),
        detail: t("item.checkInDetail", {
          step: item.step.title,
          program: item.program.name,
          due: dueText(item.step.dueAt, clock),
        }),
        overdue,
      };
    case "message":
      return {
        title: t("item.messageTitle", { count: item.unread, name: firstName(item.partner.name) }),
        detail: t("item.messageDetail", { side: item.side, program: item.program.name, ...onDay(item.since, clock) }),
        overdue,
      };
    case "match":
      return {
        title: t("item.matchTitle", { side: item.side, name: item.partner.name }),
        detail: t("item.matchDetail", { program: item.program.name, ...onDay(item.startedAt, clock) }),
        overdue,
      };
    case "meeting":
      return {
        title: t("item.meetingTitle", { name: firstName(item.partner.name) }),
        detail: formatDate(item.startsAt, clock.timeZone, DATE_TIME, clock.locale),
        overdue,
      };
    case "application": {
      const roles = [
        item.mentees ? t("item.mentees", { count: item.mentees }) : null,
        item.mentors ? t("item.mentors", { count: item.mentors }) : null,
      ].filter((role): role is string => role !== null);
      return {
        title: t("item.applicationTitle", { count: item.count, program: item.program.name }),
        detail: facts(listOf(roles, clock.locale), item.group.name, oldest(item.since, item.count, clock)),
        overdue,
      };
    }
    case "waitingMentee":
      return {
        title: t("item.waitingMenteeTitle", { count: item.count, program: item.program.name }),
        detail: facts(
          t("item.waitingMenteeDetail", { days: daysSince(item.since, clock), count: item.count }),
          item.group.name,
        ),
        overdue,
      };
    case "stalledPair": {
      const pair = { mentor: item.quietest.mentor, mentee: item.quietest.mentee };
      const days = daysSince(item.since, clock);
      return item.count === 1
        ? {
            title: t("item.stalledOneTitle", pair),
            detail: facts(t("item.stalledOneDetail", { days }), item.program.name, item.group.name),
            overdue,
          }
        : {
            title: t("item.stalledManyTitle", { count: item.count, program: item.program.name }),
            detail: facts(t("item.stalledManyDetail", { ...pair, days }), item.group.name),
            overdue,
          };
    }
    case "report":
      return {
        title: t("item.reportTitle", { count: item.count, group: item.group.name }),
        detail: t("item.reportDetail", { count: item.count, ...onDay(item.since, clock) }),
        overdue,
      };
    case "joinRequest": {
      const days = daysSince(item.since, clock);
      return {
        title: t("item.joinTitle", { count: item.count, group: item.group.name }),
        detail:
          days === 0 ? t("item.joinToday", { count: item.count }) : t("item.joinDays", { count: item.count, days }),
        overdue,
      };
    }
  }
}

/** Each kind's heading ("Check-ins"). */
export const headingOf = (kind: TodoKind, t: HomeT) => t(`kinds.${kind}.heading`);

/** Things of a kind counted in words ("2 unread messages"). */
export const countOf = (kind: TodoKind, n: number, t: HomeT) => t(`kinds.${kind}.count`, { count: n });

/** "and 27 more applications to review". */
export function moreText(section: TodoSection, t: HomeT): string {
  return t(`kinds.${section.kind}.more`, { count: section.more?.count ?? 0 });
}

/** The list in one sentence, a count per kind: "1 overdue check-in, 2 unread messages and 12 applications to review". */
export function summarize(sections: readonly TodoSection[], clock: Pick<Clock, "t" | "locale">): string {
  const { t } = clock;
  const parts = sections.flatMap((s) => {
    if (s.kind !== "checkIn" || s.overdue === 0) return [countOf(s.kind, s.total, t)];
    const upcoming = s.total - s.overdue;
    return [
      t("overdueCheckIns", { count: s.overdue }),
      ...(upcoming ? [t("upcomingCheckIns", { count: upcoming })] : []),
    ];
  });
  return listOf(parts, clock.locale);
}
