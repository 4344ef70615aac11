/**
 * A pair's words are theirs. Every participant-only action answers NOT_FOUND to everyone who is not one of the two
 * (another pair's participant, members, the group's admins and owner, another group's admin, outsiders, signed-out
 * callers, a participant who has left the group) and changes nothing at all. The admins' surfaces (dashboard,
 * pairings list, CSV, their notifications, emails and audit log) carry states, dates and ratings, never check-in
 * text, the goal or messages; the early-end reason never reaches the other participant.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { getPairSpace } from "@/lib/pairings/get-pair-space";
import { saveCheckIn } from "@/lib/pairings/save-check-in";
import { completeByAdmin, leavePairing, proposeCompletion } from "@/lib/pairings/finish-pairing";
import { giveFeedback } from "@/lib/pairings/give-feedback";
import { getProgramDashboard } from "@/lib/pairings/get-dashboard";
import { nudgePairing } from "@/lib/pairings/nudge-pairing";
import { flagStalledPairings } from "@/lib/pairings/reminders";
import { pairsCsv } from "@/lib/pairings/pairs-csv";
import { findPairings } from "@/lib/matching/find-pairings";
import { leaveGroup } from "@/lib/groups/leave-group";
import { sendMessage } from "@/lib/chat/send-message";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import { createProgram } from "../factories/mentorship";
import {
  activePair,
  callerOf,
  checkInBoth,
  daysAgo,
  programWorld,
  quietSince,
  type Caller,
} from "../factories/pairings";
import { expectRefused, fingerprint, outcome } from "./support/world";

const person = async (name: string) => callerOf(await createUser(db, { name, password: null }));

/**
 * A program with: `active` (step 1 done by both, the mentee's check-in on the goal step), `finished` (every step
 * done, not yet completed), `completed` (completed, no feedback yet), `other` (another pair), and `departed` (a
 * completed pairing whose mentee then left the group). Plus every kind of outsider.
 */
async function setup(privacy: "PUBLIC" | "PRIVATE") {
  const w = await programWorld(db);
  if (privacy === "PUBLIC") await db.group.update({ where: { id: w.group.id }, data: { privacy: "PUBLIC" } });
  const [step1, goalStep] = [w.steps[0]!, w.steps[1]!];
  const active = await activePair(db, w, { mentor: "Diego Mentor", mentee: "Sam Mentee" });
  const finished = await activePair(db, w, { mentor: "Fin Mentor", mentee: "Fia Mentee" });
  const completed = await activePair(db, w, { mentor: "Cy Mentor", mentee: "Cal Mentee" });
  const other = await activePair(db, w, { mentor: "Oz Mentor", mentee: "Ola Mentee" });
  const departed = await activePair(db, w, { mentor: "Dee Mentor", mentee: "Dan Departed" });
  await checkInBoth(db, active, [step1]);
  await saveCheckIn(active.menteeCaller, active.id, { stepId: goalStep.id, reflection: "Goal time", rating: 4 });
  await checkInBoth(db, finished, w.steps);
  await checkInBoth(db, completed, w.steps);
  await db.pairing.updateMany({
    where: { id: { in: [completed.id, departed.id] } },
    data: { state: "COMPLETED", completedAt: new Date() },
  });
  await leaveGroup(departed.menteeCaller, w.group.slug);

  const [member, moderator, nonMember, otherAdmin, banned] = (await Promise.all(
    ["Mo Member", "Mod Moderator", "Nia Nonmember", "Oli OtherAdmin", "Bo Banned"].map(person),
  )) as [Caller, Caller, Caller, Caller, Caller];
  await addMember(db, w.group, member);
  await addMember(db, w.group, moderator, { role: "MODERATOR" });
  await addMember(db, w.group, banned, { status: "BANNED" });
  const elsewhere = await createGroup(db, otherAdmin, { name: "Elsewhere", mentorshipEnabled: true });
  await createProgram(db, elsewhere, otherAdmin, { state: "RUNNING" });

  const outsiders: [string, Caller | null][] = [
    ["another pair's mentor", other.mentorCaller],
    ["another pair's mentee", other.menteeCaller],
    ["a member", member],
    ["a moderator", moderator],
    ["the group's admin", w.admin],
    ["the group's owner", w.owner],
    ["another group's admin", otherAdmin],
    ["a non-member", nonMember],
    ["a banned member", banned],
    ["signed out", null],
    ["a participant who left the group", departed.menteeCaller],
  ];
  return { w, step1, goalStep, active, finished, completed, other, departed, outsiders, member, otherAdmin };
}

const as = (c: Caller | null) => c as SessionUser;

describe.each(["PRIVATE", "PUBLIC"] as const)("participant-only actions in a %s group", (privacy) => {
  it("answer NOT_FOUND to everyone but the two participants, and change nothing", async () => {
    const s = await setup(privacy);
    const step3 = s.w.steps[2]!;
    const actions: [string, string, (c: Caller | null) => Promise<unknown>][] = [
      ["getPairSpace", s.active.id, (c) => getPairSpace(c, s.active.id)],
      [
        "saveCheckIn",
        s.active.id,
        (c) => saveCheckIn(as(c), s.active.id, { stepId: step3.id, reflection: "Sneaky", rating: 5 }),
      ],
      ["proposeCompletion", s.finished.id, (c) => proposeCompletion(as(c), s.finished.id)],
      ["leavePairing", s.active.id, (c) => leavePairing(as(c), s.active.id, { reason: "Not yours to end" })],
      ["giveFeedback", s.completed.id, (c) => giveFeedback(as(c), s.completed.id, { rating: 1, recommend: 0 })],
    ];
    for (const [name, , run] of actions)
      for (const [who, caller] of s.outsiders) await expectRefused(() => run(caller), "NOT_FOUND", `${name} by ${who}`);

    // The participant who left sees nothing of their own former pairing either, not even to give feedback.
    for (const [name, run] of [
      ["getPairSpace", () => getPairSpace(s.departed.menteeCaller, s.departed.id)],
      ["giveFeedback", () => giveFeedback(s.departed.menteeCaller, s.departed.id, { rating: 5, recommend: 10 })],
    ] as const)
      await expectRefused(run, "NOT_FOUND", `${name} on their former pairing`);
    // Their partner, still a member, still can.
    expect((await getPairSpace(s.departed.mentorCaller, s.departed.id)).state).toBe("COMPLETED");

    // The same calls work for the participants: the table above is not refusing everyone.
    expect((await getPairSpace(s.active.mentorCaller, s.active.id)).id).toBe(s.active.id);
    expect(
      await saveCheckIn(s.active.mentorCaller, s.active.id, { stepId: step3.id, reflection: "Ok", rating: 3 }),
    ).toMatchObject({ created: true });
    expect(await proposeCompletion(s.finished.menteeCaller, s.finished.id)).toEqual({ state: "PROPOSED" });
    expect(await giveFeedback(s.completed.mentorCaller, s.completed.id, { rating: 5, recommend: 10 })).toEqual({
      id: expect.any(String),
    });
    expect(await leavePairing(s.active.menteeCaller, s.active.id, { reason: "Moving away" })).toEqual({
      state: "ENDED",
    });
  });

  it("a participant cannot read another pairing's check-ins, even by guessing ids", async () => {
    const s = await setup(privacy);
    for (const id of [s.active.id, s.completed.id, "c0000000000000000000000000", "../../etc", "x".repeat(500)]) {
      const result = await outcome(getPairSpace(s.other.menteeCaller, id));
      expect(result.code, id.slice(0, 20)).toBe("NOT_FOUND");
    }
  });

  it("the dashboard, nudges and admin completion refuse members (403/404) and other groups' admins (404)", async () => {
    const s = await setup(privacy);
    const admin: [string, (c: Caller) => Promise<unknown>][] = [
      ["getProgramDashboard", (c) => getProgramDashboard(c, s.w.program.id)],
      ["nudgePairing", (c) => nudgePairing(c, s.active.id)],
      ["completeByAdmin", (c) => completeByAdmin(c, s.active.id)],
    ];
    for (const [name, run] of admin) {
      for (const [who, caller] of [
        ["a member", s.member],
        ["the mentee", s.active.menteeCaller],
        ["the mentor", s.active.mentorCaller],
      ] as const) {
        const before = await fingerprint();
        const result = await outcome(run(caller));
        expect(["FORBIDDEN", "NOT_FOUND"], `${name} by ${who}`).toContain(result.code);
        expect(await fingerprint(), `${name} by ${who}: the database changed`).toEqual(before);
      }
      // A PUBLIC group's programs are public: an outsider sees the program exists, so its dashboard is 403 there.
      const code = privacy === "PUBLIC" && name === "getProgramDashboard" ? "FORBIDDEN" : "NOT_FOUND";
      await expectRefused(() => run(s.otherAdmin), code, `${name} by another group's admin`);
    }
  });
});

describe("what admins see", () => {
  it("no check-in text, goal or message on any admin surface; the end reason never reaches the partner", async () => {
    const w = await programWorld(db);
    const [step1, goalStep] = [w.steps[0]!, w.steps[1]!];
    const writing = await activePair(db, w, { mentor: "Diego Mentor", mentee: "Sam Mentee" });
    // Matched three weeks ago: a quiet spell counts from the pair's clock start at the earliest (decision 015).
    const quiet = await activePair(
      db,
      w,
      { mentor: "Quinn Mentor", mentee: "Quincy Mentee" },
      { startedAt: daysAgo(21) },
    );
    const leaving = await activePair(db, w, { mentor: "Lee Mentor", mentee: "Lou Mentee" });
    const M = {
      reflection: "MARK-REFLECTION-7f3a",
      goal: "MARK-GOAL-91c2",
      message: "MARK-MESSAGE-55d0",
      reason: "MARK-REASON-e4b8",
    };

    const say = (pair: typeof writing, who: Caller, stepId: string, extra: object = {}) =>
      saveCheckIn(who, pair.id, { stepId, reflection: `${M.reflection} by ${who.name}`, rating: 4, ...extra });
    for (const pair of [writing, quiet, leaving]) {
      await say(pair, pair.menteeCaller, step1.id);
      await say(pair, pair.mentorCaller, step1.id);
    }
    await say(writing, writing.menteeCaller, goalStep.id, { goal: M.goal });
    await say(quiet, quiet.menteeCaller, goalStep.id, { goal: `${M.goal} quiet` });
    for (const pair of [writing, quiet])
      await sendMessage(pair.menteeCaller, pair.threadId, { clientId: `msg-${pair.id}`, body: M.message });
    // The quiet pair goes quiet for 15 days: the admins are told, and one of them nudges it.
    await quietSince(db, quiet, daysAgo(15));
    expect(await flagStalledPairings()).toBe(1);
    await nudgePairing(w.admin, quiet.id);
    await leavePairing(leaving.menteeCaller, leaving.id, { reason: M.reason });
    await completeByAdmin(w.owner, writing.id);

    const dashboards = await Promise.all(
      [{}, { state: "ACTIVE" }, { stalled: "true" }, { sort: "rating", dir: "asc" }].map((q) =>
        getProgramDashboard(w.admin, w.program.id, q),
      ),
    );
    const staff = [w.owner.id, w.admin.id];
    const adminSurfaces = {
      dashboards,
      csv: pairsCsv(dashboards[0]!.pairs),
      ownerDashboard: await getProgramDashboard(w.owner, w.program.id),
      notifications: await db.notification.findMany({ where: { userId: { in: staff } } }),
      emails: await db.email.findMany({ where: { userId: { in: staff } } }),
      audit: await db.auditEvent.findMany({ where: { groupId: w.group.id } }),
    };
    // Sanity: the admins' surfaces are not empty, and the admins were told of the quiet pair.
    expect(dashboards[0]!.pairs).toHaveLength(3);
    expect(adminSurfaces.notifications.map((n) => n.kind)).toContain("pairing.stalled");
    const adminText = JSON.stringify(adminSurfaces);
    for (const marker of [M.reflection, M.goal, M.message, "MARK-"])
      expect(adminText, `admin surfaces carry ${marker}`).not.toContain(marker);

    // The pairings list carries no check-in, goal or message. It does carry the early-end reason: the issue says
    // the reason is "seen by admins only, never by the other participant".
    const list = JSON.stringify(await findPairings(w.admin, w.program.id, {}));
    for (const marker of [M.reflection, M.goal, M.message]) expect(list).not.toContain(marker);
    expect(list).toContain(M.reason);

    // The data is really there (the test would notice if the markers were never written).
    expect(await db.checkIn.count({ where: { reflection: { startsWith: M.reflection } } })).toBe(8);
    expect(await db.pairing.count({ where: { goal: M.goal } })).toBe(1);
    expect(await db.message.count({ where: { body: M.message } })).toBe(2);

    // The partner of the one who left: nothing of the reason, anywhere they look.
    const partner = leaving.mentorCaller;
    const partnerText = JSON.stringify([
      await getPairSpace(partner, leaving.id),
      await db.notification.findMany({ where: { userId: partner.id } }),
      await db.email.findMany({ where: { userId: partner.id } }),
    ]);
    expect(partnerText).not.toContain(M.reason);
    expect(partnerText).toContain("Lou Mentee has ended your mentorship");
  });
});
