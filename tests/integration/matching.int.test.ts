/**
 * Matching a pair on a real database: one transaction makes the pairing, its thread, the introduction, both
 * applications' MATCHED state, the audit event and the notifications, or nothing at all; and under real
 * concurrency a mentor never exceeds their capacity and a mentee never gets two mentors. Losers get a 409.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { matchPair } from "@/lib/matching/match-pair";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import { createApplication, createProgram } from "../factories/mentorship";
import { outcome } from "./support/world";

type User = Awaited<ReturnType<typeof createUser>>;

async function world() {
  const owner = await createUser(db, { name: "Amara Admin", password: null });
  const group = await createGroup(db, owner, { name: "Soap Makers", privacy: "PRIVATE", mentorshipEnabled: true });
  const program = await createProgram(db, group, owner, { state: "RUNNING" });
  return { owner, group, program };
}
type World = Awaited<ReturnType<typeof world>>;

async function applicant(w: World, name: string, role: "MENTOR" | "MENTEE", capacity?: number) {
  const user = await createUser(db, { name, password: null });
  await addMember(db, w.group, user);
  const application = await createApplication(db, w.program, user, role, capacity ? { capacity } : {});
  return { user, application };
}

const intro = "You both love cold process soap. Say hello!";

async function counts(programId: string) {
  const [pairings, threads, messages, notifications, audits] = await Promise.all([
    db.pairing.count({ where: { programId } }),
    db.thread.count({ where: { pairing: { programId } } }),
    db.message.count({ where: { thread: { pairing: { programId } } } }),
    db.notification.count({ where: { kind: "pairing.matched" } }),
    db.auditEvent.count({ where: { action: "pairing.create" } }),
  ]);
  return { pairings, threads, messages, notifications, audits };
}

describe("matching a pair", () => {
  it("creates the pairing, its thread opening with the introduction, MATCHED states, an audit event and both notifications", async () => {
    const w = await world();
    const mentor = await applicant(w, "Diego Mentor", "MENTOR", 2);
    const mentee = await applicant(w, "Sam Mentee", "MENTEE");
    const { pairingId, threadId } = await matchPair(w.owner, w.program.id, {
      menteeApplicationId: mentee.application.id,
      mentorApplicationId: mentor.application.id,
      introduction: intro,
    });
    const pairing = await db.pairing.findUniqueOrThrow({ where: { id: pairingId }, include: { thread: true } });
    expect(pairing).toMatchObject({ state: "ACTIVE", mentorId: mentor.user.id, menteeId: mentee.user.id });
    expect(pairing.thread?.id).toBe(threadId);
    const messages = await db.message.findMany({ where: { threadId } });
    expect(messages.map((m) => [m.kind, m.body, m.authorId])).toEqual([["INTRODUCTION", intro, w.owner.id]]);
    const states = await db.application.findMany({ where: { programId: w.program.id }, select: { state: true } });
    expect(states.map((s) => s.state)).toEqual(["MATCHED", "MATCHED"]);
    const told = await db.notification.findMany({ where: { kind: "pairing.matched" }, orderBy: { title: "asc" } });
    expect(told.map((n) => [n.userId, n.title])).toEqual([
      [mentor.user.id, "Meet your mentee, Sam Mentee"],
      [mentee.user.id, "Meet your mentor, Diego Mentor"],
    ]);
    expect((await counts(w.program.id)).audits).toBe(1);
  });

  it("refuses what breaks the rules with a clear 409, and writes nothing", async () => {
    const w = await world();
    const mentor = await applicant(w, "Diego Mentor", "MENTOR", 1);
    const pending = await applicant(w, "Pat Pending", "MENTEE");
    await db.application.update({ where: { id: pending.application.id }, data: { state: "PENDING" } });
    const self = await applicant(w, "Mia Both", "MENTOR", 2);
    const selfAsMentee = await createApplication(db, w.program, self.user, "MENTEE");
    const gone = await applicant(w, "Lee Left", "MENTEE");
    await db.membership.updateMany({ where: { userId: gone.user.id }, data: { status: "BANNED" } });

    const cases: [string, { menteeApplicationId: string; mentorApplicationId: string }, RegExp][] = [
      [
        "not approved yet",
        { menteeApplicationId: pending.application.id, mentorApplicationId: mentor.application.id },
        /Approve Pat Pending/,
      ],
      [
        "themselves",
        { menteeApplicationId: selfAsMentee.id, mentorApplicationId: self.application.id },
        /cannot mentor themselves/,
      ],
      [
        "left the group",
        { menteeApplicationId: gone.application.id, mentorApplicationId: mentor.application.id },
        /Lee Left is no longer a member/,
      ],
      [
        "roles swapped",
        { menteeApplicationId: mentor.application.id, mentorApplicationId: pending.application.id },
        /approved mentee and an approved mentor/,
      ],
    ];
    for (const [label, ids, message] of cases) {
      const result = await outcome(matchPair(w.owner, w.program.id, { ...ids, introduction: intro }));
      expect([label, result.code], label).toEqual([label, "CONFLICT"]);
      expect("error" in result ? result.error.message : "", label).toMatch(message);
    }
    expect(await counts(w.program.id)).toEqual({ pairings: 0, threads: 0, messages: 0, notifications: 0, audits: 0 });
  });

  it("is for the program's admins only: a member is refused, an outsider does not see it", async () => {
    const w = await world();
    const mentor = await applicant(w, "Diego Mentor", "MENTOR", 1);
    const mentee = await applicant(w, "Sam Mentee", "MENTEE");
    const input = {
      menteeApplicationId: mentee.application.id,
      mentorApplicationId: mentor.application.id,
      introduction: intro,
    };
    expect((await outcome(matchPair(mentee.user, w.program.id, input))).code).toBe("FORBIDDEN");
    const otherOwner = await createUser(db, { name: "Olu Elsewhere", password: null });
    const elsewhere = await createGroup(db, otherOwner, { privacy: "PRIVATE", mentorshipEnabled: true });
    const otherProgram = await createProgram(db, elsewhere, otherOwner, { state: "RUNNING" });
    expect((await outcome(matchPair(otherOwner, w.program.id, input))).code).toBe("NOT_FOUND");
    // Through their own program, another program's applications are not theirs to match.
    expect((await outcome(matchPair(otherOwner, otherProgram.id, input))).code).toBe("CONFLICT");
    expect((await counts(w.program.id)).pairings).toBe(0);
  });

  it("all or nothing: a failure after the pairing is written leaves no pairing, thread, message or notification", async () => {
    const w = await world();
    const mentor = await applicant(w, "Diego Mentor", "MENTOR", 2);
    const mentee = await applicant(w, "Sam Mentee", "MENTEE");
    // A real failure late in the transaction: the database refuses the notifications.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_notification() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_notification BEFORE INSERT ON "Notification" FOR EACH ROW EXECUTE FUNCTION refuse_notification()`,
    );
    try {
      const result = await outcome(
        matchPair(w.owner, w.program.id, {
          menteeApplicationId: mentee.application.id,
          mentorApplicationId: mentor.application.id,
          introduction: intro,
        }),
      );
      expect(result.code).toBe("INTERNAL");
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_notification ON "Notification"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_notification()`);
    }
    expect(await counts(w.program.id)).toEqual({ pairings: 0, threads: 0, messages: 0, notifications: 0, audits: 0 });
    const states = await db.application.findMany({ where: { programId: w.program.id }, select: { state: true } });
    expect(states.map((s) => s.state)).toEqual(["APPROVED", "APPROVED"]);
  });
});

describe("under real concurrency", () => {
  it("50 simultaneous matches on one mentor with capacity 3 make exactly 3 pairings; the rest get a 409", async () => {
    const w = await world();
    const mentor = await applicant(w, "Diego Mentor", "MENTOR", 3);
    const mentees: { user: User; application: { id: string } }[] = [];
    for (let i = 0; i < 50; i++) mentees.push(await applicant(w, `Mentee ${i}`, "MENTEE"));
    const results = await Promise.all(
      mentees.map((m) =>
        outcome(
          matchPair(w.owner, w.program.id, {
            menteeApplicationId: m.application.id,
            mentorApplicationId: mentor.application.id,
            introduction: intro,
          }),
        ),
      ),
    );
    const codes = results.map((r) => r.code);
    expect(codes.filter((c) => c === "ok")).toHaveLength(3);
    expect(codes.filter((c) => c === "CONFLICT")).toHaveLength(47);
    expect(await db.pairing.count({ where: { mentorApplicationId: mentor.application.id, state: "ACTIVE" } })).toBe(3);
    expect(await db.application.count({ where: { role: "MENTEE", state: "MATCHED" } })).toBe(3);
  });

  it("20 simultaneous matches of one mentee to different mentors make exactly 1 pairing", async () => {
    const w = await world();
    const mentee = await applicant(w, "Sam Mentee", "MENTEE");
    const mentors: { user: User; application: { id: string } }[] = [];
    for (let i = 0; i < 20; i++) mentors.push(await applicant(w, `Mentor ${i}`, "MENTOR", 2));
    const results = await Promise.all(
      mentors.map((m) =>
        outcome(
          matchPair(w.owner, w.program.id, {
            menteeApplicationId: mentee.application.id,
            mentorApplicationId: m.application.id,
            introduction: intro,
          }),
        ),
      ),
    );
    const codes = results.map((r) => r.code);
    expect(codes.filter((c) => c === "ok")).toHaveLength(1);
    expect(codes.filter((c) => c === "CONFLICT")).toHaveLength(19);
    expect(await db.pairing.count({ where: { menteeId: mentee.user.id } })).toBe(1);
    expect(await db.message.count({ where: { kind: "INTRODUCTION" } })).toBe(1);
  });
});
