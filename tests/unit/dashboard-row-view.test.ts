/**
 * The dashboard's rows (issue 18): the page sends each pair's row as a few fields worked out on the server, in the
 * admin's zone and language — the due day (with the time where a partner's day differs), "later" before the
 * program starts, the last activity's day — and nothing the row does not show.
 */
import { describe, expect, it } from "vitest";
import { toRowView } from "@/components/pairings/dashboard/row-view";
import type { DashboardPairDto } from "@/lib/pairings/dashboard-dto";
import { dateFormatter } from "@/lib/time";

const pair: DashboardPairDto = {
  id: "p1",
  state: "ACTIVE",
  mentor: "Ada Mentor",
  mentee: "Sam Mentee",
  startedAt: "2026-11-30T09:00:00.000Z",
  clockStartedAt: "2026-11-30T09:00:00.000Z",
  currentStep: "Meet each other",
  currentStepDueAt: "2026-12-07T15:00:00.000Z",
  timeZones: { mentor: "UTC", mentee: "UTC" },
  percent: 33,
  done: 1,
  total: 3,
  lastActivityAt: "2026-12-05T23:30:00.000Z",
  averageRating: 4.5,
  stalled: false,
  lastNudgedAt: null,
};

const reader = (timeZone: string) => ({
  timeZone,
  locale: "en",
  formatDate: dateFormatter(timeZone, undefined, "en"),
  words: {
    yourTime: (date: string) => `${date} (your time)`,
    forName: (date: string, name: string) => `${date} for ${name}`,
  },
});

describe("a dashboard row", () => {
  it("says the due day alone where everyone's day is the same, and the time where a partner's differs", () => {
    expect(toRowView(pair, reader("UTC")).due).toEqual({ text: "Mon, Dec 7", at: pair.currentStepDueAt });
    const tokyo = toRowView({ ...pair, timeZones: { mentor: "UTC", mentee: "Asia/Tokyo" } }, reader("UTC"));
    expect(tokyo.due).toEqual({ text: "Mon, Dec 7, 3:00 PM (your time)", at: pair.currentStepDueAt });
  });

  it("waits for the program's start, and has no due day when every step is done", () => {
    expect(toRowView({ ...pair, clockStartedAt: null, currentStepDueAt: null }, reader("UTC")).due).toBe("later");
    expect(toRowView({ ...pair, currentStep: null, currentStepDueAt: null }, reader("UTC")).due).toBeNull();
  });

  it("formats the last activity in the admin's zone and sends only the fields the row shows", () => {
    expect(toRowView(pair, reader("UTC")).activity).toBe("Dec 5, 2026");
    expect(toRowView(pair, reader("Asia/Tokyo")).activity).toBe("Dec 6, 2026");
    expect(Object.keys(toRowView(pair, reader("UTC"))).sort()).toEqual(
      [
        "activity",
        "done",
        "due",
        "id",
        "mentee",
        "mentor",
        "percent",
        "rating",
        "stalled",
        "state",
        "step",
        "total",
      ].sort(),
    );
  });
});
