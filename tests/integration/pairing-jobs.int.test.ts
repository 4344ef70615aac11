/**
 * The background jobs on seeded dates: step reminders (due within 2 days, then overdue; once each however often
 * the job runs; only to whoever has not checked in; only in the recipient's waking hours, in their own time zone),
 * stalled pairs flagged to the admins once, and the admins' one-click nudge (once a day). Both jobs follow the
 * pair's clock (decision 015): nothing while the program is still taking applications, and due dates and quiet
 * spells counted from the program's start for a pair matched before it.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { flagStalledPairings, sendStepReminders } from "@/lib/pairings/reminders";
import { nudgePairing } from "@/lib/pairings/nudge-pairing";
import { saveCheckIn } from "@/lib/pairings/save-check-in";
import { sendMessage } from "@/lib/chat/send-message";
import { getProgramDashboard } from "@/lib/pairings/get-dashboard";
import { createCheckIn } from "../factories/mentorship";
import { activePair, DAY, daysAgo, programWorld, quietSince, type Pair } from "../factories/pairings";
import { expectRefused } from "./support/world";

// A Tuesday in January: New Zealand is on daylight time (UTC+13), Spain on winter time (UTC+1).
const START = new Date("2027-01-05T12:00:00.000Z");
const at = (days: number, hoursUtc = 12) => {
  const d = new Date(START.getTime() + days * DAY);
  d.setUTCHours(hoursUtc, 0, 0, 0);
  return d;
};

const reminders = (where: { userId?: string; pairingId?: string } = {}) =>
  db.notification.findMany({
    where: { kind: "pairing.reminder", ...(where.userId ? { userId: where.userId } : {}) },
    orderBy: { createdAt: "asc" },
    select: { userId: true, title: true, url: true },
  });
const deliveries = () =>
  db.reminderDelivery.findMany({
    where: { kind: { startsWith: "step." } },
    select: { kind: true, pairingId: true, stepId: true, userId: true },
  });

async function started(options: { mentorTimeZone?: string; menteeTimeZone?: string } = {}) {
  const w = await programWorld(db);
  const pair = await activePair(
    db,
    w,
    { mentor: "Diego Mentor", mentee: "Sam Mentee" },
    { startedAt: START, ...options },
  );
  return { w, pair, step1: w.steps[0]! };
}
const users = (p: Pair) => [p.mentor.user.id, p.mentee.user.id].sort();

describe("step reminders", () => {
  it("nothing before a step is due within 2 days", async () => {
    await started();
    // Step 1 is due on day 7: on day 4 it is 3 days away.
    expect(await sendStepReminders(at(4))).toBe(0);
    expect(await reminders()).toEqual([]);
  });

  it("due soon reminds each participant once, however often the job runs", async () => {
    const { pair, step1 } = await started();
    expect(await sendStepReminders(at(5, 14))).toBe(2);
    expect(await sendStepReminders(at(5, 15))).toBe(0);
    expect(await sendStepReminders(at(6, 9))).toBe(0);
    const sent = await reminders();
    expect(sent.map((n) => n.userId).sort()).toEqual(users(pair));
    expect(sent.every((n) => n.title === "“Meet each other” is due soon" && n.url === `/pairings/${pair.id}`)).toBe(
      true,
    );
    expect(await deliveries()).toHaveLength(2);
    expect((await deliveries()).every((d) => d.kind === "step.due_soon" && d.stepId === step1.id)).toBe(true);
    expect(await db.email.count({ where: { kind: "pairing.reminder" } })).toBe(2);
  });

  it("two instances running the job at the same moment still send one reminder each", async () => {
    const { pair } = await started();
    const counts = await Promise.all([1, 2, 3].map(() => sendStepReminders(at(6))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
    expect((await reminders()).map((n) => n.userId).sort()).toEqual(users(pair));
  });

  it("overdue reminds once more, then never again for that step", async () => {
    const { pair, step1 } = await started();
    await sendStepReminders(at(6));
    expect(await sendStepReminders(at(8))).toBe(2);
    expect(await sendStepReminders(at(9))).toBe(0);
    expect(await sendStepReminders(at(10))).toBe(0);
    const sent = await reminders();
    expect(sent).toHaveLength(4);
    for (const id of users(pair))
      expect(
        sent
          .filter((n) => n.userId === id)
          .map((n) => n.title)
          .sort(),
      ).toEqual(["“Meet each other” is due soon", "“Meet each other” is overdue: a short check-in keeps things going"]);
    const kinds = (await deliveries()).map((d) => `${d.kind}:${d.stepId}:${d.userId}`).sort();
    expect(kinds).toEqual(
      [
        `step.due_soon:${step1.id}:${pair.mentee.user.id}`,
        `step.due_soon:${step1.id}:${pair.mentor.user.id}`,
        `step.overdue:${step1.id}:${pair.mentee.user.id}`,
        `step.overdue:${step1.id}:${pair.mentor.user.id}`,
      ].sort(),
    );
  });

  it("a step already overdue when first seen sends the overdue reminder only", async () => {
    const { pair } = await started();
    expect(await sendStepReminders(at(8))).toBe(2);
    expect((await deliveries()).map((d) => d.kind)).toEqual(["step.overdue", "step.overdue"]);
    expect((await reminders()).map((n) => n.userId).sort()).toEqual(users(pair));
  });

  it("does not remind whoever has already checked in; they are reminded of their next step in its turn", async () => {
    const { pair, step1 } = await started();
    await createCheckIn(db, pair, step1, pair.mentee.user);
    expect(await sendStepReminders(at(6))).toBe(1);
    expect(await reminders()).toEqual([expect.objectContaining({ userId: pair.mentor.user.id })]);
    // Step 2 is due on day 14: the mentee hears of it on day 12, the mentor is still behind on step 1.
    expect(await sendStepReminders(at(12, 14))).toBe(2);
    const byKey = (await deliveries()).map((d) => `${d.kind}:${d.stepId === step1.id ? 1 : 2}:${d.userId}`).sort();
    expect(byKey).toEqual(
      [
        `step.due_soon:1:${pair.mentor.user.id}`,
        `step.overdue:1:${pair.mentor.user.id}`,
        `step.due_soon:2:${pair.mentee.user.id}`,
      ].sort(),
    );
    expect(await reminders({ userId: pair.mentee.user.id })).toEqual([
      expect.objectContaining({ title: "“Set a goal” is due soon" }),
    ]);
  });

  it("ended and completed pairings are not reminded", async () => {
    const { w, pair } = await started();
    const other = await activePair(db, w, { mentor: "Maya Mentor", mentee: "Lou Mentee" }, { startedAt: START });
    await db.pairing.update({ where: { id: pair.id }, data: { state: "ENDED", endedAt: START } });
    await db.pairing.update({ where: { id: other.id }, data: { state: "COMPLETED", completedAt: START } });
    expect(await sendStepReminders(at(6))).toBe(0);
    expect(await sendStepReminders(at(9))).toBe(0);
  });

  it("respects time zones: 3:00 in Auckland waits for the morning, 15:00 in Madrid is reminded now", async () => {
    const { pair } = await started({ mentorTimeZone: "Pacific/Auckland", menteeTimeZone: "Europe/Madrid" });
    // Day 6, 14:00 UTC = 03:00 on the 12th in Auckland, 15:00 on the 11th in Madrid.
    const afternoonInMadrid = at(6, 14);
    expect(afternoonInMadrid.toISOString()).toBe("2027-01-11T14:00:00.000Z");
    expect(await sendStepReminders(afternoonInMadrid)).toBe(1);
    expect(await reminders()).toEqual([expect.objectContaining({ userId: pair.mentee.user.id })]);
    // 18:00 UTC = 07:00 in Auckland: still too early.
    expect(await sendStepReminders(at(6, 18))).toBe(0);
    // 20:00 UTC = 09:00 in Auckland (21:00 in Madrid, already reminded): the mentor's turn.
    expect(await sendStepReminders(at(6, 20))).toBe(1);
    expect((await reminders()).map((n) => n.userId)).toEqual([pair.mentee.user.id, pair.mentor.user.id]);
    expect(await sendStepReminders(at(6, 22))).toBe(0);
  });

  it("the waking hours are 8:00 to 20:59 in the recipient's own day", async () => {
    const { pair } = await started({ mentorTimeZone: "Europe/Madrid", menteeTimeZone: "Europe/Madrid" });
    // Madrid is UTC+1 in January.
    expect(await sendStepReminders(new Date("2027-01-11T06:59:00.000Z"))).toBe(0); // 07:59
    expect(await sendStepReminders(new Date("2027-01-11T20:00:00.000Z"))).toBe(0); // 21:00
    expect(await sendStepReminders(new Date("2027-01-11T07:00:00.000Z"))).toBe(2); // 08:00
    expect((await reminders()).map((n) => n.userId).sort()).toEqual(users(pair));
  });
});

describe("stalled pairs", () => {
  async function quietWorld() {
    const w = await programWorld(db);
    const quiet = await activePair(
      db,
      w,
      { mentor: "Quinn Mentor", mentee: "Quincy Mentee" },
      { startedAt: daysAgo(40) },
    );
    const chatting = await activePair(
      db,
      w,
      { mentor: "Chet Mentor", mentee: "Cara Mentee" },
      { startedAt: daysAgo(40) },
    );
    const busy = await activePair(db, w, { mentor: "Bea Mentor", mentee: "Ben Mentee" }, { startedAt: daysAgo(40) });
    const ended = await activePair(db, w, { mentor: "Eve Mentor", mentee: "Eli Mentee" }, { startedAt: daysAgo(40) });
    await quietSince(db, quiet, daysAgo(15));
    // No check-in for 15 days, but a message yesterday.
    await quietSince(db, chatting, daysAgo(15), daysAgo(1));
    await quietSince(db, busy, daysAgo(2), daysAgo(15));
    await quietSince(db, ended, daysAgo(30));
    await db.pairing.update({ where: { id: ended.id }, data: { state: "ENDED", endedAt: daysAgo(20) } });
    return { w, quiet, chatting, busy, ended };
  }
  const stalledIds = async () =>
    (await db.pairing.findMany({ where: { stalledAt: { not: null } }, select: { id: true } })).map((p) => p.id);

  it("flags a pair silent for 15 days once, and tells the admins once", async () => {
    const { w, quiet } = await quietWorld();
    // Two instances at the same moment, then later runs: one flag.
    const runs = await Promise.all([flagStalledPairings(), flagStalledPairings()]);
    expect(runs.sort()).toEqual([0, 1]);
    expect(await flagStalledPairings()).toBe(0);
    expect(await flagStalledPairings(new Date(Date.now() + DAY))).toBe(0);
    expect(await stalledIds()).toEqual([quiet.id]);

    const told = await db.notification.findMany({
      where: { kind: "pairing.stalled" },
      select: { userId: true, title: true, url: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual([w.owner.id, w.admin.id].sort());
    expect(told[0]).toMatchObject({
      title: "Quincy Mentee and Quinn Mentor have gone quiet",
      url: `/groups/${w.group.slug}/mentorship/${w.program.id}/progress?stalled=true`,
    });
    const dashboard = await getProgramDashboard(w.admin, w.program.id);
    expect(dashboard.stalledCount).toBe(1);
    expect(dashboard.pairs.filter((p) => p.stalled).map((p) => p.id)).toEqual([quiet.id]);
  });

  it("14 days is not yet stalled", async () => {
    const { quiet } = await quietWorld();
    await quietSince(db, quiet, daysAgo(13.9));
    expect(await flagStalledPairings()).toBe(0);
  });

  it("a new check-in clears the flag; a later quiet spell flags it again", async () => {
    const { w, quiet } = await quietWorld();
    await flagStalledPairings();
    await saveCheckIn(quiet.menteeCaller, quiet.id, { stepId: w.steps[0]!.id, reflection: "Back at it", rating: 3 });
    const after = await db.pairing.findUniqueOrThrow({ where: { id: quiet.id } });
    expect(after.stalledAt).toBeNull();
    expect(Date.now() - after.lastActivityAt.getTime()).toBeLessThan(60_000);
    expect(await flagStalledPairings()).toBe(0);
    expect((await getProgramDashboard(w.admin, w.program.id)).stalledCount).toBe(0);

    expect(await flagStalledPairings(new Date(Date.now() + 15 * DAY))).toBe(3);
    // A message clears the flag as well.
    await sendMessage(quiet.mentorCaller, quiet.threadId, { clientId: "back-again-1", body: "Shall we meet Friday?" });
    expect((await db.pairing.findUniqueOrThrow({ where: { id: quiet.id } })).stalledAt).toBeNull();
    expect(await db.notification.count({ where: { kind: "pairing.stalled", userId: w.admin.id } })).toBe(1 + 3);
  });
});

describe("the pair's clock: the match or the program's start, whichever is later", () => {
  /** A pair matched at START in a program still taking applications (OPEN: not started). */
  async function matchedEarly() {
    const w = await programWorld(db, { state: "OPEN" });
    const pair = await activePair(db, w, { mentor: "Diego Mentor", mentee: "Sam Mentee" }, { startedAt: START });
    const start = (at: Date) =>
      db.program.update({ where: { id: w.program.id }, data: { state: "RUNNING", startedAt: at } });
    return { w, pair, start };
  }

  it("no reminder while the program is still open, however long ago the pair was matched", async () => {
    await matchedEarly();
    for (const day of [5, 6, 8, 20, 60]) expect(await sendStepReminders(at(day)), `day ${day}`).toBe(0);
    expect(await reminders()).toEqual([]);
    expect(await deliveries()).toEqual([]);
  });

  it("once the program starts, step 1 is due a week after the start, not after the match", async () => {
    const { pair, start } = await matchedEarly();
    await start(at(10));
    // Day 6 after the match would have been "due soon" by the match; by the program's start, it is 11 days away.
    expect(await sendStepReminders(at(6))).toBe(0);
    expect(await sendStepReminders(at(14))).toBe(0);
    // Due on day 17 (the start + 7): due soon from day 15, overdue after day 17.
    expect(await sendStepReminders(at(15, 14))).toBe(2);
    expect(await sendStepReminders(at(16))).toBe(0);
    expect(await sendStepReminders(at(18))).toBe(2);
    expect((await deliveries()).map((d) => d.kind).sort()).toEqual([
      "step.due_soon",
      "step.due_soon",
      "step.overdue",
      "step.overdue",
    ]);
    expect((await reminders()).map((n) => n.userId).sort()).toEqual([...users(pair), ...users(pair)].sort());
  });

  it("a pair matched after the start keeps its own clock, from the match", async () => {
    const { w, start } = await matchedEarly();
    await start(at(-30));
    const late = await activePair(db, w, { mentor: "Maya Mentor", mentee: "Lou Mentee" }, { startedAt: at(2) });
    const lateOnes = async () => (await reminders()).filter((n) => users(late).includes(n.userId));
    // Both pairs were matched after the start: START's is due on day 7, the late one on day 9.
    expect(await sendStepReminders(at(6))).toBe(2);
    expect(await lateOnes()).toEqual([]);
    // Day 7, 14:00: START's pair is overdue, the late one is due within 2 days.
    expect(await sendStepReminders(at(7, 14))).toBe(4);
    expect((await lateOnes()).map((n) => n.title)).toEqual([
      "“Meet each other” is due soon",
      "“Meet each other” is due soon",
    ]);
  });

  it("a pair waiting for its program is never stalled; once it starts, the quiet counts from the start", async () => {
    const w = await programWorld(db, { state: "OPEN" });
    const pair = await activePair(
      db,
      w,
      { mentor: "Quinn Mentor", mentee: "Quincy Mentee" },
      { startedAt: daysAgo(40) },
    );
    await quietSince(db, pair, daysAgo(40));
    expect(await flagStalledPairings()).toBe(0);

    // Started 10 days ago: 10 quiet days since the steps opened is not yet stalled.
    await db.program.update({ where: { id: w.program.id }, data: { state: "RUNNING", startedAt: daysAgo(10) } });
    expect(await flagStalledPairings()).toBe(0);
    // Five days later, 15 quiet days since the start: stalled, and the admins hear of it.
    expect(await flagStalledPairings(new Date(Date.now() + 5 * DAY))).toBe(1);
    expect(await db.notification.count({ where: { kind: "pairing.stalled" } })).toBe(2);
  });
});

describe("nudges", () => {
  it("an admin's nudge tells both participants; a second one the same day does nothing", async () => {
    const w = await programWorld(db);
    const pair = await activePair(db, w, { mentor: "Quinn Mentor", mentee: "Quincy Mentee" });
    expect(await nudgePairing(w.admin, pair.id, { message: "Thinking of you both! How is the soap?" })).toEqual({
      nudged: true,
    });
    const told = await db.notification.findMany({
      where: { kind: "pairing.nudge" },
      select: { userId: true, body: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual(users(pair));
    expect(told.every((n) => n.body === "Thinking of you both! How is the soap?")).toBe(true);

    // A double click, or the owner a minute later.
    expect(await nudgePairing(w.admin, pair.id)).toEqual({ nudged: false });
    expect(await nudgePairing(w.owner, pair.id, {})).toEqual({ nudged: false });
    expect(await db.notification.count({ where: { kind: "pairing.nudge" } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "pairing.nudge" } })).toBe(1);
    const dashboard = await getProgramDashboard(w.admin, w.program.id);
    expect(dashboard.pairs[0]!.lastNudgedAt).not.toBeNull();

    // The next day, a nudge goes out again (with the kind default text).
    await db.reminderDelivery.updateMany({ where: { kind: "nudge" }, data: { sentAt: daysAgo(1.1) } });
    expect(await nudgePairing(w.owner, pair.id)).toEqual({ nudged: true });
    const latest = await db.notification.findFirst({
      where: { kind: "pairing.nudge", userId: pair.mentee.user.id },
      orderBy: { createdAt: "desc" },
    });
    expect(latest!.body).toMatch(/How is your mentorship in Learn the ropes going\?/);
  });

  it("refuses finished pairs and over-long messages", async () => {
    const w = await programWorld(db);
    const pair = await activePair(db, w, { mentor: "Quinn Mentor", mentee: "Quincy Mentee" });
    await expectRefused(() => nudgePairing(w.admin, pair.id, { message: "x".repeat(1001) }), "INVALID_INPUT", "long");
    await db.pairing.update({ where: { id: pair.id }, data: { state: "COMPLETED", completedAt: new Date() } });
    await expectRefused(() => nudgePairing(w.admin, pair.id), "CONFLICT", "completed pairing");
  });
});
