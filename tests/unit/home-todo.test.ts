import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import type { CheckInTodo, TodoItem, TodoSection } from "@/lib/home/dto";
import { compareItems, orderSections, toSection } from "@/lib/home/order";
import { describeItem, dueText, moreText, summarize, type Clock } from "@/app/_home/describe";

// Wednesday Dec 18, 2026, 10:00 in New York (15:00 UTC).
// The page's words come from the English catalogue, as a reader whose language is English gets them.
const t = createTranslator({ locale: "en", messages: en, namespace: "home" });
const clock: Clock = { now: new Date("2026-12-18T15:00:00Z"), timeZone: "America/New_York", locale: "en", t };

const place = { program: { id: "p1", name: "Soap school" }, group: { slug: "soap", name: "Soap Makers" } };
function checkIn(id: string, dueAt: string, overrides: Partial<CheckInTodo> = {}): CheckInTodo {
  return {
    ...place,
    kind: "checkIn",
    id,
    href: `/pairings/${id}`,
    urgency: new Date(dueAt) < clock.now ? "overdue" : "upcoming",
    since: dueAt,
    side: "MENTEE",
    partner: { name: "Diego Ramírez" },
    pairingId: id,
    step: { number: 2, title: "Set a goal", dueAt },
    ...overrides,
  };
}
const waiting = (kind: "report" | "joinRequest", id: string, since: string, count = 1): TodoItem => ({
  kind,
  id,
  href: `/groups/soap/${kind}`,
  urgency: "waiting",
  since,
  group: { slug: "soap", name: "Soap Makers" },
  count,
});

describe("the words of a to-do item", () => {
  it.each([
    ["2026-12-15T20:00:00Z", "due Dec 15, 3 days late"],
    ["2026-12-17T04:00:00Z", "due Dec 16, 2 days late"], // Dec 16 23:00 in New York
    ["2026-12-18T14:00:00Z", "was due today"],
    ["2026-12-18T23:00:00Z", "due today"],
    ["2026-12-19T15:00:00Z", "due tomorrow"],
    ["2026-12-23T15:00:00Z", "due Dec 23, in 5 days"],
    ["2027-01-04T15:00:00Z", "due Jan 4, 2027, in 17 days"],
  ])("a step due %s is %s in the reader's time zone", (due, text) => {
    expect(dueText(due, clock)).toBe(text);
  });

  it("says what and why: the step, with whom, the date and how late", () => {
    expect(describeItem(checkIn("a", "2026-12-15T20:00:00Z"), clock)).toEqual({
      title: "Check in on step 2 with Diego",
      detail: "“Set a goal” in Soap school · due Dec 15, 3 days late",
      overdue: true,
    });
  });

  it("counts in words, one or many", () => {
    const since = "2026-12-12T12:00:00Z";
    expect(describeItem(waiting("report", "r", since, 1), clock).title).toBe("Handle 1 open report in Soap Makers");
    expect(describeItem(waiting("joinRequest", "j", since, 4), clock)).toEqual({
      title: "Answer 4 join requests to Soap Makers",
      detail: "The oldest waiting for 6 days",
      overdue: false,
    });
    const today = "2026-12-18T13:00:00Z";
    expect(describeItem(waiting("joinRequest", "j", today, 1), clock).detail).toBe("Asked today");
    expect(describeItem(waiting("joinRequest", "j", today, 2), clock).detail).toBe("All asked today");
    const app: TodoItem = {
      ...place,
      kind: "application",
      id: "a",
      href: "/x",
      urgency: "waiting",
      since,
      count: 5,
      mentees: 3,
      mentors: 2,
    };
    expect(describeItem(app, clock)).toMatchObject({
      title: "Review 5 applications to Soap school",
      detail: "3 mentees and 2 mentors · Soap Makers · the oldest waiting for 6 days",
    });
  });

  it("summarises the list with a count per kind, overdue check-ins apart", () => {
    const section = (kind: TodoSection["kind"], total: number, overdue = 0) =>
      ({ kind, total, overdue, items: [], more: null }) as unknown as TodoSection;
    expect(summarize([section("checkIn", 3, 1), section("message", 1), section("application", 12)], clock)).toBe(
      "1 overdue check-in, 2 check-ins coming up, 1 unread message and 12 applications to review",
    );
    expect(summarize([section("waitingMentee", 1)], clock)).toBe("1 mentee waiting for a match");
    expect(moreText({ ...section("application", 40), more: { count: 27, href: "/groups" } }, t)).toBe(
      "and 27 more applications to review",
    );
  });
});

describe("ordering and bounding the list", () => {
  it("puts overdue first (the most overdue first), then what someone waits on, then what is coming up", () => {
    const items = [
      checkIn("soon", "2026-12-20T00:00:00Z"),
      waiting("report", "report", "2026-12-10T00:00:00Z"),
      checkIn("late", "2026-12-16T00:00:00Z"),
      checkIn("later", "2026-12-10T00:00:00Z"),
      waiting("joinRequest", "join", "2026-12-01T00:00:00Z"),
    ];
    expect(items.sort(compareItems).map((i) => i.id)).toEqual(["later", "late", "join", "report", "soon"]);
  });

  it("keeps five rows per kind and counts the things in the rest", () => {
    const items = Array.from({ length: 8 }, (_, i) =>
      waiting("report", `r${i}`, `2026-12-0${i + 1}T00:00:00Z`, i + 1),
    ) as Extract<TodoItem, { kind: "report" }>[];
    const section = toSection("report", items, { moreHref: "/groups", thingsOf: (r) => r.count })!;
    expect(section.items.map((i) => i.id)).toEqual(["r0", "r1", "r2", "r3", "r4"]);
    expect(section.total).toBe(36);
    expect(section.more).toEqual({ count: 36 - 15, href: "/groups" });
    // Rows cut short by the query: the totals come from it.
    const cut = toSection("report", items.slice(0, 6), {
      moreHref: "/groups",
      total: 100,
      totalItems: 40,
      thingsOf: (r) => r.count,
    })!;
    expect(cut.more).toEqual({ count: 85, href: "/groups" });
    expect(toSection("report", [], { moreHref: "/groups" })).toBeNull();
  });

  it("orders the kinds by their most pressing item", () => {
    const reports = toSection("report", [waiting("report", "r", "2026-12-10T00:00:00Z")] as never, {
      moreHref: "/",
    });
    const checkIns = toSection("checkIn", [checkIn("c", "2026-12-17T00:00:00Z")], { moreHref: "/" });
    const upcoming = toSection("match", [], { moreHref: "/" });
    expect(orderSections([reports, upcoming, checkIns]).map((s) => s.kind)).toEqual(["checkIn", "report"]);
  });
});

describe("the to-do list in the reader's language (issue 21)", () => {
  const inLanguage = (locale: "es" | "ar", messages: typeof en): Clock => ({
    ...clock,
    locale,
    t: createTranslator({ locale, messages, namespace: "home" }),
  });

  it("writes the items, due dates and the summary in Spanish and Arabic, plurals and lists included", async () => {
    const es = inLanguage("es", (await import("@/messages/es.json")).default as typeof en);
    expect(describeItem(checkIn("a", "2026-12-15T20:00:00Z"), es)).toEqual({
      title: "Haz tu registro del paso 2 con Diego",
      detail: "«Set a goal» en Soap school · vencía el 15 dic, 3 días de retraso",
      overdue: true,
    });
    const section = (kind: TodoSection["kind"], total: number, overdue = 0) =>
      ({ kind, total, overdue, items: [], more: null }) as unknown as TodoSection;
    expect(summarize([section("checkIn", 3, 1), section("message", 1), section("application", 12)], es)).toBe(
      "1 registro atrasado, 2 registros próximos, 1 mensaje sin leer y 12 solicitudes por revisar",
    );
    const ar = inLanguage("ar", (await import("@/messages/ar.json")).default as typeof en);
    expect(dueText("2026-12-19T15:00:00Z", ar)).toBe("موعده غدًا");
    expect(summarize([section("message", 2), section("report", 3)], ar)).toBe("رسالتان غير مقروءتين و3 بلاغات مفتوحة");
  });
});
