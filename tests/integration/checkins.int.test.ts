/**
 * Check-ins on a real database, through the services a pair's space calls: both participants check in and the
 * step completes; the partner's check-in shows once you have written yours; editing until the step completes; the
 * goal; bad input as field errors; finished pairings; two check-ins at the same moment; completion by both (or an
 * admin); feedback once; ending early with a reason the partner never reads.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { getPairSpace } from "@/lib/pairings/get-pair-space";
import { saveCheckIn } from "@/lib/pairings/save-check-in";
import { completeByAdmin, leavePairing, proposeCompletion } from "@/lib/pairings/finish-pairing";
import { giveFeedback } from "@/lib/pairings/give-feedback";
import { createUser } from "../factories/users";
import { addMember } from "../factories/groups";
import { createProgram } from "../factories/mentorship";
import { activePair, callerOf, checkInBoth, programWorld, type Pair } from "../factories/pairings";
import { expectRefused, outcome } from "./support/world";

const entry = (stepId: string, reflection = "We met for coffee and talked soap.", rating = 4) => ({
  stepId,
  reflection,
  rating,
});
const told = (userId: string, kind: string) =>
  db.notification.findMany({
    where: { userId, kind },
    orderBy: { createdAt: "asc" },
    select: { title: true, body: true, url: true },
  });
const checkInsOf = (pair: Pair) =>
  db.checkIn.findMany({
    where: { pairingId: pair.id },
    select: { stepId: true, userId: true, reflection: true, rating: true },
  });

async function setup() {
  const w = await programWorld(db);
  const pair = await activePair(db, w, { mentor: "Diego Mentor", mentee: "Sam Mentee" });
  const [step1, goalStep, step3] = w.steps as [(typeof w.steps)[0], (typeof w.steps)[0], (typeof w.steps)[0]];
  return { w, pair, step1, goalStep, step3, mentor: pair.mentorCaller, mentee: pair.menteeCaller };
}

describe("checking in", () => {
  it("completes the step when both have checked in: the second save says so, the space shows it", async () => {
    const { pair, step1, goalStep, mentor, mentee } = await setup();
    expect(await saveCheckIn(mentee, pair.id, entry(step1.id, "Nervous but glad.", 3))).toEqual({
      stepId: step1.id,
      complete: false,
      created: true,
    });
    expect(await told(mentor.id, "pairing.checked_in")).toEqual([
      expect.objectContaining({ title: "Sam Mentee checked in on “Meet each other”", url: `/pairings/${pair.id}` }),
    ]);
    expect(await saveCheckIn(mentor, pair.id, entry(step1.id, "Lovely first chat.", 5))).toEqual({
      stepId: step1.id,
      complete: true,
      created: true,
    });
    expect(await told(mentee.id, "pairing.checked_in")).toEqual([
      expect.objectContaining({ title: "Step “Meet each other” is complete" }),
    ]);

    expect(await checkInsOf(pair)).toHaveLength(2);
    const space = await getPairSpace(mentee, pair.id);
    expect(space.progress).toEqual({ done: 1, total: 3, percent: 33, allComplete: false });
    expect(space.steps.map((s) => [s.title, s.complete, s.current])).toEqual([
      ["Meet each other", true, false],
      ["Set a goal", false, true],
      ["Look back, look ahead", false, false],
    ]);
    expect(space.steps.find((s) => s.id === goalStep.id)!.isGoalStep).toBe(true);
  });

  it("shows the partner's check-in only once you have written yours", async () => {
    const { pair, step1, mentor, mentee } = await setup();
    const before = await getPairSpace(mentor, pair.id);
    expect(before.steps[0]!.theirs).toEqual({ status: "waiting" });

    await saveCheckIn(mentee, pair.id, entry(step1.id, "MENTEE-WORDS: I hope to learn swirls.", 4));
    const mentorView = await getPairSpace(mentor, pair.id);
    expect(mentorView.steps[0]!.theirs).toEqual({ status: "hidden" });
    expect(mentorView.steps[0]!.mine).toBeNull();
    expect(JSON.stringify(mentorView)).not.toContain("MENTEE-WORDS");
    const menteeView = await getPairSpace(mentee, pair.id);
    expect(menteeView.steps[0]!.mine).toMatchObject({ reflection: "MENTEE-WORDS: I hope to learn swirls.", rating: 4 });
    expect(menteeView.steps[0]!.theirs).toEqual({ status: "waiting" });

    await saveCheckIn(mentor, pair.id, entry(step1.id, "MENTOR-WORDS: swirls it is.", 5));
    expect((await getPairSpace(mentor, pair.id)).steps[0]!.theirs).toMatchObject({
      status: "shared",
      reflection: "MENTEE-WORDS: I hope to learn swirls.",
      rating: 4,
    });
    expect((await getPairSpace(mentee, pair.id)).steps[0]!.theirs).toMatchObject({
      status: "shared",
      reflection: "MENTOR-WORDS: swirls it is.",
      rating: 5,
    });
  });

  it("edits your own check-in until the step completes, then refuses with 409", async () => {
    const { pair, step1, mentor, mentee } = await setup();
    await saveCheckIn(mentee, pair.id, entry(step1.id, "First draft", 2));
    expect(await saveCheckIn(mentee, pair.id, entry(step1.id, "Second thoughts", 3))).toEqual({
      stepId: step1.id,
      complete: false,
      created: false,
    });
    expect(await checkInsOf(pair)).toEqual([
      { stepId: step1.id, userId: mentee.id, reflection: "Second thoughts", rating: 3 },
    ]);
    // An edit does not tell the partner again.
    expect(await told(mentor.id, "pairing.checked_in")).toHaveLength(1);

    await saveCheckIn(mentor, pair.id, entry(step1.id, "Done", 5));
    for (const who of [mentee, mentor]) {
      const refused = await expectRefused(
        () => saveCheckIn(who, pair.id, entry(step1.id, "Too late", 1)),
        "CONFLICT",
        `edit by ${who.name}`,
      );
      expect("error" in refused && refused.error.message).toMatch(/complete/);
    }
    expect((await checkInsOf(pair)).map((c) => c.reflection).sort()).toEqual(["Done", "Second thoughts"]);
  });

  it("sets the pair's goal on the goal step, shown at the top of both spaces", async () => {
    const { pair, goalStep, mentor, mentee } = await setup();
    await saveCheckIn(mentee, pair.id, { ...entry(goalStep.id), goal: "  Make a three-colour swirl soap  " });
    expect((await db.pairing.findUniqueOrThrow({ where: { id: pair.id } })).goal).toBe(
      "Make a three-colour swirl soap",
    );
    expect((await getPairSpace(mentor, pair.id)).goal).toBe("Make a three-colour swirl soap");
    // The partner refines it while checking in on the same step.
    await saveCheckIn(mentor, pair.id, { ...entry(goalStep.id), goal: "A swirl soap by June" });
    expect((await getPairSpace(mentee, pair.id)).goal).toBe("A swirl soap by June");
  });

  it("refuses a goal on another step, and steps that are not the program's, as field errors", async () => {
    const { w, pair, step1, step3, mentee } = await setup();
    await db.programStep.update({ where: { id: step3.id }, data: { removedAt: new Date() } });
    const other = await createProgram(db, w.group, w.owner, { name: "Another program", state: "RUNNING" });

    const goal = await expectRefused(
      () => saveCheckIn(mentee, pair.id, { ...entry(step1.id), goal: "Not here" }),
      "INVALID_INPUT",
      "goal off the goal step",
    );
    expect("error" in goal && goal.error.fields).toEqual({ goal: [expect.any(String)] });
    for (const [label, stepId] of [
      ["removed step", step3.id],
      ["another program's step", other.steps[0]!.id],
      ["no such step", "c0000000000000000000000000"],
    ] as const) {
      const result = await expectRefused(() => saveCheckIn(mentee, pair.id, entry(stepId)), "INVALID_INPUT", label);
      expect("error" in result && result.error.fields, label).toEqual({ stepId: [expect.any(String)] });
    }
    expect((await db.pairing.findUniqueOrThrow({ where: { id: pair.id } })).goal).toBeNull();
  });

  it("answers bad ratings and empty reflections with field errors, saving nothing", async () => {
    const { pair, step1, mentee } = await setup();
    const cases: [string, Record<string, unknown>, string][] = [
      ["rating 0", { rating: 0 }, "rating"],
      ["rating 6", { rating: 6 }, "rating"],
      ["rating x", { rating: "x" }, "rating"],
      ["rating 2.5", { rating: 2.5 }, "rating"],
      ["no rating", { rating: undefined }, "rating"],
      ["empty reflection", { reflection: "" }, "reflection"],
      ["blank reflection", { reflection: "   \n " }, "reflection"],
      ["long reflection", { reflection: "x".repeat(2001) }, "reflection"],
      ["long goal", { goal: "g".repeat(501) }, "goal"],
      ["unknown field", { rating: 3, mood: "sunny" }, "_form"],
    ];
    for (const [label, patch, field] of cases) {
      const input = { ...entry(step1.id), ...patch };
      const result = await expectRefused(() => saveCheckIn(mentee, pair.id, input), "INVALID_INPUT", label);
      expect("error" in result && Object.keys(result.error.fields ?? {}), label).toContain(field);
    }
    // A rating sent as form text is fine.
    expect(await saveCheckIn(mentee, pair.id, { ...entry(step1.id), rating: "5" })).toMatchObject({ created: true });
  });

  it("refuses check-ins on an ended or completed pairing", async () => {
    const { w, pair, step1, mentor, mentee } = await setup();
    const other = await activePair(db, w, { mentor: "Maya Mentor", mentee: "Lou Mentee" });
    await db.pairing.update({ where: { id: pair.id }, data: { state: "ENDED", endedAt: new Date() } });
    await db.pairing.update({ where: { id: other.id }, data: { state: "COMPLETED", completedAt: new Date() } });
    for (const [label, who, id] of [
      ["ended", mentee, pair.id],
      ["ended", mentor, pair.id],
      ["completed", other.menteeCaller, other.id],
    ] as const) {
      const result = await outcome(saveCheckIn(who, id, entry(step1.id)));
      // Refused (the participant still sees the pairing, so not 404); the space says why: canCheckIn is false.
      expect(["FORBIDDEN", "CONFLICT"], label).toContain(result.code);
      expect((await getPairSpace(who, id)).canCheckIn).toBe(false);
    }
    expect(await db.checkIn.count()).toBe(0);
  });

  it("two first check-ins at the same moment: both saved, exactly one completes the step", async () => {
    const w = await programWorld(db);
    const pairs = await Promise.all(
      [1, 2, 3, 4].map((i) => activePair(db, w, { mentor: `Mentor ${i}`, mentee: `Mentee ${i}` })),
    );
    const step1 = w.steps[0]!;
    const results = await Promise.all(
      pairs.map((p) =>
        Promise.all([
          saveCheckIn(p.mentorCaller, p.id, entry(step1.id, "mentor")),
          saveCheckIn(p.menteeCaller, p.id, entry(step1.id, "mentee")),
        ]),
      ),
    );
    for (const [i, [a, b]] of results.entries()) {
      expect([a.complete, b.complete].sort(), `pair ${i + 1}`).toEqual([false, true]);
      expect(a.created && b.created).toBe(true);
      expect(await checkInsOf(pairs[i]!)).toHaveLength(2);
      expect((await getPairSpace(pairs[i]!.menteeCaller, pairs[i]!.id)).progress.done).toBe(1);
    }
  });
});

describe("finishing", () => {
  it("completion: refused until every step is complete, proposed by one, confirmed by the other", async () => {
    const { w, pair, step1, mentor, mentee } = await setup();
    await checkInBoth(db, pair, [step1]);
    const early = await expectRefused(() => proposeCompletion(mentee, pair.id), "CONFLICT", "steps left");
    expect("error" in early && early.error.message).toMatch(/every step/);

    await checkInBoth(db, pair, w.steps.slice(1));
    expect(await proposeCompletion(mentee, pair.id)).toEqual({ state: "PROPOSED" });
    const proposed = await db.pairing.findUniqueOrThrow({ where: { id: pair.id } });
    expect(proposed).toMatchObject({ state: "ACTIVE", completionProposedById: mentee.id });
    expect(await told(mentor.id, "pairing.completion")).toEqual([
      expect.objectContaining({ title: "Sam Mentee proposes to complete your mentorship" }),
    ]);
    expect((await getPairSpace(mentor, pair.id)).completion.proposedBy).toBe("partner");
    expect((await getPairSpace(mentee, pair.id)).completion.proposedBy).toBe("me");
    // Proposing again changes nothing and does not nag the partner.
    expect(await proposeCompletion(mentee, pair.id)).toEqual({ state: "PROPOSED" });
    expect(await told(mentor.id, "pairing.completion")).toHaveLength(1);

    expect(await proposeCompletion(mentor, pair.id)).toEqual({ state: "COMPLETED" });
    const done = await db.pairing.findUniqueOrThrow({ where: { id: pair.id } });
    expect(done.state).toBe("COMPLETED");
    expect(done.completedAt).toBeInstanceOf(Date);
    for (const who of [mentor, mentee]) {
      expect((await told(who.id, "pairing.completion")).at(-1)).toMatchObject({
        title: "Your mentorship in Learn the ropes is complete",
        url: `/pairings/${pair.id}#feedback`,
      });
      const space = await getPairSpace(who, pair.id);
      expect(space).toMatchObject({ state: "COMPLETED", canCheckIn: false, feedback: { given: false, canGive: true } });
    }
    expect(await db.email.count({ where: { kind: "pairing.completion" } })).toBe(3);
  });

  it("feedback: only on a completed mentorship, once each, values checked", async () => {
    const { w, pair, mentor, mentee } = await setup();
    const good = { rating: 5, recommend: 9, comment: "Life changing", anonymous: false };
    await expectRefused(() => giveFeedback(mentee, pair.id, good), "CONFLICT", "active pairing");

    await checkInBoth(db, pair, w.steps);
    await proposeCompletion(mentee, pair.id);
    await proposeCompletion(mentor, pair.id);
    for (const [label, patch, field] of [
      ["rating 0", { rating: 0 }, "rating"],
      ["rating 6", { rating: 6 }, "rating"],
      ["recommend -1", { recommend: -1 }, "recommend"],
      ["recommend 11", { recommend: 11 }, "recommend"],
      ["recommend x", { recommend: "x" }, "recommend"],
      ["long comment", { comment: "c".repeat(2001) }, "comment"],
    ] as const) {
      const result = await expectRefused(
        () => giveFeedback(mentee, pair.id, { ...good, ...patch }),
        "INVALID_INPUT",
        label,
      );
      expect("error" in result && Object.keys(result.error.fields ?? {}), label).toEqual([field]);
    }

    expect(await giveFeedback(mentee, pair.id, good)).toEqual({ id: expect.any(String) });
    const again = await expectRefused(() => giveFeedback(mentee, pair.id, good), "CONFLICT", "second feedback");
    expect("error" in again && again.error.message).toMatch(/already/);
    // Anonymous by default; an empty comment is fine.
    await giveFeedback(mentor, pair.id, { rating: 4, recommend: "7" });
    const rows = await db.feedback.findMany({ where: { pairingId: pair.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((f) => [f.userId, f.rating, f.recommend, f.comment, f.anonymous])).toEqual([
      [mentee.id, 5, 9, "Life changing", false],
      [mentor.id, 4, 7, "", true],
    ]);
    expect((await getPairSpace(mentee, pair.id)).feedback).toEqual({ given: true, canGive: false });
  });

  it("leaving early ends the pairing, sends the mentee back to the board, never tells the partner why", async () => {
    const { pair, step1, mentor, mentee } = await setup();
    const REASON = "PRIVATE-REASON: my mentor keeps cancelling";
    await checkInBoth(db, pair, [step1]);
    await expectRefused(() => leavePairing(mentee, pair.id, { reason: "  " }), "INVALID_INPUT", "no reason");

    expect(await leavePairing(mentee, pair.id, { reason: REASON })).toEqual({ state: "ENDED" });
    const ended = await db.pairing.findUniqueOrThrow({ where: { id: pair.id } });
    expect(ended).toMatchObject({ state: "ENDED", endReason: REASON, endedById: mentee.id });
    expect(ended.endedAt).toBeInstanceOf(Date);
    const apps = await db.application.findMany({
      where: { id: { in: [pair.mentee.application.id, pair.mentor.application.id] } },
      select: { id: true, state: true },
    });
    expect(apps.find((a) => a.id === pair.mentee.application.id)!.state).toBe("APPROVED");
    expect(apps.find((a) => a.id === pair.mentor.application.id)!.state).toBe("APPROVED");

    const news = await told(mentor.id, "pairing.ended");
    expect(news).toEqual([expect.objectContaining({ title: "Sam Mentee has ended your mentorship" })]);
    const partnerSees = JSON.stringify([
      await db.notification.findMany({ where: { userId: mentor.id } }),
      await db.email.findMany({ where: { userId: mentor.id } }),
      await getPairSpace(mentor, pair.id),
    ]);
    expect(partnerSees).not.toContain("PRIVATE-REASON");
    expect(partnerSees).not.toContain("cancelling");
    expect(await db.auditEvent.count({ where: { action: "pairing.end", targetId: pair.id } })).toBe(1);

    // Already over: leaving again is refused and changes nothing.
    const again = await outcome(leavePairing(mentor, pair.id, { reason: "Me too" }));
    expect(again.code).not.toBe("ok");
    expect((await db.pairing.findUniqueOrThrow({ where: { id: pair.id } })).endReason).toBe(REASON);
  });

  it("a mentor who leaves one of two pairings stays matched for the other", async () => {
    const { w, pair, mentor } = await setup();
    const second = await activePair(db, w, { mentor: "", mentee: "Lou Mentee" }, { mentor: pair.mentor });
    await leavePairing(mentor, pair.id, { reason: "Too busy for two" });
    const state = async (id: string) => (await db.application.findUniqueOrThrow({ where: { id } })).state;
    expect(await state(pair.mentor.application.id)).toBe("MATCHED");
    expect(await state(pair.mentee.application.id)).toBe("APPROVED");
    expect((await db.pairing.findUniqueOrThrow({ where: { id: second.id } })).state).toBe("ACTIVE");
    expect(await told(pair.mentee.user.id, "pairing.ended")).toEqual([
      expect.objectContaining({ title: "Diego Mentor has ended your mentorship" }),
    ]);
  });

  it("an admin can complete a pairing; participants and members cannot", async () => {
    const { w, pair, mentor, mentee } = await setup();
    const member = callerOf(await createUser(db, { name: "Mo Member", password: null }));
    await addMember(db, w.group, member);

    await expectRefused(() => completeByAdmin(mentee, pair.id), "FORBIDDEN", "the mentee");
    await expectRefused(() => completeByAdmin(mentor, pair.id), "FORBIDDEN", "the mentor");
    await expectRefused(() => completeByAdmin(member, pair.id), "NOT_FOUND", "a member");

    expect(await completeByAdmin(w.admin, pair.id)).toEqual({ state: "COMPLETED" });
    expect(await db.pairing.findUniqueOrThrow({ where: { id: pair.id } })).toMatchObject({ state: "COMPLETED" });
    for (const who of [mentor, mentee])
      expect(await told(who.id, "pairing.completion")).toEqual([
        expect.objectContaining({ title: "Your mentorship in Learn the ropes is complete" }),
      ]);
    expect(await db.auditEvent.count({ where: { action: "pairing.complete", actorId: w.admin.id } })).toBe(1);
    await expectRefused(() => completeByAdmin(w.owner as SessionUser, pair.id), "CONFLICT", "already complete");
  });
});
