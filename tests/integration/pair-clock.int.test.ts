/**
 * The pair's clock on a real database (decision 015): a pair matched while its program still takes applications
 * is ACTIVE (they meet and talk) but its steps wait: no due dates, no check-ins, nothing "awaiting you", and the
 * admins read "steps start with the program". Starting the program starts the clock for every such pair, tells
 * both of them once, and from then on every surface (the space, My mentorships, the dashboard, the CSV) reads the
 * same due instant. The database refuses a running program without a start.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPairSpace } from "@/lib/pairings/get-pair-space";
import { findMyPairings } from "@/lib/pairings/find-my-pairings";
import { getProgramDashboard } from "@/lib/pairings/get-dashboard";
import { pairsCsv } from "@/lib/pairings/pairs-csv";
import { saveCheckIn } from "@/lib/pairings/save-check-in";
import { transitionProgram } from "@/lib/programs/transition-program";
import { activePair, DAY, daysAgo, programWorld } from "../factories/pairings";
import { expectRefused } from "./support/world";

const WEEK = 7 * DAY;

async function matchedWhileOpen() {
  const w = await programWorld(db, { state: "OPEN" });
  const matchedAt = daysAgo(12);
  const pair = await activePair(db, w, { mentor: "Kenji Mentor", mentee: "Sam Mentee" }, { startedAt: matchedAt });
  return { w, pair, matchedAt };
}

describe("before the program starts", () => {
  it("the space shows the steps without due dates, no current step, and no check-in form", async () => {
    const { w, pair, matchedAt } = await matchedWhileOpen();
    const space = await getPairSpace(pair.menteeCaller, pair.id);
    expect(space).toMatchObject({
      state: "ACTIVE",
      startedAt: matchedAt.toISOString(),
      clockStartedAt: null,
      canCheckIn: false,
      progress: { done: 0, total: 3 },
    });
    expect(space.steps.map((s) => [s.title, s.dueAt, s.current])).toEqual(w.steps.map((s) => [s.title, null, false]));
  });

  it("refuses a check-in, and changes nothing", async () => {
    const { w, pair } = await matchedWhileOpen();
    await expectRefused(
      () => saveCheckIn(pair.menteeCaller, pair.id, { stepId: w.steps[0]!.id, reflection: "Early bird", rating: 4 }),
      "CONFLICT",
      "check-in before the start",
    );
  });

  it("My mentorships: the first step is next, with no due date, and nothing awaits either of them", async () => {
    const { pair } = await matchedWhileOpen();
    for (const caller of [pair.menteeCaller, pair.mentorCaller]) {
      const [mine] = await findMyPairings(caller);
      expect(mine).toMatchObject({
        clockStartedAt: null,
        next: { title: "Meet each other", dueAt: null, overdue: false },
        awaitingYou: false,
      });
    }
  });

  it("the dashboard and its CSV: no clock, no due date", async () => {
    const { w } = await matchedWhileOpen();
    const [row] = (await getProgramDashboard(w.admin, w.program.id)).pairs;
    expect(row).toMatchObject({ clockStartedAt: null, currentStep: "Meet each other", currentStepDueAt: null });
    const [, cells] = pairsCsv([row!]).split("\r\n");
    expect(cells!.split(",").slice(4, 7)).toEqual(["", "Meet each other", ""]);
  });
});

describe("starting the program", () => {
  it("starts the clock of every pair matched before it; every surface reads the same due instant", async () => {
    const { w, pair, matchedAt } = await matchedWhileOpen();
    await transitionProgram(w.owner, w.program.id, { action: "start" });
    const { startedAt } = await db.program.findUniqueOrThrow({ where: { id: w.program.id } });
    expect(startedAt!.getTime()).toBeGreaterThan(matchedAt.getTime());
    const due1 = new Date(startedAt!.getTime() + WEEK).toISOString();

    const space = await getPairSpace(pair.mentorCaller, pair.id);
    expect(space).toMatchObject({ clockStartedAt: startedAt!.toISOString(), canCheckIn: true });
    expect(space.steps.map((s) => s.dueAt)).toEqual(
      [1, 2, 3].map((week) => new Date(startedAt!.getTime() + week * WEEK).toISOString()),
    );
    expect(space.steps[0]).toMatchObject({ current: true });
    // The mentee reads the very same instants.
    expect((await getPairSpace(pair.menteeCaller, pair.id)).steps.map((s) => s.dueAt)).toEqual(
      space.steps.map((s) => s.dueAt),
    );
    const [mine] = await findMyPairings(pair.menteeCaller);
    expect(mine).toMatchObject({ next: { dueAt: due1, overdue: false }, awaitingYou: true });
    const [row] = (await getProgramDashboard(w.admin, w.program.id)).pairs;
    expect(row).toMatchObject({ currentStepDueAt: due1, timeZones: { mentor: "UTC", mentee: "UTC" } });

    // And check-ins open.
    expect(
      await saveCheckIn(pair.menteeCaller, pair.id, { stepId: w.steps[0]!.id, reflection: "We met!", rating: 5 }),
    ).toMatchObject({ created: true });
  });

  it("tells both participants of each pair, once, that their first step is open", async () => {
    const { w, pair } = await matchedWhileOpen();
    const other = await activePair(db, w, { mentor: "Maya Mentor", mentee: "Lou Mentee" });
    const result = await transitionProgram(w.owner, w.program.id, { action: "start" });
    expect(result).toMatchObject({ state: "RUNNING", notified: 4 });
    const told = await db.notification.findMany({
      where: { kind: "pairing.reminder" },
      select: { userId: true, title: true, body: true, url: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual(
      [pair.mentor.user.id, pair.mentee.user.id, other.mentor.user.id, other.mentee.user.id].sort(),
    );
    expect(told.find((n) => n.userId === pair.mentee.user.id)).toEqual({
      userId: pair.mentee.user.id,
      title: "Learn the ropes has started: your first step is open",
      body: "“Meet each other” is due in 7 days. Check in once you have done it together.",
      url: `/pairings/${pair.id}`,
    });
    // A second start is refused (already running), so nobody hears twice.
    await expectRefused(() => transitionProgram(w.owner, w.program.id, { action: "start" }), "CONFLICT", "again");
    expect(await db.notification.count({ where: { kind: "pairing.reminder" } })).toBe(4);
  });

  it("the database refuses a running program without a start", async () => {
    const { w } = await matchedWhileOpen();
    await expect(db.program.update({ where: { id: w.program.id }, data: { state: "RUNNING" } })).rejects.toThrow(
      /Program_running_has_start/,
    );
    await db.program.update({ where: { id: w.program.id }, data: { state: "RUNNING", startedAt: new Date() } });
    await expect(db.program.update({ where: { id: w.program.id }, data: { startedAt: null } })).rejects.toThrow(
      /Program_running_has_start/,
    );
  });
});
