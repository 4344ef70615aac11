/**
 * The Mentorship tab's cards on a real database: admins see what waits for them (applications to review, approved
 * mentees without a mentor, places left with mentors, active pairs), counted as the matching board counts them and
 * in a fixed number of statements whatever the number of programs; members see none of it, only their own.
 */
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { findPrograms } from "@/lib/programs/find-programs";
import { getMatchingBoard } from "@/lib/matching/get-matching-board";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import { createProgram } from "../factories/mentorship";
import { createApplicant, pairUp } from "../factories/matching";

async function world() {
  const owner = await createUser(db, { name: "Olu Owner" });
  const admin = await createUser(db, { name: "Amara Admin" });
  const member = await createUser(db, { name: "Sam Member" });
  const group = await createGroup(db, owner, { name: "Soap Makers", mentorshipEnabled: true });
  await addMember(db, group, admin, { role: "ADMIN" });
  await addMember(db, group, member);
  return { owner, admin, member, group };
}

/** A program with `mentees` approved mentees waiting, one pending of each role, and two mentors (3 + 2 places). */
async function busyProgram(w: Awaited<ReturnType<typeof world>>, name: string, mentees: number) {
  const program = await createProgram(db, w.group, w.admin, { name, state: "OPEN" });
  for (let i = 0; i < mentees; i++) await createApplicant(db, program, `${name} mentee ${i}`, "MENTEE");
  await createApplicant(db, program, `${name} pending mentee`, "MENTEE", { state: "PENDING" });
  await createApplicant(db, program, `${name} pending mentor`, "MENTOR", { state: "PENDING" });
  // Someone who left the group is not on the board, so not waiting either.
  await createApplicant(db, program, `${name} gone`, "MENTEE", {}, { member: false });
  const busy = await createApplicant(db, program, `${name} mentor A`, "MENTOR", { capacity: 3 });
  await createApplicant(db, program, `${name} mentor B`, "MENTOR", { capacity: 2 });
  const paired = await createApplicant(db, program, `${name} paired mentee`, "MENTEE");
  const pairing = await pairUp(db, program, busy, paired, w.admin);
  return { program, paired, pairing };
}

/** Every statement sent to PostgreSQL (whatever the service calls: Prisma's queries and raw SQL alike). */
async function statementsOf<T>(fn: () => Promise<T>): Promise<{ value: T; statements: number }> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    const value = await fn();
    return { value, statements: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("program cards", () => {
  it("admins see the matching backlog as the board counts it; members see only their own", async () => {
    const w = await world();
    const { program, paired, pairing } = await busyProgram(w, "Learn the ropes", 30);

    const card = (await findPrograms(w.admin, w.group.slug)).programs[0]!;
    expect(card).toMatchObject({
      id: program.id,
      pendingApplications: 2,
      waitingMentees: 30,
      openPlaces: 4, // mentor A: 3 less 1 active pair; mentor B: 2
      activePairings: 1,
      myPairingId: null,
    });
    const board = await getMatchingBoard(w.admin, program.id);
    expect(card.waitingMentees).toBe(board.mentees.length);
    expect(card.openPlaces).toBe(board.mentors.reduce((n, m) => n + m.remaining, 0));

    // A member sees no admin number, and the paired mentee finds their mentorship.
    for (const who of [w.member, paired.user]) {
      const own = (await findPrograms(who, w.group.slug)).programs[0]!;
      expect(own).toMatchObject({
        pendingApplications: null,
        waitingMentees: null,
        openPlaces: null,
        activePairings: null,
      });
    }
    expect((await findPrograms(paired.user, w.group.slug)).programs[0]!.myPairingId).toBe(pairing.id);
    expect((await findPrograms(w.member, w.group.slug)).programs[0]!.myPairingId).toBeNull();
  });

  it("a draft and an empty program count zero, and a full mentor leaves no place", async () => {
    const w = await world();
    const draft = await createProgram(db, w.group, w.admin, { name: "Draft", state: "DRAFT" });
    const full = await createProgram(db, w.group, w.admin, { name: "Full", state: "RUNNING" });
    const mentor = await createApplicant(db, full, "Mo Mentor", "MENTOR", { capacity: 1 });
    await pairUp(db, full, mentor, await createApplicant(db, full, "Ann", "MENTEE"), w.admin);
    await createApplicant(db, full, "Ben", "MENTEE");
    const cards = (await findPrograms(w.admin, w.group.slug)).programs;
    expect(cards.find((c) => c.id === draft.id)).toMatchObject({
      pendingApplications: 0,
      waitingMentees: 0,
      openPlaces: 0,
      activePairings: 0,
    });
    expect(cards.find((c) => c.id === full.id)).toMatchObject({
      pendingApplications: 0,
      waitingMentees: 1,
      openPlaces: 0,
      activePairings: 1,
    });
  });

  it("takes the same number of statements for 1 program as for 6", async () => {
    const w = await world();
    await busyProgram(w, "One", 3);
    const small = await statementsOf(() => findPrograms(w.admin, w.group.slug));
    for (const name of ["Two", "Three", "Four", "Five", "Six"]) await busyProgram(w, name, 4);
    const large = await statementsOf(() => findPrograms(w.admin, w.group.slug));
    expect(large.value.programs).toHaveLength(6);
    expect(large.value.programs.map((p) => p.waitingMentees).sort()).toEqual([3, 4, 4, 4, 4, 4]);
    expect(small.statements).toBeGreaterThan(0);
    expect(large.statements).toBe(small.statements);
  });
});
