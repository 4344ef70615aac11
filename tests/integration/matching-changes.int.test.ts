/**
 * Changing pairings on a real database: confirming a cohort (every pair or none), ending a pairing early (the
 * reason stays with the admins), moving a mentee to another mentor, pairings that end when someone leaves, is
 * removed or is banned, programs that no longer take matches, and two admins acting at the same moment.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { confirmCohort } from "@/lib/matching/confirm-cohort";
import { endPairing } from "@/lib/pairings/end-pairing";
import { getMatchingBoard } from "@/lib/matching/get-matching-board";
import { matchPair } from "@/lib/matching/match-pair";
import { movePairing } from "@/lib/pairings/move-pairing";
import { leaveGroup } from "@/lib/groups/leave-group";
import { banMember } from "@/lib/groups/members/ban-member";
import { removeMember } from "@/lib/groups/members/remove-member";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import { createProgram } from "../factories/mentorship";
import { createApplicant, pairUp, type Applicant } from "../factories/matching";
import { expectRefused, outcome } from "./support/world";

const intro = "You both love cold process soap. Say hello!";
const SECRET = "SECRET-REASON: they argued about lye";

async function world(state: "OPEN" | "RUNNING" = "RUNNING") {
  const owner = await createUser(db, { name: "Amara Owner", password: null });
  const group = await createGroup(db, owner, { name: "Soap Makers", privacy: "PRIVATE", mentorshipEnabled: true });
  const admin = await createUser(db, { name: "Ade Admin", password: null });
  await addMember(db, group, admin, { role: "ADMIN" });
  const program = await createProgram(db, group, owner, { name: "Learn the ropes", state });
  return { owner, admin, group, program };
}
type World = Awaited<ReturnType<typeof world>>;

const mentor = (w: World, name: string, capacity = 2) =>
  createApplicant(db, w.program, name, "MENTOR", { capacity, topics: ["Cold process"] });
const mentee = (w: World, name: string) => createApplicant(db, w.program, name, "MENTEE", { topics: ["Cold process"] });
const pair = (x: Applicant, m: Applicant, introduction = intro) => ({
  menteeApplicationId: x.application.id,
  mentorApplicationId: m.application.id,
  introduction,
});
const stateOf = async (a: Applicant) =>
  (await db.application.findUniqueOrThrow({ where: { id: a.application.id } })).state;
const boardIds = async (w: World) => {
  const board = await getMatchingBoard(w.owner, w.program.id);
  return {
    mentees: board.mentees.map((m) => m.applicationId).sort(),
    mentors: Object.fromEntries(board.mentors.map((m) => [m.applicationId, m.remaining])),
    board,
  };
};
const told = (userId: string, kind: string) =>
  db.notification.findMany({ where: { userId, kind }, select: { title: true, body: true } });

describe("confirming a cohort", () => {
  it("makes every pair: threads opening with their introductions, MATCHED states, notifications", async () => {
    const w = await world();
    const [m1, m2] = [await mentor(w, "Diego Mentor", 2), await mentor(w, "Maya Mentor", 1)];
    const [x1, x2, x3] = [await mentee(w, "Sam Mentee"), await mentee(w, "Lou Mentee"), await mentee(w, "Kim Mentee")];
    const result = await confirmCohort(w.admin, w.program.id, {
      pairs: [pair(x1, m1, "Intro one"), pair(x2, m1, "Intro two"), pair(x3, m2, "Intro three")],
    });
    expect(result.created).toBe(3);
    expect(result.pairings.map((p) => p.menteeApplicationId)).toEqual([x1, x2, x3].map((x) => x.application.id));
    const pairings = await db.pairing.findMany({
      where: { programId: w.program.id },
      include: { thread: { include: { messages: true } } },
    });
    const byMentee = (x: Applicant) => pairings.find((p) => p.menteeApplicationId === x.application.id)!;
    for (const [x, m, text] of [
      [x1, m1, "Intro one"],
      [x2, m1, "Intro two"],
      [x3, m2, "Intro three"],
    ] as const) {
      const p = byMentee(x);
      expect(p).toMatchObject({ state: "ACTIVE", mentorId: m.user.id, menteeId: x.user.id, createdById: w.admin.id });
      expect(p.id).toBe(result.pairings.find((r) => r.menteeApplicationId === x.application.id)!.pairingId);
      expect(p.thread!.messages.map((msg) => [msg.kind, msg.body])).toEqual([["INTRODUCTION", text]]);
    }
    for (const a of [m1, m2, x1, x2, x3]) expect(await stateOf(a)).toBe("MATCHED");
    expect(await told(x1.user.id, "pairing.matched")).toEqual([
      expect.objectContaining({ title: "Meet your mentor, Diego Mentor" }),
    ]);
    expect((await told(m1.user.id, "pairing.matched")).map((n) => n.title).sort()).toEqual([
      "Meet your mentee, Lou Mentee",
      "Meet your mentee, Sam Mentee",
    ]);
    expect(await db.email.count({ where: { kind: "pairing.matched" } })).toBe(6);
    expect(await db.auditEvent.count({ where: { action: "pairing.create" } })).toBe(3);
    const { mentees, mentors } = await boardIds(w);
    expect(mentees).toEqual([]);
    expect(mentors).toEqual({ [m1.application.id]: 0, [m2.application.id]: 0 });
  });

  it("is all or nothing: a full mentor or an already-matched mentee names the pair, and nothing is created", async () => {
    const w = await world();
    const [m1, full] = [await mentor(w, "Diego Mentor", 3), await mentor(w, "Fay Full", 1)];
    const [x1, x2, x3, taken] = [
      await mentee(w, "Sam Mentee"),
      await mentee(w, "Lou Mentee"),
      await mentee(w, "Kim Mentee"),
      await mentee(w, "Tia Taken"),
    ];
    await matchPair(w.owner, w.program.id, pair(taken, full));

    const fullMentor = await expectRefused(
      () => confirmCohort(w.admin, w.program.id, { pairs: [pair(x1, m1), pair(x2, m1), pair(x3, full)] }),
      "CONFLICT",
      "full mentor",
    );
    expect("error" in fullMentor && fullMentor.error.message).toMatch(
      /Nothing was confirmed\. Kim Mentee with Fay Full/,
    );
    expect("error" in fullMentor && fullMentor.error.fields).toEqual({
      "pairs.2": [expect.stringMatching(/Fay Full has no places left/)],
    });

    const matched = await expectRefused(
      () => confirmCohort(w.admin, w.program.id, { pairs: [pair(x1, m1), pair(taken, m1)] }),
      "CONFLICT",
      "already matched",
    );
    expect("error" in matched && matched.error.fields).toEqual({
      "pairs.1": [expect.stringMatching(/Tia Taken already has a mentor/)],
    });

    // The cohort itself would overfill a mentor: the pair that does not fit is named.
    const overfill = await expectRefused(
      () =>
        confirmCohort(w.admin, w.program.id, { pairs: [pair(x1, m1), pair(x2, m1), pair(x3, m1), pair(taken, m1)] }),
      "CONFLICT",
      "overfilled within the cohort",
    );
    expect(Object.keys(("error" in overfill && overfill.error.fields) || {})).toEqual(["pairs.3"]);

    expect(await db.pairing.count({ where: { programId: w.program.id } })).toBe(1);
    for (const a of [m1, x1, x2, x3]) expect(await stateOf(a)).toBe("APPROVED");
    expect((await boardIds(w)).mentees).toEqual([x1, x2, x3].map((x) => x.application.id).sort());
  });

  it("refuses a mentee who appears twice with a field error, and writes nothing", async () => {
    const w = await world();
    const [m1, m2] = [await mentor(w, "Diego Mentor"), await mentor(w, "Maya Mentor")];
    const x1 = await mentee(w, "Sam Mentee");
    const result = await expectRefused(
      () => confirmCohort(w.admin, w.program.id, { pairs: [pair(x1, m1), pair(x1, m2)] }),
      "INVALID_INPUT",
    );
    expect("error" in result && result.error.fields).toEqual({ "pairs.1": ["A mentee appears twice in the cohort."] });
  });
});

describe("ending a pairing early", () => {
  it("ends it with the admins' private reason, frees the mentee, tells both without the reason", async () => {
    const w = await world();
    const m = await mentor(w, "Diego Mentor", 3);
    const [x1, x2] = [await mentee(w, "Sam Mentee"), await mentee(w, "Lou Mentee")];
    const p1 = await matchPair(w.owner, w.program.id, pair(x1, m));
    const p2 = await matchPair(w.owner, w.program.id, pair(x2, m));

    await endPairing(w.admin, p1.pairingId, { reason: SECRET, mentee: "rematch" });
    const ended = await db.pairing.findUniqueOrThrow({ where: { id: p1.pairingId } });
    expect(ended).toMatchObject({ state: "ENDED", endReason: SECRET, endedById: w.admin.id });
    expect(ended.endedAt).toBeInstanceOf(Date);
    expect(await stateOf(x1)).toBe("APPROVED");
    expect(await stateOf(m)).toBe("MATCHED"); // still mentoring Lou
    for (const [who, other] of [
      [x1, "Diego Mentor"],
      [m, "Sam Mentee"],
    ] as const)
      expect(await told(who.user.id, "pairing.ended")).toEqual([
        expect.objectContaining({ title: `Your mentorship with ${other} has ended` }),
      ]);
    // Sam is back on the board; Diego has a place again.
    let board = await boardIds(w);
    expect(board.mentees).toEqual([x1.application.id]);
    expect(board.mentors[m.application.id]).toBe(2);
    // The thread stays.
    expect(await db.message.count({ where: { thread: { pairingId: p1.pairingId } } })).toBe(1);

    // To the waitlist this time: Lou waits, off the board; Diego, with nobody left, is approved again.
    await endPairing(w.owner, p2.pairingId, { reason: SECRET, mentee: "waitlist" });
    expect(await stateOf(x2)).toBe("WAITLISTED");
    expect(await stateOf(m)).toBe("APPROVED");
    board = await boardIds(w);
    expect(board.mentees).toEqual([x1.application.id]);
    expect(board.board.counts).toEqual({ activePairings: 0, waitlistedMentees: 1 });
    expect(board.mentors[m.application.id]).toBe(3);

    // The reason is the admins' alone: in no notification, email or audit event.
    const notices = await db.notification.findMany({ where: { kind: "pairing.ended" } });
    expect(notices).toHaveLength(4);
    const emails = await db.email.findMany({ where: { kind: "pairing.ended" } });
    const audits = await db.auditEvent.findMany({ where: { action: "pairing.end" } });
    expect(audits).toHaveLength(2);
    expect(JSON.stringify([notices, emails, audits])).not.toMatch(/SECRET|argued/);
  });

  it("refuses to end it twice with a 409, and bad input with field errors", async () => {
    const w = await world();
    const [m, x] = [await mentor(w, "Diego Mentor"), await mentee(w, "Sam Mentee")];
    const { pairingId } = await matchPair(w.owner, w.program.id, pair(x, m));
    await endPairing(w.owner, pairingId, { reason: "Done." });
    const again = await expectRefused(() => endPairing(w.admin, pairingId, { reason: "Again." }), "CONFLICT");
    expect("error" in again && again.error.message).toMatch(/already ended/);
    await expectRefused(() => endPairing(w.admin, pairingId, { reason: "  " }), "INVALID_INPUT", "blank reason");
    await expectRefused(() => endPairing(w.admin, pairingId, { reason: "x".repeat(1001) }), "INVALID_INPUT", "long");
    expect(await told(x.user.id, "pairing.ended")).toHaveLength(1);
  });
});

describe("moving a mentee to another mentor", () => {
  it("ends the old pairing and makes a new one with its own thread and introduction", async () => {
    const w = await world();
    const [from, to] = [await mentor(w, "Diego Mentor", 2), await mentor(w, "Maya Mentor", 2)];
    const x = await mentee(w, "Sam Mentee");
    const old = await matchPair(w.owner, w.program.id, pair(x, from, "Old intro"));
    const moved = await movePairing(w.admin, old.pairingId, {
      mentorApplicationId: to.application.id,
      introduction: "New intro",
      reason: SECRET,
    });
    expect(await db.pairing.findUniqueOrThrow({ where: { id: old.pairingId } })).toMatchObject({
      state: "ENDED",
      endReason: SECRET,
    });
    const made = await db.pairing.findUniqueOrThrow({
      where: { id: moved.pairingId },
      include: { thread: { include: { messages: true } } },
    });
    expect(made).toMatchObject({ state: "ACTIVE", mentorId: to.user.id, menteeId: x.user.id });
    expect(made.thread!.id).toBe(moved.threadId);
    expect(moved.threadId).not.toBe(old.threadId);
    expect(made.thread!.messages.map((m) => [m.kind, m.body])).toEqual([["INTRODUCTION", "New intro"]]);
    expect([await stateOf(x), await stateOf(from), await stateOf(to)]).toEqual(["MATCHED", "APPROVED", "MATCHED"]);
    // The old mentor is told it ended; the mentee and the new mentor are introduced; nobody reads the reason.
    expect(await told(from.user.id, "pairing.ended")).toEqual([
      expect.objectContaining({ title: "Your mentorship with Sam Mentee has ended" }),
    ]);
    expect((await told(x.user.id, "pairing.matched")).map((n) => n.title).sort()).toEqual([
      "Meet your mentor, Diego Mentor",
      "Meet your mentor, Maya Mentor",
    ]);
    expect(await told(to.user.id, "pairing.matched")).toEqual([
      expect.objectContaining({ title: "Meet your mentee, Sam Mentee" }),
    ]);
    const everything = JSON.stringify([await db.notification.findMany(), await db.email.findMany()]);
    expect(everything).not.toMatch(/SECRET/);
    const { mentees, mentors } = await boardIds(w);
    expect(mentees).toEqual([]);
    expect(mentors).toEqual({ [from.application.id]: 2, [to.application.id]: 1 });
  });

  it("leaves the old pairing ACTIVE when the new mentor is full, the same, or it already ended", async () => {
    const w = await world();
    const [from, full] = [await mentor(w, "Diego Mentor", 2), await mentor(w, "Fay Full", 1)];
    const [x, other] = [await mentee(w, "Sam Mentee"), await mentee(w, "Tia Taken")];
    const old = await matchPair(w.owner, w.program.id, pair(x, from));
    await matchPair(w.owner, w.program.id, pair(other, full));
    const toFull = await expectRefused(
      () => movePairing(w.admin, old.pairingId, { mentorApplicationId: full.application.id, introduction: intro }),
      "CONFLICT",
      "full",
    );
    expect("error" in toFull && toFull.error.message).toMatch(/Fay Full has no places left/);
    const same = await expectRefused(
      () => movePairing(w.admin, old.pairingId, { mentorApplicationId: from.application.id, introduction: intro }),
      "CONFLICT",
      "same mentor",
    );
    expect("error" in same && same.error.message).toMatch(/different mentor/);
    expect(await db.pairing.findUniqueOrThrow({ where: { id: old.pairingId } })).toMatchObject({ state: "ACTIVE" });
    await endPairing(w.owner, old.pairingId, { reason: "Done." });
    const spare = await mentor(w, "Maya Mentor", 2);
    await expectRefused(
      () => movePairing(w.admin, old.pairingId, { mentorApplicationId: spare.application.id, introduction: intro }),
      "CONFLICT",
      "ended",
    );
  });
});

describe("when someone leaves the group", () => {
  /** A mentor with two mentees in this group's program, who also mentors in another group's program. */
  async function departures() {
    const w = await world();
    const m = await mentor(w, "Diego Mentor", 3);
    const [x1, x2] = [await mentee(w, "Sam Mentee"), await mentee(w, "Lou Mentee")];
    const p1 = await matchPair(w.owner, w.program.id, pair(x1, m));
    const p2 = await matchPair(w.owner, w.program.id, pair(x2, m));
    const elsewhere = await createGroup(db, w.owner, { name: "Candle Makers", mentorshipEnabled: true });
    const otherProgram = await createProgram(db, elsewhere, w.owner, { name: "Wicks", state: "RUNNING" });
    const there = { id: otherProgram.id, groupId: elsewhere.id };
    await addMember(db, elsewhere, { id: m.user.id });
    await addMember(db, elsewhere, { id: x1.user.id });
    const mThere = await createApplicant(db, there, "", "MENTOR", {}, { user: m.user });
    const x1There = await createApplicant(db, there, "", "MENTEE", {}, { user: x1.user });
    const kept = await pairUp(db, there, mThere, x1There, w.owner);
    // And a second program of this group, where Diego mentors Lou too.
    const second = await createProgram(db, w.group, w.owner, { name: "Second", state: "RUNNING" });
    const here = { id: second.id, groupId: w.group.id };
    const mSecond = await createApplicant(db, here, "", "MENTOR", {}, { user: m.user });
    const x2Second = await createApplicant(db, here, "", "MENTEE", {}, { user: x2.user });
    const p3 = await pairUp(db, here, mSecond, x2Second, w.owner);
    return { w, m, x1, x2, p1, p2, p3, kept };
  }

  const stateOfPairing = async (id: string) => (await db.pairing.findUniqueOrThrow({ where: { id } })).state;

  it("leaving ends the leaver's pairings in this group only; the mentor is told and Sam is back on the board", async () => {
    const { w, m, x1, p1, p2, p3, kept } = await departures();
    await leaveGroup(x1.user as SessionUser, w.group.slug);
    expect(await db.pairing.findUniqueOrThrow({ where: { id: p1.pairingId } })).toMatchObject({
      state: "ENDED",
      endReason: "Sam Mentee left the group.",
    });
    const others = await Promise.all([p2.pairingId, p3.id, kept.id].map(stateOfPairing));
    expect(others).toEqual(["ACTIVE", "ACTIVE", "ACTIVE"]);
    const notice = await told(m.user.id, "pairing.ended");
    expect(notice).toEqual([
      {
        title: "Your mentorship with Sam Mentee has ended",
        body: expect.stringMatching(/Sam Mentee is no longer a member of the group/),
      },
    ]);
    // The leaver is not notified about themselves.
    expect(await told(x1.user.id, "pairing.ended")).toEqual([]);
    const board = await boardIds(w);
    expect(board.mentees).toEqual([]); // Sam left: not a member, not on the board
    expect(board.mentors[m.application.id]).toBe(2);
  });

  it("removing a mentor ends both of their pairings here; both mentees are told and reappear on the board", async () => {
    const { w, m, x1, x2, p1, p2, p3, kept } = await departures();
    const membership = await db.membership.findFirstOrThrow({ where: { groupId: w.group.id, userId: m.user.id } });
    await removeMember(w.admin, membership.id);
    // Every program of this group (two of them), none of the other group's.
    const states = await Promise.all([p1.pairingId, p2.pairingId, p3.id].map(stateOfPairing));
    expect(states).toEqual(["ENDED", "ENDED", "ENDED"]);
    expect(await stateOfPairing(kept.id)).toBe("ACTIVE");
    for (const [x, times] of [
      [x1, 1],
      [x2, 2],
    ] as const) {
      expect(await told(x.user.id, "pairing.ended")).toEqual(
        Array(times).fill(expect.objectContaining({ title: "Your mentorship with Diego Mentor has ended" })),
      );
      expect(await stateOf(x)).toBe("APPROVED");
    }
    expect(await told(m.user.id, "pairing.ended")).toEqual([]);
    const board = await boardIds(w);
    expect(board.mentees).toEqual([x1, x2].map((x) => x.application.id).sort());
    expect(board.mentors).toEqual({}); // Diego is no longer a member
  });

  it("banning a mentee ends their pairing here; the mentor is told and has the place back", async () => {
    const { w, m, x2, p1, p2, p3, kept } = await departures();
    const membership = await db.membership.findFirstOrThrow({ where: { groupId: w.group.id, userId: x2.user.id } });
    await banMember(w.owner, membership.id);
    expect(await db.pairing.findUniqueOrThrow({ where: { id: p2.pairingId } })).toMatchObject({
      state: "ENDED",
      endReason: "Lou Mentee was banned from the group.",
    });
    expect([await stateOfPairing(p1.pairingId), await stateOfPairing(kept.id)]).toEqual(["ACTIVE", "ACTIVE"]);
    expect(await stateOfPairing(p3.id)).toBe("ENDED"); // Lou's pairing in the group's second program too
    expect(await told(m.user.id, "pairing.ended")).toEqual([
      expect.objectContaining({ title: "Your mentorship with Lou Mentee has ended" }),
      expect.objectContaining({ title: "Your mentorship with Lou Mentee has ended" }),
    ]);
    const board = await boardIds(w);
    expect(board.mentees).toEqual([]); // Lou is banned: not on the board
    expect(board.mentors[m.application.id]).toBe(2);
  });
});

describe("programs that take no more matches", () => {
  for (const [label, change] of [
    ["archived", { archivedAt: new Date() }],
    ["closed", { state: "CLOSED" as const }],
    ["a draft", { state: "DRAFT" as const }],
  ] as const) {
    it(`refuses matching in a program that is ${label}, with a 409 and no change`, async () => {
      const w = await world();
      const [m1, m2] = [await mentor(w, "Diego Mentor"), await mentor(w, "Maya Mentor")];
      const [x1, x2] = [await mentee(w, "Sam Mentee"), await mentee(w, "Lou Mentee")];
      const existing = await pairUp(db, w.program, m1, x2, w.owner);
      await db.program.update({ where: { id: w.program.id }, data: change });
      for (const [what, call] of [
        ["match", () => matchPair(w.owner, w.program.id, pair(x1, m1))],
        ["confirm", () => confirmCohort(w.owner, w.program.id, { pairs: [pair(x1, m1)] })],
        [
          "move",
          () => movePairing(w.owner, existing.id, { mentorApplicationId: m2.application.id, introduction: intro }),
        ],
      ] as const) {
        const result = await expectRefused(call, "CONFLICT", `${label} ${what}`);
        expect("error" in result && result.error.message).toMatch(/open or running/);
      }
      if (label === "archived")
        await expectRefused(() => endPairing(w.owner, existing.id, { reason: "Done." }), "CONFLICT", "end archived");
      expect((await getMatchingBoard(w.owner, w.program.id)).program.canMatch).toBe(false);
    });
  }

  it("matches in an OPEN program, but not once mentorship is switched off for the group", async () => {
    const w = await world("OPEN");
    const [m, x1, x2] = [await mentor(w, "Diego Mentor"), await mentee(w, "Sam Mentee"), await mentee(w, "Lou Mentee")];
    expect((await outcome(matchPair(w.owner, w.program.id, pair(x1, m)))).code).toBe("ok");
    await db.group.update({ where: { id: w.group.id }, data: { mentorshipEnabled: false } });
    const off = await expectRefused(() => matchPair(w.owner, w.program.id, pair(x2, m)), "CONFLICT");
    expect("error" in off && off.error.message).toMatch(/Switch mentorship on/);
  });
});

describe("under real concurrency", () => {
  it("two admins ending the same pairing at once: one succeeds, the other gets a 409, none a 500", async () => {
    const w = await world();
    for (let round = 0; round < 5; round++) {
      const [m, x] = [await mentor(w, `Mentor ${round}`), await mentee(w, `Mentee ${round}`)];
      const { pairingId } = await matchPair(w.owner, w.program.id, pair(x, m));
      const results = await Promise.all([
        outcome(endPairing(w.owner, pairingId, { reason: "Owner ends it." })),
        outcome(endPairing(w.admin, pairingId, { reason: "Admin ends it.", mentee: "waitlist" })),
      ]);
      expect(results.map((r) => r.code).sort()).toEqual(["CONFLICT", "ok"]);
      // Exactly one ending: one reason, one notice each, the mentee's state from the winner.
      const ended = await db.pairing.findUniqueOrThrow({ where: { id: pairingId } });
      const winner = results[0]!.code === "ok" ? "owner" : "admin";
      expect(ended.endReason).toBe(winner === "owner" ? "Owner ends it." : "Admin ends it.");
      expect(await stateOf(x)).toBe(winner === "owner" ? "APPROVED" : "WAITLISTED");
      expect(await told(x.user.id, "pairing.ended")).toHaveLength(1);
      expect(await told(m.user.id, "pairing.ended")).toHaveLength(1);
    }
  });

  it("an end and a move of the same pairing at once: one wins, the other gets a 409", async () => {
    const w = await world();
    for (let round = 0; round < 4; round++) {
      const [m, other, x] = [
        await mentor(w, `Mentor ${round}`),
        await mentor(w, `Other ${round}`),
        await mentee(w, `Mentee ${round}`),
      ];
      const { pairingId } = await matchPair(w.owner, w.program.id, pair(x, m));
      const [end, move] = await Promise.all([
        outcome(endPairing(w.owner, pairingId, { reason: "Ends." })),
        outcome(movePairing(w.admin, pairingId, { mentorApplicationId: other.application.id, introduction: intro })),
      ]);
      expect([end.code, move.code].sort()).toEqual(["CONFLICT", "ok"]);
      const active = await db.pairing.count({ where: { menteeId: x.user.id, state: "ACTIVE" } });
      expect(active).toBe(move.code === "ok" ? 1 : 0);
      expect(await stateOf(x)).toBe(move.code === "ok" ? "MATCHED" : "APPROVED");
    }
  });

  it("a cohort confirm racing a single match of one of its mentees: exactly one pairing for that mentee", async () => {
    const w = await world();
    const wins = { cohort: 0, single: 0 };
    for (let round = 0; round < 6; round++) {
      const mentors: Applicant[] = [];
      for (let i = 0; i < 4; i++) mentors.push(await mentor(w, `Mentor ${round}.${i}`, 1));
      const mentees: Applicant[] = [];
      for (let i = 0; i < 3; i++) mentees.push(await mentee(w, `Mentee ${round}.${i}`));
      const contested = mentees[1]!;
      const [cohort, single] = await Promise.all([
        outcome(
          confirmCohort(w.admin, w.program.id, {
            pairs: mentees.map((x, i) => pair(x, mentors[i]!)),
          }),
        ),
        outcome(matchPair(w.owner, w.program.id, pair(contested, mentors[3]!))),
      ]);
      expect([cohort.code, single.code].sort()).toEqual(["CONFLICT", "ok"]);
      expect(await db.pairing.count({ where: { menteeId: contested.user.id, state: "ACTIVE" } })).toBe(1);
      // All or nothing: the cohort made its three pairs, or none at all.
      const made = await db.pairing.count({ where: { menteeId: { in: mentees.map((x) => x.user.id) } } });
      expect(made).toBe(cohort.code === "ok" ? 3 : 1);
      wins[cohort.code === "ok" ? "cohort" : "single"]++;
    }
    expect(wins.cohort + wins.single).toBe(6);
  });
  it("an admin ending a pairing while its mentee leaves: it ends once, and the mentor is told once", async () => {
    const w = await world();
    for (let round = 0; round < 5; round++) {
      const [m, x] = [await mentor(w, `Mentor ${round}`), await mentee(w, `Mentee ${round}`)];
      const { pairingId } = await matchPair(w.owner, w.program.id, pair(x, m));
      const [ended, left] = await Promise.all([
        outcome(endPairing(w.admin, pairingId, { reason: "Admin ends it." })),
        outcome(leaveGroup(x.user as SessionUser, w.group.slug)),
      ]);
      expect(left.code).toBe("ok");
      expect(["ok", "CONFLICT"]).toContain(ended.code);
      expect(await db.pairing.findUniqueOrThrow({ where: { id: pairingId } })).toMatchObject({ state: "ENDED" });
      expect(await told(m.user.id, "pairing.ended")).toHaveLength(1);
      expect(await db.auditEvent.count({ where: { action: "pairing.end", targetId: pairingId } })).toBe(1);
    }
  });

  it("someone leaving while an admin matches them: never an active pairing with someone who is not a member", async () => {
    const w = await world();
    const outcomes: string[] = [];
    for (let round = 0; round < 10; round++) {
      const m = await mentor(w, `Mentor ${round}`, 3);
      const [x, leaver] = [await mentee(w, `Mentee ${round}`), await mentee(w, `Leaver ${round}`)];
      // The mentor already mentors someone, so leaving has a pairing of theirs to end as well.
      await matchPair(w.owner, w.program.id, pair(x, m));
      const leaving = round % 2 === 0 ? leaver : m;
      const [left, matched] = await Promise.all([
        outcome(leaveGroup(leaving.user as SessionUser, w.group.slug)),
        outcome(matchPair(w.owner, w.program.id, pair(leaver, m))),
      ]);
      expect(left.code, "leaving").toBe("ok");
      expect(["ok", "CONFLICT"], "matching").toContain(matched.code);
      outcomes.push(matched.code);
      // Whoever left has no active pairing in the group's program, whichever transaction went first.
      const strays = await db.pairing.count({
        where: {
          programId: w.program.id,
          state: "ACTIVE",
          OR: [{ mentorId: leaving.user.id }, { menteeId: leaving.user.id }],
        },
      });
      const who = leaving === m ? "the mentor" : "the mentee";
      expect.soft(strays, `round ${round}: ${who} left, the match answered ${matched.code}`).toBe(0);
    }
    expect(outcomes).toHaveLength(10);
  });
  it("someone leaving while an admin moves their pairing: never a pairing with a departed person, never a 500", async () => {
    const w = await world();
    for (let round = 0; round < 9; round++) {
      const [from, to] = [await mentor(w, `From ${round}`, 3), await mentor(w, `To ${round}`, 3)];
      const x = await mentee(w, `Mentee ${round}`);
      const { pairingId } = await matchPair(w.owner, w.program.id, pair(x, from));
      // The mentee, the old mentor or the new mentor leaves, as the admin moves the mentee.
      const leaving = [x, from, to][round % 3]!;
      const [left, moved] = await Promise.all([
        outcome(leaveGroup(leaving.user as SessionUser, w.group.slug)),
        outcome(movePairing(w.admin, pairingId, { mentorApplicationId: to.application.id, introduction: intro })),
      ]);
      const who = ["the mentee", "the old mentor", "the new mentor"][round % 3];
      expect.soft(left.code, `round ${round}: ${who} leaving`).toBe("ok");
      expect.soft(["ok", "CONFLICT"], `round ${round}: the move, as ${who} left`).toContain(moved.code);
      const strays = await db.pairing.count({
        where: {
          programId: w.program.id,
          state: "ACTIVE",
          OR: [{ mentorId: leaving.user.id }, { menteeId: leaving.user.id }],
        },
      });
      expect.soft(strays, `round ${round}: ${who} left, the move answered ${moved.code}`).toBe(0);
    }
  });
});
