/**
 * The progress dashboard at scale (issue 18): one page of pairs whatever the program's size, the same number of SQL
 * statements at two sizes, paging that visits every pair exactly once in the order asked, filters and sorts done in
 * SQL, figures counted over every pair (not the page), the CSV's keyset batches, and who may look.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getProgramDashboard, PAIRS_PER_PAGE, streamDashboardPairs } from "@/lib/pairings/get-dashboard";
import { clockStart, progressOf } from "@/lib/pairings/progress";
import type { DashboardPairDto } from "@/lib/pairings/dashboard-dto";
import { createUser } from "../factories/users";
import { addMember } from "../factories/groups";
import { createCheckIn } from "../factories/mentorship";
import { activePair, callerOf, daysAgo, programWorld, quietSince, type ProgramWorld } from "../factories/pairings";
import { countStatements } from "./support/home-world";
import { outcome } from "./support/world";

let w: ProgramWorld;
let grown = 0;

/** `n` more pairs: names that sort the same in any collation, some steps done, ratings, states and quiet spells. */
async function grow(n: number) {
  for (let i = 0; i < n; i++) {
    grown += 1;
    const id = String(grown).padStart(3, "0");
    const pair = await activePair(
      db,
      w,
      { mentor: `Mentor ${id}`, mentee: `Mentee ${String(1000 - grown)}` },
      { startedAt: daysAgo(10 + (grown % 17)) },
    );
    // Up to three steps done by both; every fifth pair has the mentee alone on the next one (not done).
    const done = grown % 4;
    for (const step of w.steps.slice(0, done)) {
      await createCheckIn(db, pair, step, pair.mentor.user, { rating: 1 + (grown % 5) });
      await createCheckIn(db, pair, step, pair.mentee.user, { rating: 1 + ((grown * 3) % 5) });
    }
    if (grown % 5 === 0 && w.steps[done]) await createCheckIn(db, pair, w.steps[done], pair.mentee.user);
    await quietSince(db, pair, daysAgo(grown % 23), daysAgo(grown % 29));
    if (grown % 7 === 0) await db.pairing.update({ where: { id: pair.id }, data: { stalledAt: daysAgo(1) } });
    if (grown % 9 === 0)
      await db.pairing.update({ where: { id: pair.id }, data: { state: "COMPLETED", completedAt: daysAgo(1) } });
    if (grown % 11 === 0)
      await db.pairing.update({ where: { id: pair.id }, data: { state: "ENDED", endedAt: daysAgo(1) } });
  }
}

/** Every page of a view, walked through as the page links do. */
async function walk(query: Record<string, unknown>) {
  const first = await getProgramDashboard(w.admin, w.program.id, query);
  const pairs = [...first.pairs];
  for (let page = 2; page <= first.page.pages; page++) {
    const next = await getProgramDashboard(w.admin, w.program.id, { ...query, page });
    expect(next.page.number).toBe(page);
    expect(next.pairs.length).toBeLessThanOrEqual(PAIRS_PER_PAGE);
    pairs.push(...next.pairs);
  }
  return { first, pairs };
}

const SORT_KEYS: Record<string, (p: DashboardPairDto) => string | number> = {
  lastActivity: (p) => p.lastActivityAt,
  progress: (p) => p.percent,
  started: (p) => p.startedAt,
  rating: (p) => p.averageRating ?? -1,
  mentor: (p) => p.mentor.toLowerCase(),
  mentee: (p) => p.mentee.toLowerCase(),
};

/** Every pair of the program, with its progress, read here with plain Prisma: the reference the SQL must match. */
async function everyPair() {
  const rows = await db.pairing.findMany({
    where: { programId: w.program.id },
    select: {
      id: true,
      state: true,
      stalledAt: true,
      mentorId: true,
      menteeId: true,
      startedAt: true,
      checkIns: { select: { stepId: true, userId: true } },
    },
    relationLoadStrategy: "query",
  });
  const program = await db.program.findUniqueOrThrow({ where: { id: w.program.id } });
  const steps = await db.programStep.findMany({ where: { programId: w.program.id, removedAt: null } });
  return rows.map((p) => ({
    ...p,
    done: progressOf(steps, p.checkIns, { ...p, clockStartedAt: clockStart(p.startedAt, program.startedAt) }).done,
  }));
}

/** A fresh program with `n` pairs (the database is emptied before each test). */
async function world(n: number) {
  grown = 0;
  w = await programWorld(db);
  await grow(n);
}

// Growing a program pair by pair takes a while on a busy machine.
describe("the progress dashboard at scale", { timeout: 240_000 }, () => {
  it("runs the same statements for 8 pairs and for 70, and sends one page of rows", async () => {
    await world(8);
    const views = [{}, { sort: "progress", q: "mentor 0" }, { sort: "rating", state: "ACTIVE", stalled: "false" }];
    const small = [];
    for (const view of views) {
      const { result, statements } = await countStatements(() => getProgramDashboard(w.admin, w.program.id, view));
      expect(result.pairs.length).toBeLessThanOrEqual(PAIRS_PER_PAGE);
      small.push(statements);
    }
    await grow(62);
    const large = [];
    for (const view of views) {
      const { result, statements } = await countStatements(() => getProgramDashboard(w.admin, w.program.id, view));
      expect(result.pairs).toHaveLength(PAIRS_PER_PAGE);
      large.push(statements);
    }
    expect(large).toEqual(small);
    // The authorization's reads (the program, its group and the viewer's standing) and two statements of its own:
    // the figures and the page.
    expect(Math.max(...large)).toBeLessThanOrEqual(6);
  });

  it("visits every pair exactly once, in the order of each sort, page after page", async () => {
    await world(60);
    const all = (await everyPair()).map((p) => p.id).sort();
    for (const sort of Object.keys(SORT_KEYS))
      for (const dir of ["asc", "desc"] as const) {
        const { first, pairs } = await walk({ sort, dir });
        expect(first.page.total, `${sort} ${dir}`).toBe(all.length);
        expect(first.page.pages).toBe(Math.ceil(all.length / PAIRS_PER_PAGE));
        expect(
          pairs.map((p) => p.id),
          `${sort} ${dir}`,
        ).toHaveLength(all.length);
        expect(pairs.map((p) => p.id).sort(), `${sort} ${dir}`).toEqual(all);
        const key = SORT_KEYS[sort]!;
        const sign = dir === "asc" ? 1 : -1;
        for (let i = 1; i < pairs.length; i++) {
          const [a, b] = [pairs[i - 1]!, pairs[i]!];
          const order = (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * sign;
          // Ties by id in the view's direction (one index serves the order both ways).
          const tie = dir === "asc" ? a.id < b.id : a.id > b.id;
          expect(order === -1 || (order === 0 && tie), `${sort} ${dir} at ${i}`).toBe(true);
        }
      }
  });

  it("filters in SQL and counts its figures over every pair, not the page", async () => {
    await world(60);
    const pairs = await everyPair();
    const stalled = pairs.filter((p) => p.state === "ACTIVE" && p.stalledAt);
    const ids = async (query: Record<string, unknown>) => (await walk(query)).pairs.map((p) => p.id).sort();

    expect(await ids({ state: "COMPLETED" })).toEqual(
      pairs
        .filter((p) => p.state === "COMPLETED")
        .map((p) => p.id)
        .sort(),
    );
    expect(await ids({ stalled: "true" })).toEqual(stalled.map((p) => p.id).sort());
    expect(await ids({ stalled: "false", state: "ACTIVE" })).toHaveLength(
      pairs.filter((p) => p.state === "ACTIVE").length - stalled.length,
    );
    // The search reads both names, case aside; a % or _ is a letter, not a pattern.
    const mentor = await db.user.findFirstOrThrow({ where: { name: "Mentor 042" } });
    expect(await ids({ q: "mENTOR 042" })).toEqual(pairs.filter((p) => p.mentorId === mentor.id).map((p) => p.id));
    expect(await ids({ q: "mentee 95" })).toHaveLength(10);
    expect(await ids({ q: "%" })).toEqual([]);
    expect(await ids({ q: "mentor_0" })).toEqual([]);

    const d = await getProgramDashboard(w.admin, w.program.id, { state: "ENDED", q: "zzz", page: 3 });
    expect(d.pairs).toEqual([]);
    expect(d.page).toMatchObject({ total: 0, number: 1, pages: 1 });
    const count = (state: string) => pairs.filter((p) => p.state === state).length;
    expect(d.funnel).toMatchObject({
      active: count("ACTIVE"),
      completed: count("COMPLETED"),
      endedEarly: count("ENDED"),
      matchedMentees: pairs.length,
    });
    expect(d.stalledCount).toBe(stalled.length);
    // Active pairs by steps done: the same as progressOf over every pair.
    const byDone = new Map<number, number>();
    for (const p of pairs.filter((p) => p.state === "ACTIVE")) byDone.set(p.done, (byDone.get(p.done) ?? 0) + 1);
    expect(d.stepsDone.steps).toBe(w.steps.length);
    expect(d.stepsDone.pairs).toEqual([...byDone].sort(([a], [b]) => a - b).map(([done, n]) => ({ done, pairs: n })));
  });

  it("reads a page past the last as the last, and refuses a page that is not a number", async () => {
    await world(60);
    const d = await getProgramDashboard(w.admin, w.program.id, { page: 999 });
    expect(d.page.number).toBe(d.page.pages);
    expect(d.pairs.length).toBeGreaterThan(0);
    const last = await getProgramDashboard(w.admin, w.program.id, { page: d.page.pages });
    expect(d.pairs.map((p) => p.id)).toEqual(last.pairs.map((p) => p.id));
    for (const page of ["0", "two", -1, 1.5])
      expect((await outcome(getProgramDashboard(w.admin, w.program.id, { page }))).code).toBe("INVALID_INPUT");
  });

  it("streams the CSV's pairs in keyset batches: every pair once, in the view's order", async () => {
    await world(60);
    for (const view of [{ sort: "progress" }, { sort: "mentee", dir: "asc" }, { sort: "lastActivity" }]) {
      const paged = (await walk(view)).pairs.map((p) => p.id);
      const { pairs } = await streamDashboardPairs(w.admin, w.program.id, view, 9);
      const batches: string[][] = [];
      const { statements } = await countStatements(async () => {
        for await (const batch of pairs) batches.push(batch.map((p) => p.id));
      });
      expect(batches.every((b) => b.length <= 9)).toBe(true);
      expect(batches.flat()).toEqual(paged);
      // The steps once, then one statement per batch (and one more to find the end when it falls on a batch).
      expect(statements).toBeLessThanOrEqual(1 + Math.ceil(paged.length / 9) + 1);
    }
  });

  it("shows the progress to the admins and the owner, and refuses members, participants and other groups' admins", async () => {
    await world(8);
    const member = await createUser(db, { name: "Mo Member" });
    await addMember(db, w.group, member);
    const participant = await db.user.findFirstOrThrow({ where: { name: "Mentor 001" } });
    const elsewhere = await programWorld(db, { groupName: "Other circle" });

    for (const who of [w.admin, w.owner])
      expect((await outcome(getProgramDashboard(who, w.program.id))).code).toBe("ok");
    // Members (a participant too) know the program exists but may not see its progress (the page answers 404
    // before it asks, see the browser test); another group's admin does not even learn it exists.
    for (const [who, code] of [
      [callerOf(member), "FORBIDDEN"],
      [callerOf(participant), "FORBIDDEN"],
      [elsewhere.admin, "NOT_FOUND"],
    ] as const) {
      expect((await outcome(getProgramDashboard(who, w.program.id))).code).toBe(code);
      expect((await outcome(streamDashboardPairs(who, w.program.id))).code).toBe(code);
    }
    expect((await outcome(getProgramDashboard(null, w.program.id))).code).not.toBe("ok");
  });
});
