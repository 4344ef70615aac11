/**
 * The mentorship access table: every role × every privacy × every program action, through the real services on
 * a real database, in the manner of access-table.int.test.ts. Each cell asserts what comes back and what was
 * written; a refused cell also proves the database did not change at all (a fingerprint of every table).
 *
 * The expected outcomes are a literal table derived from the product rules (DESIGN.md "Who may see and do what",
 * lib/auth/policy.ts), not read back from the services:
 * - programs are read by whoever may read the group's content: anyone for a PUBLIC group, active members for a
 *   PRIVATE or HIDDEN one; drafts only by the group's owners and admins; the rest is NOT_FOUND;
 * - members (of any role) apply and ask to be told when a program opens; owners and admins manage programs and
 *   review applications; applications (one, or the review queue) are their applicant's and the reviewers' alone,
 *   NOT_FOUND to anyone else;
 * - a refused write on something the caller may see is UNAUTHENTICATED when signed out, FORBIDDEN when signed in;
 *   on something they may not see, NOT_FOUND. A banned person gets NOT_FOUND everywhere; an admin of another group
 *   is a plain visitor here.
 *
 * The world has mentorship on in every group, an OPEN program ("P", with `target`'s pending mentee application
 * "A") and a DRAFT program ("D") in each. Cells run in the table's order: reads, then writes each on its own target.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getGroup } from "@/lib/groups/get-group";
import type { SessionUser } from "@/lib/auth/session-user";
import { setMentorship } from "@/lib/programs/set-mentorship";
import { createProgram } from "@/lib/programs/create-program";
import { updateProgram } from "@/lib/programs/update-program";
import { transitionProgram } from "@/lib/programs/transition-program";
import { addStep, removeStep, reorderSteps, updateStep } from "@/lib/programs/edit-steps";
import { addQuestion, removeQuestion, reorderQuestions, updateQuestion } from "@/lib/programs/edit-questions";
import { setProgramWatch } from "@/lib/programs/set-watch";
import { findPrograms } from "@/lib/programs/find-programs";
import { getProgram } from "@/lib/programs/get-program";
import { applyToProgram, editApplication } from "@/lib/programs/applications/save-application";
import { withdrawApplication } from "@/lib/programs/applications/withdraw-application";
import { findApplications } from "@/lib/programs/applications/find-applications";
import { getApplication } from "@/lib/programs/applications/get-application";
import { decideApplications } from "@/lib/programs/applications/decide-applications";
import { answersFor, createApplication, createPairing, questionsOf } from "../factories/mentorship";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import {
  buildWorld,
  expectRefused,
  fingerprint,
  outcome,
  PRIVACIES,
  ROLES,
  type Privacy,
  type Role,
  type SessionActor,
} from "./support/world";

const NF = "NOT_FOUND";
const FB = "FORBIDDEN";
const UA = "UNAUTHENTICATED";
type Code = "ok" | typeof NF | typeof FB | typeof UA;

const ACTIONS = [
  "list",
  "read",
  "draft",
  "queue",
  "detail",
  "apply",
  "watch",
  "decide",
  "update",
  "step",
  "question",
  "create",
  "transition",
  "mentorship",
] as const;
type Action = (typeof ACTIONS)[number];
type Row = readonly Code[];

const ALL_OK: Row = ACTIONS.map(() => "ok");
const ALL_NF: Row = ACTIONS.map(() => NF);
// prettier-ignore
const MEMBER: Row =      ["ok", "ok", NF, NF, NF, "ok", "ok", FB, FB, FB, FB, FB, FB, FB];
// prettier-ignore
const PUB_VISITOR: Row = ["ok", "ok", NF, NF, NF, FB,   FB,   FB, FB, FB, FB, FB, FB, FB];
// prettier-ignore
const PUB_ANON: Row =    ["ok", "ok", NF, NF, NF, UA,   UA,   UA, UA, UA, UA, UA, UA, UA];
// Sees a PRIVATE group's name (or a HIDDEN one's, when invited or asking to join), but none of its programs.
// prettier-ignore
const OUTSIDE: Row =     [NF,   NF,   NF, NF, NF, NF,   FB,   NF, NF, NF, NF, FB, NF, FB];
// prettier-ignore
const PRIV_ANON: Row =   [NF,   NF,   NF, NF, NF, NF,   UA,   NF, NF, NF, NF, UA, NF, UA];

const TABLE: Record<Privacy, Record<Role, Row>> = {
  PUBLIC: {
    anonymous: PUB_ANON,
    nonMember: PUB_VISITOR,
    pending: PUB_VISITOR,
    invitee: PUB_VISITOR,
    member: MEMBER,
    moderator: MEMBER,
    admin: ALL_OK,
    owner: ALL_OK,
    banned: ALL_NF,
    otherAdmin: PUB_VISITOR,
  },
  PRIVATE: {
    anonymous: PRIV_ANON,
    nonMember: OUTSIDE,
    pending: OUTSIDE,
    invitee: OUTSIDE,
    member: MEMBER,
    moderator: MEMBER,
    admin: ALL_OK,
    owner: ALL_OK,
    banned: ALL_NF,
    otherAdmin: OUTSIDE,
  },
  HIDDEN: {
    anonymous: ALL_NF,
    nonMember: ALL_NF,
    pending: OUTSIDE,
    invitee: OUTSIDE,
    member: MEMBER,
    moderator: MEMBER,
    admin: ALL_OK,
    owner: ALL_OK,
    banned: ALL_NF,
    otherAdmin: ALL_NF,
  },
};

/** The services take a signed-in user; the signed-out row calls them with null, and they must still refuse. */
const session = (actor: SessionActor | null) => actor as SessionUser;

async function applyAs(actor: SessionActor | null, programId: string, role: "MENTOR" | "MENTEE") {
  const answers = answersFor(await questionsOf(db, { id: programId }, role));
  return applyToProgram(session(actor), programId, { role, answers, capacity: role === "MENTOR" ? 2 : null });
}

/** The world of world.ts, with mentorship on everywhere, and in each group P (open, with A) and D (a draft). */
async function programWorld() {
  const w = await buildWorld();
  await db.group.updateMany({ data: { mentorshipEnabled: true } });
  const setups = await Promise.all(
    [...PRIVACIES, "ELSEWHERE" as const].map(async (p) => {
      const slug = p === "ELSEWHERE" ? w.elsewhere.slug : w.groups[p].slug;
      const owner = p === "ELSEWHERE" ? w.users.otherAdmin : w.users.owner;
      const open = await createProgram(owner, slug, { template: "LEARN_THE_ROPES", name: `${p} program` });
      await transitionProgram(owner, open.id, { action: "open" });
      const draft = await createProgram(owner, slug, { template: "SKILL_BUILDING", name: `${p} draft` });
      // In Elsewhere, `insider` (an admin there) applies; in the three groups, `target` (a plain member).
      const app = await applyAs(p === "ELSEWHERE" ? w.users.insider : w.users.target, open.id, "MENTEE");
      return [p, { programId: open.id, draftId: draft.id, applicationId: app.id }] as const;
    }),
  );
  const programs = Object.fromEntries(setups) as Record<
    Privacy | "ELSEWHERE",
    { programId: string; draftId: string; applicationId: string }
  >;
  return { ...w, programs };
}
type ProgramWorld = Awaited<ReturnType<typeof programWorld>>;

type Cell = { w: ProgramWorld; privacy: Privacy; role: Role; label: string };

async function runCell(action: Action, expected: Code, { w, privacy, role, label }: Cell): Promise<unknown> {
  const g = w.groups[privacy];
  const actor = w.actorOf(role);
  const mayApply = TABLE[privacy][role][ACTIONS.indexOf("apply")] === "ok";
  const { programId: P, draftId: D, applicationId: A } = w.programs[privacy];
  const me = actor?.id ?? "";
  const manager = role === "owner" || role === "admin";
  const run = (): Promise<unknown> => {
    switch (action) {
      case "list":
        return findPrograms(actor, g.slug);
      case "read":
        return getProgram(actor, P);
      case "draft":
        return getProgram(actor, D);
      case "queue":
        return findApplications(actor, P, {});
      case "detail":
        return getApplication(actor, A);
      case "apply":
        return applyAs(actor, P, "MENTOR");
      case "watch":
        return setProgramWatch(session(actor), g.slug, { watching: true });
      case "decide":
        return decideApplications(session(actor), P, { ids: [A], decision: "approve" });
      case "update":
        return updateProgram(session(actor), P, { name: `Renamed by ${label}` });
      case "step":
        return addStep(session(actor), P, { title: `Step by ${label}`, prompts: ["Why?"], dueWeek: 2 });
      case "question":
        return addQuestion(session(actor), P, { role: "MENTEE", kind: "SHORT_TEXT", label: `Asked by ${label}` });
      case "create":
        return createProgram(session(actor), g.slug, { template: "CUSTOM", name: `Made by ${label}` });
      case "transition":
        return transitionProgram(session(actor), P, { action: "start" });
      case "mentorship":
        return setMentorship(session(actor), g.slug, { enabled: false });
    }
  };
  if (expected !== "ok") {
    // Reads write nothing either, so every refusal is checked against the fingerprint.
    return expectRefused(run, expected, label);
  }
  const r = await outcome(run());
  expect.soft(r.code === "ok" ? "ok" : `${r.code}: ${r.error.message}`, label).toBe("ok");
  if (r.code !== "ok") return;
  const value = r.value as never;
  switch (action) {
    case "list": {
      const list = value as Awaited<ReturnType<typeof findPrograms>>;
      // Open programs first, drafts after, and drafts only for managers.
      expect
        .soft(
          list.programs.map((p) => p.id),
          label,
        )
        .toEqual(manager ? [P, D] : [P]);
      expect.soft({ canManage: list.canManage, canApply: list.canApply }, label).toEqual({
        canManage: manager,
        canApply: mayApply,
      });
      return;
    }
    case "read": {
      const p = value as Awaited<ReturnType<typeof getProgram>>;
      expect.soft(p, label).toMatchObject({ id: P, state: "OPEN", acceptingApplications: true });
      expect.soft(p.steps.length, label).toBe(4);
      // The questions are for those who may apply or manage; the counts for managers alone.
      expect.soft(p.questions.length > 0, `${label} questions`).toBe(mayApply || manager);
      expect.soft(p.counts, `${label} counts`).toEqual(manager ? { MENTOR: {}, MENTEE: { PENDING: 1 } } : null);
      return;
    }
    case "draft":
      return void expect.soft(value, label).toMatchObject({ id: D, state: "DRAFT" });
    case "queue": {
      const q = value as Awaited<ReturnType<typeof findApplications>>;
      expect
        .soft(
          q.items.map((i) => [i.id, i.applicant.id]),
          label,
        )
        .toEqual([[A, w.users.target.id]]);
      return;
    }
    case "detail": {
      const a = value as Awaited<ReturnType<typeof getApplication>>;
      expect.soft(a, label).toMatchObject({ id: A, state: "PENDING", applicant: { id: w.users.target.id } });
      expect.soft(a.history, label).not.toBeNull();
      return;
    }
    case "apply": {
      const rows = await db.application.findMany({ where: { programId: P, userId: me }, select: { state: true } });
      return void expect.soft(rows, label).toEqual([{ state: "PENDING" }]);
    }
    case "watch":
      return void expect.soft(await db.programWatch.count({ where: { groupId: g.id, userId: me } }), label).toBe(1);
    case "decide": {
      const a = await db.application.findUniqueOrThrow({ where: { id: A } });
      return void expect.soft(a, label).toMatchObject({ state: "APPROVED", decidedById: me });
    }
    case "update": {
      const p = await db.program.findUniqueOrThrow({ where: { id: P } });
      return void expect.soft(p.name, label).toBe(`Renamed by ${label}`);
    }
    case "step":
      return void expect
        .soft(await db.programStep.count({ where: { programId: P, title: `Step by ${label}` } }), label)
        .toBe(1);
    case "question":
      return void expect
        .soft(await db.applicationQuestion.count({ where: { programId: P, label: `Asked by ${label}` } }), label)
        .toBe(1);
    case "create": {
      const rows = await db.program.findMany({ where: { groupId: g.id, name: `Made by ${label}` } });
      return void expect
        .soft(
          rows.map((p) => [p.state, p.createdById]),
          label,
        )
        .toEqual([["DRAFT", me]]);
    }
    case "transition":
      return void expect.soft((await db.program.findUniqueOrThrow({ where: { id: P } })).state, label).toBe("RUNNING");
    case "mentorship": {
      const group = await db.group.findUniqueOrThrow({ where: { id: g.id } });
      expect.soft(group.mentorshipEnabled, label).toBe(false);
      const audits = await db.auditEvent.count({ where: { groupId: g.id, action: "mentorship.disable", actorId: me } });
      return void expect.soft(audits, label).toBe(1);
    }
  }
}

/**
 * Cells where a service disagrees with the rules: left out of their row and asserted alone with `it.fails`, with
 * the reason, so the test passes while the service answers otherwise and fails once it is fixed.
 */
const DISAGREEMENTS: Partial<Record<`${Privacy} ${Role} ${Action}`, string>> = {};

for (const privacy of PRIVACIES) {
  describe(`programs of a ${privacy} group`, () => {
    for (const role of ROLES) {
      const row = TABLE[privacy][role];
      it(`${role}: ${ACTIONS.map((a, i) => `${a} ${row[i]}`).join(", ")}`, async () => {
        const w = await programWorld();
        for (const [i, action] of ACTIONS.entries()) {
          const label = `${privacy} ${role} ${action}` as const;
          if (DISAGREEMENTS[label]) continue;
          await runCell(action, row[i]!, { w, privacy, role, label });
        }
      });
    }
  });
}

// Empty today; a cell a service gets wrong goes here (and fails loudly once fixed) until it is.
describe.skipIf(Object.keys(DISAGREEMENTS).length === 0)("cells where a service disagrees with the rules", () => {
  for (const [label, why] of Object.entries(DISAGREEMENTS)) {
    const [privacy, role, action] = label.split(" ") as [Privacy, Role, Action];
    const expected = TABLE[privacy][role][ACTIONS.indexOf(action)]!;
    it.fails(`${label} should be ${expected}: ${why}`, async () => {
      await runCell(action, expected, { w: await programWorld(), privacy, role, label });
    });
  }
});

describe("what a refusal says", () => {
  it("a signed-in visitor of a public group is told to join first; a signed-out one to sign in", async () => {
    const w = await programWorld();
    const P = w.programs.PUBLIC.programId;
    const visitor = await outcome(applyAs(w.actorOf("nonMember"), P, "MENTEE"));
    expect([visitor.code, "error" in visitor ? visitor.error.message : null]).toEqual([
      "FORBIDDEN",
      "Join the group to apply.",
    ]);
    expect((await outcome(applyAs(null, P, "MENTEE"))).code).toBe("UNAUTHENTICATED");
  });
});

describe("by id, from outside the program's managers", () => {
  for (const privacy of PRIVACIES) {
    it(`an admin of another group cannot touch a ${privacy} group's steps, questions or applications`, async () => {
      const w = await programWorld();
      const me = w.users.otherAdmin;
      const { programId: P, applicationId: A } = w.programs[privacy];
      // They may see a PUBLIC group's programs (FORBIDDEN to change them), not the others' (NOT_FOUND).
      const code = privacy === "PUBLIC" ? FB : NF;
      const steps = await db.programStep.findMany({ where: { programId: P }, orderBy: { position: "asc" } });
      const questions = await db.applicationQuestion.findMany({
        where: { programId: P, role: "MENTEE" },
        orderBy: { position: "asc" },
      });
      const cells: [string, () => Promise<unknown>, string][] = [
        ["updateStep", () => updateStep(me, steps[0]!.id, { title: "Mine now" }), code],
        ["removeStep", () => removeStep(me, steps[0]!.id), code],
        ["reorderSteps", () => reorderSteps(me, P, { ids: steps.map((s) => s.id).reverse() }), code],
        ["updateQuestion", () => updateQuestion(me, questions[0]!.id, { kind: "LONG_TEXT", label: "Mine" }), code],
        ["removeQuestion", () => removeQuestion(me, questions[0]!.id), code],
        [
          "reorderQuestions",
          () => reorderQuestions(me, P, { role: "MENTEE", ids: questions.map((q) => q.id).reverse() }),
          code,
        ],
        ["getApplication", () => getApplication(me, A), NF],
        ["editApplication", () => editApplication(me, A, { answers: {} }), NF],
        ["withdrawApplication", () => withdrawApplication(me, A), NF],
      ];
      for (const [name, run, expected] of cells) await expectRefused(run, expected, `${privacy} ${name}`);

      // Through their own program, another program's application is skipped and left as it was.
      const before = await fingerprint();
      const r = await decideApplications(me, w.programs.ELSEWHERE.programId, { ids: [A], decision: "decline" });
      expect(r).toEqual({
        decision: "decline",
        decided: 0,
        decidedByRole: { MENTOR: 0, MENTEE: 0 },
        skipped: [A],
        reasons: [{ id: A, reason: "not-found" }],
      });
      expect(await fingerprint()).toEqual(before);
    });
  }

  it("a member cannot change a program's steps or questions, nor see a draft's, nor touch others' applications", async () => {
    const w = await programWorld();
    const me = w.users.member;
    const { programId: P, draftId: D, applicationId: A } = w.programs.PRIVATE;
    const step = await db.programStep.findFirstOrThrow({ where: { programId: P } });
    const draftStep = await db.programStep.findFirstOrThrow({ where: { programId: D } });
    const draftQuestion = await db.applicationQuestion.findFirstOrThrow({ where: { programId: D } });
    const cells: [string, () => Promise<unknown>, string][] = [
      ["updateStep", () => updateStep(me, step.id, { title: "Mine now" }), FB],
      ["removeStep", () => removeStep(me, step.id), FB],
      ["draft updateStep", () => updateStep(me, draftStep.id, { title: "Mine now" }), NF],
      ["draft removeQuestion", () => removeQuestion(me, draftQuestion.id), NF],
      ["draft apply", () => applyAs(me, D, "MENTEE"), NF],
      ["getApplication", () => getApplication(me, A), NF],
      ["editApplication", () => editApplication(me, A, { answers: {} }), NF],
      ["withdrawApplication", () => withdrawApplication(me, A), NF],
      ["decide", () => decideApplications(me, P, { ids: [A], decision: "approve" }), FB],
    ];
    for (const [name, run, expected] of cells) await expectRefused(run, expected, `member ${name}`);
  });
});

describe("mentorship switched on and off", () => {
  async function mentorshipWorld() {
    const owner = await createUser(db, { name: "Olu Owner" });
    const admin = await createUser(db, { name: "Amara Admin" });
    const member = await createUser(db, { name: "Sam Member" });
    const mentorUser = await createUser(db, { name: "Mia Mentor" });
    const menteeUser = await createUser(db, { name: "Nia Mentee" });
    const group = await createGroup(db, owner, { privacy: "PRIVATE", name: "Soap Makers" });
    await addMember(db, group, admin, { role: "ADMIN" });
    for (const u of [member, mentorUser, menteeUser]) await addMember(db, group, u);
    return { owner, admin, member, mentorUser, menteeUser, group };
  }

  it("only owners and admins switch it; a program cannot be created while it is off", async () => {
    const w = await mentorshipWorld();
    await expectRefused(() => createProgram(w.admin, w.group.slug, { template: "CUSTOM", name: "Early" }), "CONFLICT");
    expect((await getGroup(w.member, w.group.slug)).viewer.can["programs.read"]).toBe(false);

    expect(await setMentorship(w.admin, w.group.slug, { enabled: true })).toEqual({
      slug: w.group.slug,
      enabled: true,
      changed: true,
    });
    // Saying it again changes nothing and records nothing.
    expect((await setMentorship(w.owner, w.group.slug, { enabled: true })).changed).toBe(false);
    expect(
      await db.auditEvent.findMany({ where: { groupId: w.group.id }, select: { action: true, actorId: true } }),
    ).toEqual([{ action: "mentorship.enable", actorId: w.admin.id }]);
    expect((await getGroup(w.member, w.group.slug)).viewer.can["programs.apply"]).toBe(true);
  });

  it("off hides programs from members and stops applications; admins still read; running pairs keep going", async () => {
    const w = await mentorshipWorld();
    await setMentorship(w.owner, w.group.slug, { enabled: true });
    const program = await createProgram(w.admin, w.group.slug, { template: "LEARN_THE_ROPES", name: "Ropes" });
    await transitionProgram(w.admin, program.id, { action: "open" });
    const draft = await createProgram(w.admin, w.group.slug, { template: "SKILL_BUILDING", name: "Skills" });
    const mine = await applyAs(w.member, program.id, "MENTEE");
    const mentor = { user: w.mentorUser, application: await createApplication(db, program, w.mentorUser, "MENTOR") };
    const mentee = { user: w.menteeUser, application: await createApplication(db, program, w.menteeUser, "MENTEE") };
    const pairing = await createPairing(db, program, mentor, mentee, w.admin);

    await setMentorship(w.admin, w.group.slug, { enabled: false });
    expect(await db.group.findUniqueOrThrow({ where: { id: w.group.id } })).toMatchObject({
      mentorshipEnabled: false,
    });

    // Members: the programs are not there, and nobody can apply.
    await expectRefused(() => findPrograms(w.member, w.group.slug), NF, "member list");
    await expectRefused(() => getProgram(w.member, program.id), NF, "member read");
    await expectRefused(() => applyAs(w.member, program.id, "MENTOR"), NF, "member apply");
    await expectRefused(() => applyAs(w.mentorUser, program.id, "MENTEE"), NF, "another member apply");
    await expectRefused(() => setProgramWatch(w.member, w.group.slug, { watching: true }), FB, "member watch");
    expect((await getGroup(w.member, w.group.slug)).viewer.can["programs.read"]).toBe(false);

    // Admins still read everything, but start nothing new.
    const list = await findPrograms(w.admin, w.group.slug);
    expect(list.mentorshipEnabled).toBe(false);
    expect(list.programs.map((p) => [p.id, p.acceptingApplications])).toEqual([
      [program.id, false],
      [draft.id, false],
    ]);
    expect((await getProgram(w.admin, program.id)).counts).toEqual({
      MENTOR: { APPROVED: 1 },
      MENTEE: { PENDING: 1, APPROVED: 1 },
    });
    const queue = await findApplications(w.admin, program.id, { state: "PENDING" });
    expect(queue.items.map((i) => i.id)).toEqual([mine.id]);
    await expectRefused(() => createProgram(w.admin, w.group.slug, { template: "CUSTOM", name: "More" }), "CONFLICT");
    await expectRefused(() => transitionProgram(w.admin, draft.id, { action: "open" }), "CONFLICT", "open");

    // Nothing was deleted, and the running pair is untouched.
    expect(await db.pairing.findUniqueOrThrow({ where: { id: pairing.id } })).toMatchObject({
      state: "ACTIVE",
      completedAt: null,
      endedAt: null,
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ state: "PENDING" });
    expect(await db.program.count({ where: { groupId: w.group.id } })).toBe(2);

    // Back on: members see the program and their application again.
    await setMentorship(w.owner, w.group.slug, { enabled: true });
    const again = await getProgram(w.member, program.id);
    expect(again.mine.map((a) => [a.id, a.state])).toEqual([[mine.id, "PENDING"]]);
  });
});

describe("banned and muted members", () => {
  it("a muted member still applies; a member banned after applying loses the program but stays in the queue", async () => {
    const w = await programWorld();
    const g = w.groups.PUBLIC;
    const { programId: P, applicationId: A } = w.programs.PUBLIC;
    // Muting stops posts and comments, not mentorship.
    await db.membership.updateMany({
      where: { groupId: g.id, userId: w.users.member.id },
      data: { mutedUntil: new Date(Date.now() + 86_400_000) },
    });
    expect(await applyAs(w.users.member, P, "MENTOR")).toMatchObject({ state: "PENDING", role: "MENTOR" });
    expect(await setProgramWatch(w.users.member, g.slug, { watching: true })).toMatchObject({ watching: true });

    const target = w.users.target;
    await db.membership.update({ where: { id: g.targetMembershipId }, data: { status: "BANNED" } });
    await expectRefused(() => getProgram(target, P), NF, "banned read");
    await expectRefused(() => applyAs(target, P, "MENTOR"), NF, "banned apply");
    await expectRefused(() => editApplication(target, A, { answers: {} }), NF, "banned edit");
    await expectRefused(() => withdrawApplication(target, A), NF, "banned withdraw");
    await expectRefused(() => getApplication(target, A), NF, "banned detail");

    // The admins still see the application, with the applicant no longer an active member.
    const queue = await findApplications(w.users.admin, P, { role: "MENTEE" });
    expect(queue.items.map((i) => [i.id, i.state])).toEqual([[A, "PENDING"]]);
    expect((await getApplication(w.users.admin, A)).history).toMatchObject({ joinedAt: null, role: null });
  });
});
