/**
 * The admin's progress dashboard over a program with pairs at every stage (new, halfway, stalled, completed with
 * feedback, ended early by a participant and by an admin), checked figure by figure against counts computed here
 * with plain SQL; its filters and sorts; and "My mentorships", with what is due next.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getProgramDashboard } from "@/lib/pairings/get-dashboard";
import { findMyPairings } from "@/lib/pairings/find-my-pairings";
import { completeByAdmin, leavePairing } from "@/lib/pairings/finish-pairing";
import { giveFeedback } from "@/lib/pairings/give-feedback";
import { saveCheckIn } from "@/lib/pairings/save-check-in";
import { flagStalledPairings } from "@/lib/pairings/reminders";
import { endPairing } from "@/lib/pairings/end-pairing";
import { leaveGroup } from "@/lib/groups/leave-group";
import { createApplication, createCheckIn, createProgram } from "../factories/mentorship";
import { createApplicant } from "../factories/matching";
import { createUser } from "../factories/users";
import { addMember } from "../factories/groups";
import {
  activePair,
  checkInBoth,
  DAY,
  daysAgo,
  programWorld,
  quietSince,
  STEPS,
  type Pair,
} from "../factories/pairings";
import { outcome } from "./support/world";

const FOUR_STEPS = [...STEPS.slice(0, 2), { title: "Practice", dueWeek: 3 }, { title: "Look back", dueWeek: 4 }];

/** Puts every check-in of the pairing in the week of its step (two days before it is due), rated as given. */
async function backdate(pair: Pair, ratings: number[] = []) {
  await db.$executeRaw`
    UPDATE "CheckIn" c SET "createdAt" = p."startedAt" + ((s."dueWeek" * 7 - 2) * interval '1 day')
    FROM "Pairing" p, "ProgramStep" s WHERE p.id = c."pairingId" AND s.id = c."stepId" AND p.id = ${pair.id}`;
  const rows = await db.checkIn.findMany({
    where: { pairingId: pair.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  for (const [i, rating] of ratings.entries())
    if (rows[i]) await db.checkIn.update({ where: { id: rows[i]!.id }, data: { rating } });
}

/** A program with pairs at every stage, plus another program whose figures must not leak in. */
async function seed() {
  const w = await programWorld(db, { steps: FOUR_STEPS });
  const [meet, goal, practice] = [w.steps[0]!, w.steps[1]!, w.steps[2]!];
  const diego = await createApplicant(db, w.program, "Diego Mentor", "MENTOR", { capacity: 3 });
  const maya = await createApplicant(db, w.program, "Maya Mentor", "MENTOR", { capacity: 3 });

  const fresh = await activePair(db, w, { mentor: "", mentee: "Nell New" }, { mentor: diego, startedAt: daysAgo(1) });
  const halfway = await activePair(
    db,
    w,
    { mentor: "", mentee: "Hal Halfway" },
    { mentor: diego, startedAt: daysAgo(20) },
  );
  await checkInBoth(db, halfway, [meet, goal]);
  await createCheckIn(db, halfway, practice, halfway.mentee.user);
  await backdate(halfway, [5, 4, 3, 2, 4]);
  await quietSince(db, halfway, daysAgo(2));

  const stalled = await activePair(
    db,
    w,
    { mentor: "", mentee: "Stella Stalled" },
    { mentor: maya, startedAt: daysAgo(30) },
  );
  await checkInBoth(db, stalled, [meet]);
  await backdate(stalled, [2, 1]);
  await quietSince(db, stalled, daysAgo(20));
  expect(await flagStalledPairings()).toBe(1);

  const completedA = await activePair(
    db,
    w,
    { mentor: "Carl Mentor", mentee: "Cora Complete" },
    { startedAt: daysAgo(40) },
  );
  await checkInBoth(db, completedA, w.steps, 5);
  await backdate(completedA);
  await completeByAdmin(w.owner, completedA.id);
  await giveFeedback(completedA.menteeCaller, completedA.id, {
    rating: 5,
    recommend: 10,
    comment: "Wonderful, thank you",
    anonymous: true,
  });
  await giveFeedback(completedA.mentorCaller, completedA.id, {
    rating: 3,
    recommend: 6,
    comment: "Too short",
    anonymous: false,
  });
  const completedB = await activePair(
    db,
    w,
    { mentor: "", mentee: "Cleo Complete" },
    { mentor: maya, startedAt: daysAgo(35) },
  );
  await checkInBoth(db, completedB, w.steps, 4);
  await backdate(completedB);
  await completeByAdmin(w.admin, completedB.id);
  await giveFeedback(completedB.menteeCaller, completedB.id, { rating: 4, recommend: 9 });
  await giveFeedback(completedB.mentorCaller, completedB.id, {
    rating: 4,
    recommend: 8,
    comment: "Fine",
    anonymous: false,
  });

  const leftEarly = await activePair(db, w, { mentor: "Lee Mentor", mentee: "Lou Left" }, { startedAt: daysAgo(25) });
  await saveCheckIn(leftEarly.menteeCaller, leftEarly.id, { stepId: meet.id, reflection: "Hmm", rating: 2 });
  await leavePairing(leftEarly.menteeCaller, leftEarly.id, { reason: "We never found a time" });
  const waitlisted = await activePair(
    db,
    w,
    { mentor: "Wes Mentor", mentee: "Wanda Waitlisted" },
    { startedAt: daysAgo(10) },
  );
  await endPairing(w.admin, waitlisted.id, { reason: "Mentor moved away", mentee: "waitlist" });

  // Applications that never became pairs, in every state (a draft is not in the funnel).
  for (const [name, role, state] of [
    ["Pat Pending", "MENTEE", "PENDING"],
    ["Pia Pending", "MENTEE", "PENDING"],
    ["Ann Approved", "MENTEE", "APPROVED"],
    ["Will Waitlisted", "MENTEE", "WAITLISTED"],
    ["Dec Declined", "MENTEE", "DECLINED"],
    ["Wit Withdrawn", "MENTEE", "WITHDRAWN"],
    ["Dra Draft", "MENTEE", "DRAFT"],
    ["Pam Pending", "MENTOR", "PENDING"],
    ["Dot Declined", "MENTOR", "DECLINED"],
  ] as const)
    await createApplicant(db, w.program, name, role, { state });

  // Another program of the same group, with its own pair, check-ins and feedback.
  const other = await createProgram(db, w.group, w.owner, { name: "Other program", state: "RUNNING" });
  const elsewhere = await activePair(
    db,
    { program: other, owner: w.owner },
    { mentor: "Xi Mentor", mentee: "Xu Mentee" },
  );
  await checkInBoth(db, elsewhere, other.steps, 1);
  await completeByAdmin(w.owner, elsewhere.id);
  await giveFeedback(elsewhere.menteeCaller, elsewhere.id, { rating: 1, recommend: 0, comment: "Other program" });

  return { w, pairs: { fresh, halfway, stalled, completedA, completedB, leftEarly, waitlisted } };
}

type PairRow = {
  id: string;
  state: string;
  mentor: string;
  mentee: string;
  currentStep: string | null;
  done: number;
  total: number;
  percent: number;
  averageRating: number | null;
  stalled: boolean;
  lastActivityAt: Date;
};

/** The figures, counted independently with SQL. */
async function counted(programId: string, now: Date) {
  const applications = await db.$queryRaw<{ role: string; state: string; n: number }[]>`
    SELECT role::text, state::text, count(*)::int AS n FROM "Application"
    WHERE "programId" = ${programId} AND state <> 'DRAFT' GROUP BY role, state`;
  const [funnel] = await db.$queryRaw<
    { approved: number; matched: number; active: number; completed: number; ended: number }[]
  >`
    SELECT
      (SELECT count(*)::int FROM "Application" a WHERE a."programId" = ${programId} AND a.role = 'MENTEE'
        AND (a.state IN ('APPROVED', 'MATCHED') OR EXISTS (SELECT 1 FROM "Pairing" p WHERE p."menteeApplicationId" = a.id)))
        AS approved,
      (SELECT count(DISTINCT "menteeApplicationId")::int FROM "Pairing" WHERE "programId" = ${programId}) AS matched,
      (SELECT count(*)::int FROM "Pairing" WHERE "programId" = ${programId} AND state = 'ACTIVE') AS active,
      (SELECT count(*)::int FROM "Pairing" WHERE "programId" = ${programId} AND state = 'COMPLETED') AS completed,
      (SELECT count(*)::int FROM "Pairing" WHERE "programId" = ${programId} AND state = 'ENDED') AS ended`;
  const pairs = await db.$queryRaw<PairRow[]>`
    WITH steps AS (SELECT id, title, position FROM "ProgramStep" WHERE "programId" = ${programId} AND "removedAt" IS NULL),
    status AS (
      SELECT p.id AS "pairingId", s.id AS "stepId", s.title, s.position,
        EXISTS (SELECT 1 FROM "CheckIn" c WHERE c."pairingId" = p.id AND c."stepId" = s.id AND c."userId" = p."mentorId")
        AND EXISTS (SELECT 1 FROM "CheckIn" c WHERE c."pairingId" = p.id AND c."stepId" = s.id AND c."userId" = p."menteeId")
          AS complete
      FROM "Pairing" p CROSS JOIN steps s WHERE p."programId" = ${programId})
    SELECT p.id, p.state::text AS state, mu.name AS mentor, eu.name AS mentee,
      CASE WHEN p.state = 'ACTIVE' THEN (SELECT st.title FROM status st WHERE st."pairingId" = p.id AND NOT st.complete
        ORDER BY st.position LIMIT 1) END AS "currentStep",
      (SELECT count(*)::int FROM status st WHERE st."pairingId" = p.id AND st.complete) AS done,
      (SELECT count(*)::int FROM steps) AS total,
      round(100.0 * (SELECT count(*) FROM status st WHERE st."pairingId" = p.id AND st.complete)
        / NULLIF((SELECT count(*) FROM steps), 0))::int AS percent,
      (SELECT round(avg(c.rating), 1)::float8 FROM "CheckIn" c WHERE c."pairingId" = p.id) AS "averageRating",
      (p.state = 'ACTIVE' AND p."stalledAt" IS NOT NULL) AS stalled,
      GREATEST(p."lastActivityAt", t."lastMessageAt") AS "lastActivityAt"
    FROM "Pairing" p JOIN "User" mu ON mu.id = p."mentorId" JOIN "User" eu ON eu.id = p."menteeId"
    LEFT JOIN "Thread" t ON t."pairingId" = p.id
    WHERE p."programId" = ${programId}`;
  const iso = now.toISOString();
  const weeks = await db.$queryRaw<{ week: string; n: number; avg: number }[]>`
    SELECT to_char(date_trunc('week', c."createdAt"), 'YYYY-MM-DD') AS week, count(*)::int AS n,
      round(avg(c.rating), 1)::float8 AS avg
    FROM "CheckIn" c JOIN "Pairing" p ON p.id = c."pairingId"
    WHERE p."programId" = ${programId}
      AND c."createdAt" >= date_trunc('week', (${iso}::timestamptz AT TIME ZONE 'UTC')) - interval '11 weeks'
    GROUP BY 1 ORDER BY 1`;
  const [feedback] = await db.$queryRaw<{ n: number; avg: number | null; nps: number | null }[]>`
    SELECT count(*)::int AS n, round(avg(f.rating), 1)::float8 AS avg,
      round(100.0 * (count(*) FILTER (WHERE f.recommend >= 9) - count(*) FILTER (WHERE f.recommend <= 6))
        / NULLIF(count(*), 0))::int AS nps
    FROM "Feedback" f JOIN "Pairing" p ON p.id = f."pairingId" WHERE p."programId" = ${programId}`;
  const comments = await db.$queryRaw<{ comment: string; rating: number; recommend: number; author: string | null }[]>`
    SELECT f.comment, f.rating, f.recommend, CASE WHEN f.anonymous THEN NULL ELSE u.name END AS author
    FROM "Feedback" f JOIN "Pairing" p ON p.id = f."pairingId" JOIN "User" u ON u.id = f."userId"
    WHERE p."programId" = ${programId} AND f.comment <> '' ORDER BY f.comment`;
  const [{ thisWeek }] = (await db.$queryRaw<{ thisWeek: string }[]>`
    SELECT to_char(date_trunc('week', (${iso}::timestamptz AT TIME ZONE 'UTC')), 'YYYY-MM-DD') AS "thisWeek"`) as [
    { thisWeek: string },
  ];
  return { applications, funnel: funnel!, pairs, weeks, thisWeek, feedback: feedback!, comments };
}

describe("the progress dashboard", () => {
  it("equals independent SQL counts over a program with pairs at every stage", async () => {
    const { w, pairs } = await seed();
    const now = new Date();
    const d = await getProgramDashboard(w.admin, w.program.id, {}, now);
    const sql = await counted(w.program.id, now);

    // The funnel.
    const byRole: Record<string, Record<string, number>> = { MENTOR: {}, MENTEE: {} };
    for (const a of sql.applications) byRole[a.role]![a.state] = a.n;
    expect(d.funnel.applications).toEqual(byRole);
    expect(d.funnel.applications.MENTEE).not.toHaveProperty("DRAFT");
    expect(d.funnel).toMatchObject({
      matchedMentees: sql.funnel.matched,
      active: sql.funnel.active,
      completed: sql.funnel.completed,
      endedEarly: sql.funnel.ended,
    });
    expect([d.funnel.active, d.funnel.completed, d.funnel.endedEarly]).toEqual([3, 2, 2]);

    // Every pair's row.
    expect(d.pairs).toHaveLength(7);
    const mine = d.pairs.map((p) => ({
      id: p.id,
      state: p.state,
      mentor: p.mentor,
      mentee: p.mentee,
      currentStep: p.currentStep,
      done: p.done,
      total: p.total,
      percent: p.percent,
      averageRating: p.averageRating,
      stalled: p.stalled,
      lastActivityAt: p.lastActivityAt,
    }));
    const theirs = sql.pairs.map((p) => ({ ...p, lastActivityAt: p.lastActivityAt.toISOString() }));
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(mine.sort(byId)).toEqual(theirs.sort(byId));
    // What those rows say, in words a reader would check.
    const row = (p: Pair) => d.pairs.find((r) => r.id === p.id)!;
    expect(row(pairs.fresh)).toMatchObject({
      currentStep: "Meet each other",
      done: 0,
      percent: 0,
      averageRating: null,
    });
    expect(row(pairs.halfway)).toMatchObject({
      currentStep: "Practice",
      done: 2,
      total: 4,
      percent: 50,
      averageRating: 3.6,
    });
    expect(row(pairs.stalled)).toMatchObject({ stalled: true, done: 1, percent: 25, averageRating: 1.5 });
    expect(row(pairs.completedA)).toMatchObject({
      state: "COMPLETED",
      currentStep: null,
      percent: 100,
      stalled: false,
    });
    expect(row(pairs.leftEarly)).toMatchObject({ state: "ENDED", currentStep: null, done: 0, averageRating: 2 });
    expect(d.stalledCount).toBe(1);

    // Check-ins per week: twelve weeks up to this one, the counts and ratings as SQL groups them.
    expect(d.weeks).toHaveLength(12);
    expect(d.weeks.at(-1)!.week).toBe(sql.thisWeek);
    expect(d.weeks.filter((x) => x.checkIns > 0).map((x) => [x.week, x.checkIns, x.averageRating])).toEqual(
      sql.weeks.map((x) => [x.week, x.n, x.avg]),
    );
    expect(d.weeks.reduce((n, x) => n + x.checkIns, 0)).toBe(
      await db.checkIn.count({ where: { pairing: { programId: w.program.id } } }),
    );

    // Feedback: average, NPS and comments, without names where asked.
    expect(d.feedback).toMatchObject({ count: sql.feedback.n, averageRating: sql.feedback.avg, nps: sql.feedback.nps });
    expect([d.feedback.count, d.feedback.averageRating, d.feedback.nps]).toEqual([4, 4, 25]);
    const comments = d.feedback.comments.map(({ comment, rating, recommend, author }) => ({
      comment,
      rating,
      recommend,
      author,
    }));
    expect(comments.sort((a, b) => (a.comment < b.comment ? -1 : 1))).toEqual(sql.comments);
    const anonymous = d.feedback.comments.find((c) => c.comment === "Wonderful, thank you")!;
    expect(anonymous.author).toBeNull();
    expect(JSON.stringify(anonymous)).not.toContain("Cora");
    expect(d.feedback.comments.find((c) => c.comment === "Too short")!.author).toBe("Carl Mentor");
    expect(JSON.stringify(d)).not.toContain("Other program");
  });

  it("counts every mentee who was ever paired as approved, so the funnel never narrows upwards", async () => {
    const { w, pairs } = await seed();
    const d = await getProgramDashboard(w.admin, w.program.id);
    const sql = await counted(w.program.id, new Date());
    // Wanda was approved, matched, and put on the waitlist when an admin ended her pairing.
    const wanda = await db.application.findUniqueOrThrow({ where: { id: pairs.waitlisted.mentee.application.id } });
    expect(wanda.state).toBe("WAITLISTED");
    // "Mentees approved at some point (approved, matched, or since paired)" (dashboard-dto.ts).
    expect(d.funnel.approvedMentees).toBe(sql.funnel.approved);
    expect(d.funnel.approvedMentees).toBeGreaterThanOrEqual(d.funnel.matchedMentees);
  });

  it("filters and sorts the pairs table, leaving the funnel and the stalled count alone", async () => {
    const { w, pairs } = await seed();
    const ids = async (query: object) =>
      (await getProgramDashboard(w.admin, w.program.id, query)).pairs.map((p) => p.id);
    const all = await getProgramDashboard(w.admin, w.program.id);
    const active = await db.pairing.findMany({
      where: { programId: w.program.id, state: "ACTIVE" },
      select: { id: true },
    });

    expect((await ids({ state: "ACTIVE" })).sort()).toEqual(active.map((p) => p.id).sort());
    expect((await ids({ state: "ENDED" })).sort()).toEqual([pairs.leftEarly.id, pairs.waitlisted.id].sort());
    expect(await ids({ stalled: "true" })).toEqual([pairs.stalled.id]);
    expect(await ids({ stalled: "false" })).toHaveLength(6);
    expect((await ids({ q: "mAYa" })).sort()).toEqual([pairs.stalled.id, pairs.completedB.id].sort());
    expect(await ids({ q: "cora" })).toEqual([pairs.completedA.id]);
    expect(await ids({ q: "nobody" })).toEqual([]);
    const filtered = await getProgramDashboard(w.admin, w.program.id, { state: "COMPLETED", q: "zzz" });
    expect(filtered.funnel).toEqual(all.funnel);
    expect(filtered.stalledCount).toBe(1);

    const sorted = async (sort: string, dir: string) =>
      (await getProgramDashboard(w.admin, w.program.id, { sort, dir })).pairs;
    const percents = (await sorted("progress", "asc")).map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    const mentees = (await sorted("mentee", "asc")).map((p) => p.mentee);
    expect(mentees).toEqual([...mentees].sort((a, b) => a.localeCompare(b)));
    const started = (await sorted("started", "desc")).map((p) => p.startedAt);
    expect(started).toEqual([...started].sort().reverse());
    const ratings = (await sorted("rating", "desc")).map((p) => p.averageRating ?? -1);
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a));
    const recent = (await sorted("lastActivity", "desc")).map((p) => p.lastActivityAt);
    expect(recent).toEqual([...recent].sort().reverse());
    expect((await sorted("mentor", "asc")).map((p) => p.mentor)[0]).toBe("Carl Mentor");

    for (const bad of [
      { sort: "endReason" },
      { dir: "sideways" },
      { state: "BOGUS" },
      { stalled: "maybe" },
      { q: "x".repeat(101) },
    ])
      expect(
        (await outcome(getProgramDashboard(w.admin, w.program.id, bad))).code,
        JSON.stringify(bad).slice(0, 40),
      ).toBe("INVALID_INPUT");
  });
});

describe("my mentorships", () => {
  it("lists the participant's pairings across groups with what is due next, not those of groups they left", async () => {
    const soap = await programWorld(db, { groupName: "Soap Makers" });
    const candles = await programWorld(db, { groupName: "Candle Club", programName: "Candle basics" });
    const sam = await createUser(db, { name: "Sam Both", password: null });
    await addMember(db, candles.group, sam);
    const samApplicant = {
      user: { id: sam.id, name: sam.name, email: sam.email, timeZone: sam.timeZone },
      application: await createApplication(db, soap.program, sam, "MENTEE"),
      membershipId: (await addMember(db, soap.group, sam)).id,
    };
    const started = daysAgo(15);

    // In Soap Makers: an earlier pairing that ended, and the current one, on step 2.
    const first = await activePair(
      db,
      soap,
      { mentor: "Eve Mentor", mentee: "" },
      { mentee: samApplicant, startedAt: daysAgo(40) },
    );
    await db.pairing.update({ where: { id: first.id }, data: { state: "ENDED", endedAt: daysAgo(30) } });
    const current = await activePair(
      db,
      soap,
      { mentor: "Diego Mentor", mentee: "" },
      { mentee: samApplicant, startedAt: started },
    );
    await checkInBoth(db, current, [soap.steps[0]!]);
    await createCheckIn(db, current, soap.steps[1]!, current.mentor.user);
    // In Candle Club, Sam mentors.
    const mentorApplicant = {
      ...samApplicant,
      application: await createApplication(db, candles.program, sam, "MENTOR"),
    };
    const mentoring = await activePair(
      db,
      candles,
      { mentor: "", mentee: "Cara Mentee" },
      { mentor: mentorApplicant, startedAt: daysAgo(3) },
    );

    const now = new Date();
    const list = await findMyPairings(current.menteeCaller, now);
    // Active ones first (newest first), then the finished ones.
    expect(list.map((p) => [p.id, p.state, p.side])).toEqual([
      [mentoring.id, "ACTIVE", "MENTOR"],
      [current.id, "ACTIVE", "MENTEE"],
      [first.id, "ENDED", "MENTEE"],
    ]);
    const mine = list[1]!;
    expect(mine).toMatchObject({
      program: { id: soap.program.id, name: "Learn the ropes" },
      group: { slug: soap.group.slug, name: "Soap Makers" },
      partner: { name: "Diego Mentor" },
      progress: { done: 1, total: 3, percent: 33 },
      next: {
        stepId: soap.steps[1]!.id,
        title: "Set a goal",
        dueAt: new Date(started.getTime() + 14 * DAY).toISOString(),
        overdue: true,
        checkedIn: false,
      },
      awaitingYou: true,
    });
    expect(list[0]).toMatchObject({
      group: { name: "Candle Club" },
      partner: { name: "Cara Mentee" },
      next: { title: "Meet each other", overdue: false, checkedIn: false },
      awaitingYou: true,
    });
    expect(list[2]).toMatchObject({ next: null, awaitingYou: false });
    // The mentor has checked in on step 2: nothing awaits him, the step is still what is due.
    const diego = (await findMyPairings(current.mentorCaller, now))[0]!;
    expect(diego).toMatchObject({ next: { title: "Set a goal", checkedIn: true }, awaitingYou: false });
    expect(diego.partner.name).toBe("Sam Both");

    // Sam leaves Candle Club: that pairing ends and is no longer listed; the others stay.
    await leaveGroup(current.menteeCaller, candles.group.slug);
    const after = await findMyPairings(current.menteeCaller, now);
    expect(after.map((p) => p.id)).toEqual([current.id, first.id]);
    expect((await db.pairing.findUniqueOrThrow({ where: { id: mentoring.id } })).state).toBe("ENDED");
    // Cara still sees it, ended.
    expect((await findMyPairings(mentoring.menteeCaller, now)).map((p) => [p.id, p.state])).toEqual([
      [mentoring.id, "ENDED"],
    ]);
  });
});
