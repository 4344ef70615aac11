// Pure: the words of the home page's to-do list, in the reader's time zone.
import type { TodoItem, TodoKind, TodoSection } from "@/lib/home/dto";
import { calendarDaysBetween, DATE_TIME, formatDate } from "@/lib/time";

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

/** The reader's calendar: dates and whole days between dates as seen in their own time zone. */
export type Clock = { now: Date; timeZone: string };

/** Calendar days from `from` to `to` in the reader's zone: 1 when `to` is tomorrow, -3 when it was 3 days ago. */
export const daysBetween = (from: Date, to: Date, timeZone: string) => calendarDaysBetween(from, to, timeZone);

/** "Dec 15", with the year only when it is not this year's. */
export function shortDate(iso: string, { now, timeZone }: Clock): string {
  const at = new Date(iso);
  const sameYear = formatDate(at, timeZone, { year: "numeric" }) === formatDate(now, timeZone, { year: "numeric" });
  return formatDate(at, timeZone, { month: "short", day: "numeric", ...(sameYear ? {} : { year: "numeric" }) });
}

/** "today", "yesterday", "on Dec 12". */
export function onDay(iso: string, clock: Clock): string {
  const ago = daysBetween(new Date(iso), clock.now, clock.timeZone);
  return ago <= 0 ? "today" : ago === 1 ? "yesterday" : `on ${shortDate(iso, clock)}`;
}

/** "due Dec 15, 3 days late", "due today", "due tomorrow", "due Dec 20, in 5 days". */
export function dueText(dueIso: string, clock: Clock): string {
  const due = new Date(dueIso);
  const ahead = daysBetween(clock.now, due, clock.timeZone);
  if (due < clock.now)
    return ahead >= 0 ? "was due today" : `due ${shortDate(dueIso, clock)}, ${plural(-ahead, "day")} late`;
  if (ahead === 0) return "due today";
  if (ahead === 1) return "due tomorrow";
  return `due ${shortDate(dueIso, clock)}, in ${plural(ahead, "day")}`;
}

/** Whole days since a moment, in the reader's calendar: 0 today. */
const daysSince = (sinceIso: string, clock: Clock) =>
  Math.max(0, daysBetween(new Date(sinceIso), clock.now, clock.timeZone));

/**
 * How long the oldest has waited: "the oldest waiting for 6 days" (or "waiting for 6 days" for one), and when even
 * the oldest came in today, "all sent today" (or "sent today").
 */
function oldest(sinceIso: string, count: number, clock: Clock, today = "sent today"): string {
  const days = daysSince(sinceIso, clock);
  if (days === 0) return count === 1 ? today : `all ${today}`;
  return `${count === 1 ? "waiting" : "the oldest waiting"} for ${plural(days, "day")}`;
}

/** "for 6 days", or "since today". */
function forDays(sinceIso: string, clock: Clock): string {
  const days = daysSince(sinceIso, clock);
  return days === 0 ? "since today" : `for ${plural(days, "day")}`;
}

export type ItemText = { title: string; detail: string; overdue: boolean };

/** What to do and why, for one item: "Check in on step 2 with Diego" / "“Set a goal” · due Dec 15, 3 days late". */
export function describeItem(item: TodoItem, clock: Clock): ItemText {
  const overdue = item.urgency === "overdue";
  switch (item.kind) {
    case "checkIn":
      return {
        title: `Check in on step ${item.step.number} with ${firstName(item.partner.name)}`,
        detail: `“${item.step.title}” in ${item.program.name} · ${dueText(item.step.dueAt, clock)}`,
        overdue,
      };
    case "message":
      return {
        title: `${plural(item.unread, "unread message")} from ${firstName(item.partner.name)}`,
        detail: `${item.side === "MENTEE" ? "Your mentor" : "Your mentee"} in ${item.program.name} · the latest ${onDay(item.since, clock)}`,
        overdue,
      };
    case "match":
      return {
        title: `Meet your new ${item.side === "MENTEE" ? "mentor" : "mentee"}, ${item.partner.name}`,
        detail: `Matched ${onDay(item.startedAt, clock)} in ${item.program.name}: read the introduction and say hello`,
        overdue,
      };
    case "meeting":
      return {
        title: `Meet ${firstName(item.partner.name)}`,
        detail: formatDate(item.startsAt, clock.timeZone, DATE_TIME),
        overdue,
      };
    case "application": {
      const roles = [
        item.mentees ? plural(item.mentees, "mentee") : null,
        item.mentors ? plural(item.mentors, "mentor") : null,
      ].filter(Boolean);
      return {
        title: `Review ${plural(item.count, "application")} to ${item.program.name}`,
        detail: `${roles.join(" and ")} · ${item.group.name} · ${oldest(item.since, item.count, clock)}`,
        overdue,
      };
    }
    case "waitingMentee":
      return {
        title: `Match ${plural(item.count, "mentee")} in ${item.program.name}`,
        detail: `Approved and waiting for a mentor ${forDays(item.since, clock)}${item.count === 1 ? "" : " (the longest)"} · ${item.group.name}`,
        overdue,
      };
    case "stalledPair": {
      const pair = `${item.quietest.mentor} and ${item.quietest.mentee}`;
      const quiet = forDays(item.since, clock);
      return item.count === 1
        ? {
            title: `Check on ${pair}`,
            detail: `No check-in or message ${quiet} · ${item.program.name} · ${item.group.name}`,
            overdue,
          }
        : {
            title: `Check on ${item.count} quiet pairs in ${item.program.name}`,
            detail: `The quietest, ${pair}, ${quiet} · ${item.group.name}`,
            overdue,
          };
    }
    case "report":
      return {
        title: `Handle ${plural(item.count, "open report")} in ${item.group.name}`,
        detail: `${item.count === 1 ? "Reported" : "The oldest reported"} ${onDay(item.since, clock)}`,
        overdue,
      };
    case "joinRequest":
      return {
        title: `Answer ${plural(item.count, "join request")} to ${item.group.name}`,
        detail: capitalize(oldest(item.since, item.count, clock, "asked today")),
        overdue,
      };
  }
}

/** Each kind's heading, and its things counted in words ("2 unread messages"). */
export const KIND_LABELS: Record<TodoKind, { heading: string; one: string; many: string }> = {
  checkIn: { heading: "Check-ins", one: "check-in", many: "check-ins" },
  message: { heading: "Unread messages", one: "unread message", many: "unread messages" },
  match: { heading: "New matches", one: "new match", many: "new matches" },
  meeting: { heading: "Meetings", one: "meeting", many: "meetings" },
  report: { heading: "Reports", one: "open report", many: "open reports" },
  stalledPair: { heading: "Quiet pairs", one: "quiet pair", many: "quiet pairs" },
  application: { heading: "Applications to review", one: "application to review", many: "applications to review" },
  waitingMentee: {
    heading: "Mentees waiting for a match",
    one: "mentee waiting for a match",
    many: "mentees waiting for a match",
  },
  joinRequest: { heading: "Join requests", one: "join request", many: "join requests" },
};

export const countOf = (kind: TodoKind, n: number) => plural(n, KIND_LABELS[kind].one, KIND_LABELS[kind].many);

/** "and 27 more applications to review". */
export function moreText(section: TodoSection): string {
  const n = section.more?.count ?? 0;
  const words = KIND_LABELS[section.kind];
  return `and ${n} more ${n === 1 ? words.one : words.many}`;
}

/** The list in one sentence, a count per kind: "1 overdue check-in, 2 unread messages and 12 applications to review". */
export function summarize(sections: readonly TodoSection[]): string {
  const parts = sections.flatMap((s) => {
    if (s.kind !== "checkIn" || s.overdue === 0) return [countOf(s.kind, s.total)];
    const upcoming = s.total - s.overdue;
    return [
      plural(s.overdue, "overdue check-in"),
      ...(upcoming ? [plural(upcoming, "check-in coming up", "check-ins coming up")] : []),
    ];
  });
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
