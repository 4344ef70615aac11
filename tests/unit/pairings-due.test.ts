/**
 * A step's due instant as each partner reads it (decision 015): the day alone while both are on the same calendar
 * day, the day and the time "(your time)" plus the partner's own reading where their days differ. Zones on both
 * sides of the date line, half-hour and 45-minute offsets, daylight-saving changes, an unknown zone.
 */
import { describe, expect, it } from "vitest";
import { calendarDay, dueLabel } from "@/lib/pairings/due";
import { clockStart, dueAt } from "@/lib/pairings/progress";

const TOKYO = "Asia/Tokyo";
const CHICAGO = "America/Chicago";

describe("dueLabel, for a reader and their partner", () => {
  it.each([
    // [instant, reader zone, partner zone, reader's text, partner's reading or null]
    // Tokyo (UTC+9) and Chicago (UTC−6) are 15 hours apart: the same day only from 06:00 to 14:59 UTC.
    ["2026-12-15T10:00:00Z", TOKYO, CHICAGO, "Tue, Dec 15", null],
    ["2026-12-15T10:00:00Z", CHICAGO, TOKYO, "Tue, Dec 15", null],
    ["2026-12-15T15:00:00Z", TOKYO, CHICAGO, "Wed, Dec 16, 12:00 AM (your time)", "Tue, Dec 15, 9:00 AM for Partner"],
    ["2026-12-15T15:00:00Z", CHICAGO, TOKYO, "Tue, Dec 15, 9:00 AM (your time)", "Wed, Dec 16, 12:00 AM for Partner"],
    // Across the date line: Auckland (UTC+13 in December) and Honolulu (UTC−10), 23 hours apart.
    ["2026-12-15T10:30:00Z", "Pacific/Auckland", "Pacific/Honolulu", "Tue, Dec 15", null],
    [
      "2026-12-15T11:00:00Z",
      "Pacific/Auckland",
      "Pacific/Honolulu",
      "Wed, Dec 16, 12:00 AM (your time)",
      "Tue, Dec 15, 1:00 AM for Partner",
    ],
    // Kiritimati (UTC+14) and Pago Pago (UTC−11) are 25 hours apart: never the same day, sometimes two days apart.
    [
      "2026-12-15T10:30:00Z",
      "Pacific/Kiritimati",
      "Pacific/Pago_Pago",
      "Wed, Dec 16, 12:30 AM (your time)",
      "Mon, Dec 14, 11:30 PM for Partner",
    ],
    [
      "2026-12-15T12:00:00Z",
      "Pacific/Pago_Pago",
      "Pacific/Kiritimati",
      "Tue, Dec 15, 1:00 AM (your time)",
      "Wed, Dec 16, 2:00 AM for Partner",
    ],
    // A 45-minute offset: Kathmandu (UTC+5:45) is already on the 16th when London is at 19:00 on the 15th.
    [
      "2026-12-15T19:00:00Z",
      "Europe/London",
      "Asia/Kathmandu",
      "Tue, Dec 15, 7:00 PM (your time)",
      "Wed, Dec 16, 12:45 AM for Partner",
    ],
    // Same zone, and neighbouring zones on the same day.
    ["2026-12-15T23:30:00Z", "Europe/Madrid", "Europe/Madrid", "Wed, Dec 16", null],
    ["2026-12-15T12:00:00Z", "Europe/Lisbon", "Europe/Madrid", "Tue, Dec 15", null],
  ])("%s read in %s (partner in %s): %s", (at, reader, partnerZone, text, partnerText) => {
    expect(dueLabel(at, reader, [{ timeZone: partnerZone, name: "Partner" }])).toEqual({ text, partnerText });
  });

  it("both partners read one instant: each day differs only where the other's does", () => {
    const due = dueAt(new Date("2026-12-08T15:00:00Z"), 1);
    const kenji = dueLabel(due, TOKYO, [{ timeZone: CHICAGO, name: "Sam" }]);
    const sam = dueLabel(due, CHICAGO, [{ timeZone: TOKYO, name: "Kenji" }]);
    expect(kenji).toEqual({ text: "Wed, Dec 16, 12:00 AM (your time)", partnerText: "Tue, Dec 15, 9:00 AM for Sam" });
    expect(sam).toEqual({ text: "Tue, Dec 15, 9:00 AM (your time)", partnerText: "Wed, Dec 16, 12:00 AM for Kenji" });
  });

  it.each([
    // [clock start, week, reader zone, partner zone, reader's text]
    // New York: the clock starts at 9:00 AM EDT; a week later DST has ended (1 Nov), so the same instant is
    // 8:00 AM EST. The instant is what counts; the wall clock shows what it is where you are.
    ["2026-10-28T13:00:00Z", 1, "America/New_York", "Australia/Sydney", "Wed, Nov 4, 8:00 AM (your time)"],
    // Sydney starts daylight time on 4 October: 9:00 PM AEST a week earlier is 10:00 PM AEDT (midnight in Auckland).
    ["2026-09-30T11:00:00Z", 1, "Australia/Sydney", "Pacific/Auckland", "Wed, Oct 7, 10:00 PM (your time)"],
    // Europe's spring change (28 March 2027): London is on the same day as Lisbon either way.
    ["2027-03-22T23:30:00Z", 1, "Europe/London", "Europe/Lisbon", "Tue, Mar 30"],
  ])("across a DST change: clock %s, week %i, read in %s (partner in %s): %s", (start, week, reader, partner, text) => {
    expect(dueLabel(dueAt(new Date(start), week), reader, [{ timeZone: partner, name: "Partner" }]).text).toBe(text);
  });

  it("for an admin following a pair: the time shows where either participant's day differs; no partner line", () => {
    const pair = [{ timeZone: TOKYO }, { timeZone: CHICAGO }];
    expect(dueLabel("2026-12-15T10:00:00Z", "Europe/London", pair)).toEqual({ text: "Tue, Dec 15", partnerText: null });
    expect(dueLabel("2026-12-15T16:00:00Z", "Europe/London", pair)).toEqual({
      text: "Tue, Dec 15, 4:00 PM (your time)",
      partnerText: null,
    });
  });

  it("an unknown zone reads in UTC rather than failing the page", () => {
    expect(dueLabel("2026-12-15T23:30:00Z", "Mars/Olympus_Mons", [{ timeZone: "UTC", name: "Sam" }])).toEqual({
      text: "Tue, Dec 15",
      partnerText: null,
    });
    expect(calendarDay(new Date("2026-12-15T23:30:00Z"), "Not a zone")).toBe("2026-12-15");
  });

  it("a pair matched while the program took applications: due a week after the program's start", () => {
    const clock = clockStart(new Date("2026-11-20T08:00:00Z"), new Date("2026-12-01T15:00:00Z"))!;
    expect(dueLabel(dueAt(clock, 1), TOKYO, [{ timeZone: CHICAGO, name: "Sam" }]).text).toBe(
      "Wed, Dec 9, 12:00 AM (your time)",
    );
  });
});
