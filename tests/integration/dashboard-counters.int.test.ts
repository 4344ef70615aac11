/**
 * The progress dashboard's counters (issue 18, migration 20261207213500): what the database keeps for the
 * dashboard — per pair its steps done, average rating, last activity and the names' keys; per program its tally of pairs by state,
 * steps done and stall, its check-ins per week and its matched mentees — always equals a recount from the rows,
 * after every write path that changes them. And the dashboard reads them: one statement after the authorization,
 * the same at two sizes.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getProgramDashboard, weekOf } from "@/lib/pairings/get-dashboard";
import { clockStart, progressOf } from "@/lib/pairings/progress";
import { saveCheckIn } from "@/lib/pairings/save-check-in";
import { completeByAdmin, leavePairing } from "@/lib/pairings/finish-pairing";
import { endPairing } from "@/lib/pairings/end-pairing";
import { movePairing } from "@/lib/pairings/move-pairing";
import { sendMessage } from "@/lib/chat/send-message";
import { createApplicant } from "../factories/matching";
import { createCheckIn } from "../factories/mentorship";
import { activePair, daysAgo, programWorld, quietSince, type Pair, type ProgramWorld } from "../factories/pairings";
import { countStatements } from "./support/home-world";

let clientIds = 0;
const clientId = () => `counter-${++clientIds}-${Date.now()}`;

/** The counters recounted from the rows, as the dashboard counted them per request before. */
async function recount(w: ProgramWorld) {
  const program = await db.program.findUniqueOrThrow({ where: { id: w.program.id } });
  const steps = await db.programStep.findMany({ where: { programId: w.program.id, removedAt: null } });
  const pairs = await db.pairing.findMany({
    where: { programId: w.program.id },
    include: { checkIns: true, thread: true, mentor: true, mentee: true },
    relationLoadStrategy: "query",
    orderBy: { id: "asc" },
  });
  const perPair = pairs.map((p) => {
    const ratings = p.checkIns.map((c) => c.rating);
    const average = ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10 : 0;
    const clockStartedAt = clockStart(p.startedAt, program.startedAt);
    const activity = p.thread && p.thread.lastMessageAt > p.lastActivityAt ? p.thread.lastMessageAt : p.lastActivityAt;
    return {
      id: p.id,
      stepsDone: progressOf(steps, p.checkIns, { ...p, clockStartedAt }).done,
      averageRating: average,
      activityAt: activity.toISOString(),
      mentorKey: p.mentor.name.toLowerCase(),
      menteeKey: p.mentee.name.toLowerCase(),
    };
  });
  const tally = new Map<string, number>();
  for (const [p, mine] of pairs.map((p, i) => [p, perPair[i]!] as const)) {
    const key = `${p.state}/${mine.stepsDone}/${p.state === "ACTIVE" && p.stalledAt !== null}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const weeks = new Map<string, { checkIns: number; ratingSum: number }>();
  for (const c of pairs.flatMap((p) => p.checkIns)) {
    const week = weekOf(c.createdAt);
    const w0 = weeks.get(week) ?? { checkIns: 0, ratingSum: 0 };
    weeks.set(week, { checkIns: w0.checkIns + 1, ratingSum: w0.ratingSum + c.rating });
  }
  return {
    perPair,
    tally: Object.fromEntries([...tally].sort()),
    weeks: Object.fromEntries([...weeks].sort()),
    matchedMentees: new Set(pairs.map((p) => p.menteeApplicationId)).size,
  };
}

/** The counters as the database keeps them (rows at zero are as good as none). */
async function kept(w: ProgramWorld) {
  const pairs = await db.pairing.findMany({
    where: { programId: w.program.id },
    select: { id: true, stepsDone: true, averageRating: true, activityAt: true, mentorKey: true, menteeKey: true },
    orderBy: { id: "asc" },
  });
  const tally = await db.pairingTally.findMany({ where: { programId: w.program.id, pairs: { not: 0 } } });
  const weeks = await db.checkInWeek.findMany({ where: { programId: w.program.id, checkIns: { not: 0 } } });
  const program = await db.program.findUniqueOrThrow({ where: { id: w.program.id } });
  return {
    perPair: pairs.map((p) => ({ ...p, activityAt: p.activityAt.toISOString() })),
    tally: Object.fromEntries(
      tally
        .map((t) => [`${t.state}/${t.stepsDone}/${t.stalled}`, t.pairs] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
    weeks: Object.fromEntries(
      weeks
        .map((x) => [x.week.toISOString().slice(0, 10), { checkIns: x.checkIns, ratingSum: x.ratingSum }] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
    matchedMentees: program.matchedMentees,
  };
}

async function expectCounted(w: ProgramWorld, after: string) {
  expect(await kept(w), `after ${after}`).toEqual(await recount(w));
}

const checkIn = (who: Pair["mentorCaller"], pair: Pair, stepId: string, rating: number) =>
  saveCheckIn(who, pair.id, { stepId, reflection: "We met and talked it through.", rating });

describe("the dashboard's counters", { timeout: 240_000 }, () => {
  it("equal a recount after check-ins, edits, messages, stalls, completion, ending, leaving, moving and retired steps", async () => {
    const w = await programWorld(db);
    const [a, b, c, d] = [
      await activePair(db, w, { mentor: "Mentor A", mentee: "Mentee A" }, { startedAt: daysAgo(20) }),
      await activePair(db, w, { mentor: "Mentor B", mentee: "Mentee B" }, { startedAt: daysAgo(15) }),
      await activePair(db, w, { mentor: "Mentor C", mentee: "Mentee C" }, { startedAt: daysAgo(9) }),
      await activePair(db, w, { mentor: "Mentor D", mentee: "Mentee D" }, { startedAt: daysAgo(4) }),
    ];
    const [s1, s2] = w.steps.map((s) => s.id) as [string, string];
    await expectCounted(w, "matching");

    // Check-ins through the service: one side (not done), both sides (done), a rating changed by a second save.
    await checkIn(a.mentorCaller, a, s1, 2);
    await expectCounted(w, "one side's check-in");
    await checkIn(a.mentorCaller, a, s1, 3);
    await expectCounted(w, "a check-in saved again with another rating");
    await checkIn(a.menteeCaller, a, s1, 5);
    await checkIn(b.mentorCaller, b, s1, 4);
    await checkIn(b.menteeCaller, b, s1, 4);
    await expectCounted(w, "both sides' check-ins");
    expect((await db.pairing.findUniqueOrThrow({ where: { id: a.id } })).stepsDone).toBe(1);

    // Straight to the database too (imports, seeds, repairs): a check-in inserted, one deleted.
    await createCheckIn(db, c, { id: s2 }, c.mentor.user, { rating: 1 });
    await createCheckIn(db, c, { id: s2 }, c.mentee.user, { rating: 2 });
    await expectCounted(w, "check-ins written directly");
    await db.checkIn.deleteMany({ where: { pairingId: c.id, userId: c.mentee.user.id } });
    await expectCounted(w, "a check-in deleted");

    // Messages and quiet spells: the last activity follows the pairing's and the thread's, both ways.
    await sendMessage(a.menteeCaller, a.threadId, { clientId: clientId(), body: "See you Thursday" });
    await expectCounted(w, "a message");
    await quietSince(db, b, daysAgo(12), daysAgo(3));
    await quietSince(db, c, daysAgo(2), daysAgo(6));
    await expectCounted(w, "quiet spells");

    // Stalled (the reminders job), completed by an admin, ended by an admin, left by a participant.
    await db.pairing.update({ where: { id: b.id }, data: { stalledAt: daysAgo(1) } });
    await expectCounted(w, "a stall");
    await checkIn(b.mentorCaller, b, s2, 5);
    await expectCounted(w, "a stalled pair checking in (no longer stalled)");
    await completeByAdmin(w.admin, a.id);
    await expectCounted(w, "completion");
    await endPairing(w.admin, c.id, { reason: "Not a fit", mentee: "rematch" });
    await expectCounted(w, "ending");
    await leavePairing(d.menteeCaller, d.id, { reason: "Moving abroad" });
    await expectCounted(w, "leaving");

    // Moving a mentee: the old pairing ends, a new one starts; the mentee counts once among the matched.
    const e = await activePair(db, w, { mentor: "Mentor E", mentee: "Mentee E" }, { startedAt: daysAgo(3) });
    await checkIn(e.mentorCaller, e, s1, 4);
    await checkIn(e.menteeCaller, e, s1, 4);
    const other = await createApplicant(db, w.program, "Mentor F", "MENTOR", { capacity: 2 });
    const moved = await movePairing(w.admin, e.id, {
      mentorApplicationId: other.application.id,
      introduction: "Meet your new mentor, who knows the trade well.",
    });
    await expectCounted(w, "moving");
    expect((await kept(w)).matchedMentees).toBe(5);
    expect((await db.pairing.findUniqueOrThrow({ where: { id: moved.pairingId } })).stepsDone).toBe(0);

    // A partner renames themself: the sorts by name and the search follow.
    await db.user.update({ where: { id: b.mentor.user.id }, data: { name: "Zoë Renamed" } });
    await expectCounted(w, "a rename");
    expect((await getProgramDashboard(w.admin, w.program.id, { q: "RENAMED" })).pairs.map((p) => p.id)).toEqual([b.id]);

    // A step retired (and put back) changes what "done" means for every pair of the program.
    await db.programStep.update({ where: { id: s1 }, data: { removedAt: new Date() } });
    await expectCounted(w, "a retired step");
    await db.programStep.update({ where: { id: s1 }, data: { removedAt: null } });
    await expectCounted(w, "a step put back");

    // And the dashboard shows them: its figures equal the recount.
    const dash = await getProgramDashboard(w.admin, w.program.id);
    const counted = await recount(w);
    const states = (state: string) =>
      Object.entries(counted.tally)
        .filter(([k]) => k.startsWith(`${state}/`))
        .reduce((n, [, v]) => n + v, 0);
    expect(dash.funnel).toMatchObject({
      active: states("ACTIVE"),
      completed: states("COMPLETED"),
      endedEarly: states("ENDED"),
      matchedMentees: counted.matchedMentees,
    });
    const week = dash.weeks.find((x) => x.week === weekOf(new Date()))!;
    expect(week.checkIns).toBe(counted.weeks[weekOf(new Date())]?.checkIns ?? 0);
    expect(dash.pairs.map((p) => p.averageRating)).toEqual(
      dash.pairs.map((p) => counted.perPair.find((x) => x.id === p.id)!.averageRating || null),
    );
    expect(dash.pairs.map((p) => p.lastActivityAt)).toEqual(
      dash.pairs.map((p) => counted.perPair.find((x) => x.id === p.id)!.activityAt),
    );
  });

  it("reads the whole dashboard in one statement after the authorization, at two sizes", async () => {
    const w = await programWorld(db);
    const grow = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const pair = await activePair(
          db,
          w,
          { mentor: `Mentor ${i}`, mentee: `Mentee ${i}` },
          { startedAt: daysAgo(9) },
        );
        await createCheckIn(db, pair, w.steps[0]!, pair.mentor.user, { rating: 1 + (i % 5) });
      }
    };
    await grow(0, 3);
    const views = [{}, { sort: "progress", state: "ACTIVE" }, { sort: "rating", dir: "asc", stalled: "false" }];
    const count = async () => {
      const out = [];
      for (const view of views)
        out.push((await countStatements(() => getProgramDashboard(w.admin, w.program.id, view))).statements);
      return out;
    };
    const small = await count();
    await grow(3, 40);
    const large = await count();
    expect(large).toEqual(small);
    // The authorization's one read of the program with its group and the viewer's standing, then the dashboard.
    expect(Math.max(...large)).toBeLessThanOrEqual(2);
  });
});
