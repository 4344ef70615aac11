/**
 * Programs on a real database: created from every template, opened only when ready, taken through their life
 * cycle (closing completes the active pairs once confirmed; archived programs read but never change), watchers
 * told when one opens, and the step and question editors, which never erase a check-in or orphan an answer.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createProgram } from "@/lib/programs/create-program";
import { updateProgram } from "@/lib/programs/update-program";
import { transitionProgram } from "@/lib/programs/transition-program";
import { addStep, removeStep, reorderSteps, updateStep } from "@/lib/programs/edit-steps";
import { addQuestion, removeQuestion, reorderQuestions, updateQuestion } from "@/lib/programs/edit-questions";
import { setProgramWatch } from "@/lib/programs/set-watch";
import { findPrograms } from "@/lib/programs/find-programs";
import { getProgram } from "@/lib/programs/get-program";
import { applyToProgram } from "@/lib/programs/applications/save-application";
import { getApplication } from "@/lib/programs/applications/get-application";
import { PROGRAM_TEMPLATES, TEMPLATES, type ProgramTemplate } from "@/lib/programs/templates";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import { answersFor, createApplication, createCheckIn, createPairing, questionsOf } from "../factories/mentorship";
import { expectRefused, outcome } from "./support/world";

async function world() {
  const owner = await createUser(db, { name: "Olu Owner" });
  const admin = await createUser(db, { name: "Amara Admin" });
  const member = await createUser(db, { name: "Sam Member" });
  const group = await createGroup(db, owner, { privacy: "PRIVATE", name: "Soap Makers", mentorshipEnabled: true });
  await addMember(db, group, admin, { role: "ADMIN" });
  await addMember(db, group, member);
  return { owner, admin, member, group };
}
type World = Awaited<ReturnType<typeof world>>;

function newProgram(w: World, template: ProgramTemplate = "LEARN_THE_ROPES", name = "Learn the ropes") {
  return createProgram(w.admin, w.group.slug, { template, name, lengthWeeks: 4 });
}

const stepsOf = (programId: string) =>
  db.programStep.findMany({ where: { programId, removedAt: null }, orderBy: { position: "asc" } });

const auditsOf = async (programId: string) =>
  (await db.auditEvent.findMany({ where: { targetId: programId }, orderBy: { createdAt: "asc" } })).map(
    (a) => a.action,
  );

/** An active pair in the program: two members with approved applications, matched by the admin. */
async function pairUp(w: World, program: { id: string }) {
  const mentorUser = await createUser(db, { name: "Mia Mentor" });
  const menteeUser = await createUser(db, { name: "Nia Mentee" });
  await addMember(db, w.group, mentorUser);
  await addMember(db, w.group, menteeUser);
  const mentor = { user: mentorUser, application: await createApplication(db, program, mentorUser, "MENTOR") };
  const mentee = { user: menteeUser, application: await createApplication(db, program, menteeUser, "MENTEE") };
  return { pairing: await createPairing(db, program, mentor, mentee, w.admin), mentor, mentee };
}

describe("creating a program from a template", () => {
  it.each(PROGRAM_TEMPLATES)("%s pre-fills its steps and both roles' questions, as a draft", async (template) => {
    const w = await world();
    // Without a length, the program takes the template's.
    const created = await createProgram(w.admin, w.group.slug, { template, name: `${template} program` });
    expect(created).toMatchObject({ slug: w.group.slug, name: `${template} program` });

    const t = TEMPLATES[template];
    const program = await db.program.findUniqueOrThrow({
      where: { id: created.id },
      include: { steps: { orderBy: { position: "asc" } }, questions: { orderBy: { position: "asc" } } },
    });
    expect(program).toMatchObject({
      groupId: w.group.id,
      state: "DRAFT",
      template,
      createdById: w.admin.id,
      lengthWeeks: t.lengthWeeks,
    });
    expect(program.steps.map((s) => [s.position, s.title, s.dueWeek, s.prompts, s.isGoalStep])).toEqual(
      t.steps.map((s, i) => [i, s.title, s.dueWeek, s.prompts, s.isGoalStep ?? false]),
    );
    for (const role of ["MENTOR", "MENTEE"] as const) {
      const mine = program.questions.filter((q) => q.role === role);
      expect(mine.map((q) => [q.position, q.kind, q.label, q.required])).toEqual(
        t.questions[role].map((q, i) => [i, q.kind, q.label, q.required]),
      );
    }
    expect(await auditsOf(created.id)).toEqual(["program.create"]);

    // The admin sees the draft with everything; members do not see it at all.
    const detail = await getProgram(w.admin, created.id);
    expect(detail.steps).toHaveLength(t.steps.length);
    expect(detail.questions).toHaveLength(t.questions.MENTOR.length + t.questions.MENTEE.length);
    expect((await outcome(getProgram(w.member, created.id))).code).toBe("NOT_FOUND");
  });

  it("a program shorter than its template pulls the late steps into its last week", async () => {
    const w = await world();
    const created = await newProgram(w, "SKILL_BUILDING", "Four-week skills");
    expect((await stepsOf(created.id)).map((s) => s.dueWeek)).toEqual([1, 2, 3, 4, 4, 4]);
  });

  it("refuses bad details with field errors and writes nothing", async () => {
    const w = await world();
    const r = await expectRefused(
      () => createProgram(w.admin, w.group.slug, { template: "CUSTOM", name: "ab", defaultMentorCapacity: 11 }),
      "INVALID_INPUT",
    );
    expect("error" in r && Object.keys(r.error.fields ?? {}).sort()).toEqual(["defaultMentorCapacity", "name"]);
  });
});

describe("opening a program", () => {
  it("is refused with no steps: a custom program, or a template's with every step removed", async () => {
    const w = await world();
    const custom = await newProgram(w, "CUSTOM", "My own");
    const r = await expectRefused(() => transitionProgram(w.admin, custom.id, { action: "open" }), "CONFLICT");
    expect("error" in r && r.error.message).toBe("Add at least one step before opening.");

    const ropes = await newProgram(w);
    for (const step of await stepsOf(ropes.id)) await removeStep(w.admin, step.id);
    expect(await db.programStep.count({ where: { programId: ropes.id } })).toBe(0);
    await expectRefused(() => transitionProgram(w.admin, ropes.id, { action: "open" }), "CONFLICT");

    await addStep(w.admin, ropes.id, { title: "Say hello", prompts: ["Who are you?"], dueWeek: 1 });
    expect(await transitionProgram(w.admin, ropes.id, { action: "open" })).toMatchObject({ state: "OPEN" });
  });

  it("is refused while one role has no questions", async () => {
    const w = await world();
    const program = await newProgram(w);
    for (const q of await questionsOf(db, program, "MENTEE")) await removeQuestion(w.admin, q.id);
    const r = await expectRefused(() => transitionProgram(w.admin, program.id, { action: "open" }), "CONFLICT");
    expect("error" in r && r.error.message).toBe("Add at least one question for mentors and one for mentees.");

    await addQuestion(w.admin, program.id, { role: "MENTEE", kind: "LONG_TEXT", label: "Your goal?", required: true });
    await transitionProgram(w.admin, program.id, { action: "open" });
    expect(await db.program.findUniqueOrThrow({ where: { id: program.id } })).toMatchObject({ state: "OPEN" });
  });

  it("two admins opening at once open it once", async () => {
    const w = await world();
    const program = await newProgram(w);
    await setProgramWatch(w.member, w.group.slug, { watching: true });
    const results = await Promise.all([
      outcome(transitionProgram(w.admin, program.id, { action: "open" })),
      outcome(transitionProgram(w.owner, program.id, { action: "open" })),
    ]);
    expect(results.map((r) => r.code).sort()).toEqual(["CONFLICT", "ok"]);
    expect(await db.auditEvent.count({ where: { action: "program.open" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: w.member.id, kind: "program.opened" } })).toBe(1);
  });
});

describe("a program's life", () => {
  it("opens, starts, closes (completing active pairs only once confirmed) and is archived, still readable", async () => {
    const w = await world();
    const program = await newProgram(w);
    await expectRefused(() => transitionProgram(w.admin, program.id, { action: "start" }), "CONFLICT", "start draft");
    await expectRefused(() => transitionProgram(w.admin, program.id, { action: "close" }), "CONFLICT", "close draft");

    await transitionProgram(w.admin, program.id, { action: "open" });
    await expectRefused(() => transitionProgram(w.admin, program.id, { action: "open" }), "CONFLICT", "open twice");
    await expectRefused(() => transitionProgram(w.admin, program.id, { action: "archive" }), "CONFLICT", "archive");
    expect(await transitionProgram(w.owner, program.id, { action: "start" })).toMatchObject({ state: "RUNNING" });

    const { pairing } = await pairUp(w, program);
    const refused = await expectRefused(
      () => transitionProgram(w.admin, program.id, { action: "close" }),
      "CONFLICT",
      "close unconfirmed",
    );
    expect("error" in refused && refused.error.message).toBe("1 pair is still active: confirm to complete it.");

    const closed = await transitionProgram(w.admin, program.id, { action: "close", confirm: true });
    expect(closed).toMatchObject({ state: "CLOSED", completedPairings: 1, archived: false });
    const pair = await db.pairing.findUniqueOrThrow({ where: { id: pairing.id } });
    expect(pair.state).toBe("COMPLETED");
    expect(pair.completedAt).not.toBeNull();
    // A closed program's steps and questions no longer change.
    const [step] = await stepsOf(program.id);
    await expectRefused(() => updateStep(w.admin, step!.id, { title: "Later" }), "CONFLICT", "edit closed step");

    expect(await transitionProgram(w.admin, program.id, { action: "archive" })).toMatchObject({ archived: true });
    const row = await db.program.findUniqueOrThrow({ where: { id: program.id } });
    for (const at of [row.openedAt, row.startedAt, row.closedAt, row.archivedAt]) expect(at).not.toBeNull();
    expect(await auditsOf(program.id)).toEqual([
      "program.create",
      "program.open",
      "program.start",
      "program.close",
      "program.archive",
    ]);
    const closeAudit = await db.auditEvent.findFirstOrThrow({ where: { action: "program.close" } });
    expect(closeAudit.data).toMatchObject({ completedPairings: 1 });

    // Archived: every edit refused, nothing written.
    const [question] = await questionsOf(db, program, "MENTEE");
    const edits: [string, () => Promise<unknown>][] = [
      ["update", () => updateProgram(w.admin, program.id, { name: "Renamed" })],
      ["add step", () => addStep(w.admin, program.id, { title: "More", prompts: ["Hm?"], dueWeek: 1 })],
      ["remove step", () => removeStep(w.admin, step!.id)],
      ["add question", () => addQuestion(w.admin, program.id, { role: "MENTOR", kind: "SHORT_TEXT", label: "Q" })],
      ["remove question", () => removeQuestion(w.admin, question!.id)],
      ["archive again", () => transitionProgram(w.admin, program.id, { action: "archive" })],
      ["reopen", () => transitionProgram(w.admin, program.id, { action: "open" })],
    ];
    for (const [label, run] of edits) await expectRefused(run, "CONFLICT", label);

    // Still readable by members, listed after the live programs.
    const live = await newProgram(w, "SKILL_BUILDING", "Skills");
    await transitionProgram(w.admin, live.id, { action: "open" });
    expect(await getProgram(w.member, program.id)).toMatchObject({
      state: "CLOSED",
      archived: true,
      acceptingApplications: false,
    });
    const list = await findPrograms(w.member, w.group.slug);
    expect(list.programs.map((p) => [p.name, p.archived])).toEqual([
      ["Skills", false],
      ["Learn the ropes", true],
    ]);
  });

  it("tells the members who asked when a program opens, but not the admin who opened it", async () => {
    const w = await world();
    const [second, changedMind, leaver] = await Promise.all(
      ["Second Watcher", "Changed Mind", "Left Since"].map((name) => createUser(db, { name })),
    );
    for (const u of [second!, changedMind!, leaver!]) await addMember(db, w.group, u);
    for (const u of [w.member, second!, changedMind!, leaver!, w.admin, w.owner])
      await setProgramWatch(u, w.group.slug, { watching: true });
    await setProgramWatch(changedMind!, w.group.slug, { watching: false });
    await db.membership.updateMany({ where: { userId: leaver!.id }, data: { status: "BANNED" } });
    // Someone outside the group cannot ask.
    const outsider = await createUser(db);
    await expectRefused(() => setProgramWatch(outsider, w.group.slug, { watching: true }), "FORBIDDEN");
    expect((await findPrograms(w.member, w.group.slug)).watching).toBe(true);

    const program = await newProgram(w);
    const result = await transitionProgram(w.admin, program.id, { action: "open" });
    expect(result.notified).toBe(3);
    const sent = await db.notification.findMany({ where: { kind: "program.opened" }, select: { userId: true } });
    expect(sent.map((n) => n.userId).sort()).toEqual([w.member.id, second!.id, w.owner.id].sort());
    expect(await db.notification.findFirstOrThrow({ where: { userId: w.member.id } })).toMatchObject({
      title: "Learn the ropes is open for applications",
      url: `/groups/${w.group.slug}/mentorship/${program.id}`,
      groupId: w.group.id,
    });
  });
});

describe("the steps editor", () => {
  it("adds, edits, removes and reorders steps, keeping positions dense", async () => {
    const w = await world();
    const program = await newProgram(w);
    const added = await addStep(w.admin, program.id, {
      title: "Celebrate",
      guidance: "Share what you made.",
      prompts: ["What are you proud of?"],
      dueWeek: 4,
      isGoalStep: true,
    });
    let steps = await stepsOf(program.id);
    expect(steps.map((s) => s.title)).toEqual([...TEMPLATES.LEARN_THE_ROPES.steps.map((s) => s.title), "Celebrate"]);
    // One goal step: marking the new one unmarked the template's.
    expect(steps.filter((s) => s.isGoalStep).map((s) => s.id)).toEqual([added.id]);

    await updateStep(w.admin, steps[0]!.id, { title: "Say hello", dueWeek: 2 });
    expect(await db.programStep.findUniqueOrThrow({ where: { id: steps[0]!.id } })).toMatchObject({
      title: "Say hello",
      dueWeek: 2,
      prompts: TEMPLATES.LEARN_THE_ROPES.steps[0]!.prompts,
    });

    expect(await removeStep(w.admin, steps[1]!.id)).toEqual({ id: steps[1]!.id, outcome: "deleted" });
    expect(await db.programStep.findUnique({ where: { id: steps[1]!.id } })).toBeNull();
    steps = await stepsOf(program.id);
    expect(steps.map((s) => s.position)).toEqual([0, 1, 2, 3]);

    const reversed = steps.map((s) => s.id).reverse();
    await reorderSteps(w.admin, program.id, { ids: reversed });
    expect((await getProgram(w.admin, program.id)).steps.map((s) => s.id)).toEqual(reversed);
    expect((await db.auditEvent.findMany({ where: { action: "program.steps" } })).map((a) => a.data)).toEqual(
      ["add", "edit", "remove", "reorder"].map((change) => ({ program: "Learn the ropes", change })),
    );
  });

  it("refuses a due week past the program's length, and bad steps, with field errors", async () => {
    const w = await world();
    const program = await newProgram(w);
    const [first] = await stepsOf(program.id);
    const late = await expectRefused(
      () => addStep(w.admin, program.id, { title: "Late", prompts: ["Hm?"], dueWeek: 5 }),
      "INVALID_INPUT",
    );
    expect("error" in late && late.error.fields).toEqual({
      dueWeek: ["The program lasts 4 weeks: choose week 4 or earlier."],
    });
    const moved = await expectRefused(() => updateStep(w.admin, first!.id, { dueWeek: 9 }), "INVALID_INPUT");
    expect("error" in moved && Object.keys(moved.error.fields ?? {})).toEqual(["dueWeek"]);
    const bad = await expectRefused(
      () => addStep(w.admin, program.id, { title: "", prompts: [], dueWeek: 1 }),
      "INVALID_INPUT",
    );
    expect("error" in bad && Object.keys(bad.error.fields ?? {}).sort()).toEqual(["prompts", "title"]);
  });

  it("a step with a check-in is locked and is retired, not deleted; its check-in survives", async () => {
    const w = await world();
    const program = await newProgram(w);
    await transitionProgram(w.admin, program.id, { action: "open" });
    const steps = await stepsOf(program.id);
    const { pairing, mentee } = await pairUp(w, program);
    const checkIn = await createCheckIn(db, pairing, steps[0]!, mentee.user);

    expect((await getProgram(w.admin, program.id)).steps.map((s) => s.locked)).toEqual([true, false, false, false]);
    await expectRefused(() => updateStep(w.admin, steps[0]!.id, { title: "Rewritten" }), "CONFLICT", "edit");
    // Steps not yet reached still change.
    await updateStep(w.admin, steps[1]!.id, { title: "How we work here" });

    expect(await removeStep(w.admin, steps[0]!.id)).toEqual({ id: steps[0]!.id, outcome: "retired" });
    const retired = await db.programStep.findUniqueOrThrow({ where: { id: steps[0]!.id } });
    expect(retired.removedAt).not.toBeNull();
    expect(retired.title).toBe(steps[0]!.title);
    expect(await db.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } })).toMatchObject({
      stepId: steps[0]!.id,
      reflection: checkIn.reflection,
    });
    const shown = (await getProgram(w.member, program.id)).steps;
    expect(shown.map((s) => [s.title, s.position])).toEqual([
      ["How we work here", 0],
      [steps[2]!.title, 1],
      [steps[3]!.title, 2],
    ]);
    // Retired steps are gone for good: not editable, not part of the order.
    await expectRefused(() => updateStep(w.admin, steps[0]!.id, { title: "Back" }), "NOT_FOUND", "edit retired");
    await expectRefused(
      () => reorderSteps(w.admin, program.id, { ids: steps.map((s) => s.id) }),
      "CONFLICT",
      "stale order",
    );
  });

  it("a stale order (a step missing, unknown or twice) is a conflict and changes nothing", async () => {
    const w = await world();
    const program = await newProgram(w);
    const ids = (await stepsOf(program.id)).map((s) => s.id);
    const other = await newProgram(w, "SKILL_BUILDING", "Other");
    const [foreign] = await stepsOf(other.id);
    for (const stale of [ids.slice(1), [...ids.slice(1), foreign!.id], [ids[0]!, ...ids.slice(0, -1)]])
      await expectRefused(() => reorderSteps(w.admin, program.id, { ids: stale }), "CONFLICT");
  });
});

describe("the questions editor", () => {
  async function withAnswer(w: World) {
    const program = await newProgram(w);
    await transitionProgram(w.admin, program.id, { action: "open" });
    const questions = await questionsOf(db, program, "MENTEE");
    const application = await applyToProgram(w.member, program.id, {
      role: "MENTEE",
      answers: answersFor(questions, { text: "I would love to learn hot process soap." }),
    });
    return { program, questions, application };
  }

  it("adds, edits, removes and reorders one role's questions, leaving the other role's alone", async () => {
    const w = await world();
    const program = await newProgram(w);
    const mentorBefore = await questionsOf(db, program, "MENTOR");
    const added = await addQuestion(w.admin, program.id, {
      role: "MENTEE",
      kind: "SINGLE_CHOICE",
      label: "How did you hear of us?",
      options: ["A friend", "The feed"],
    });
    let mentee = await questionsOf(db, program, "MENTEE");
    expect(mentee.at(-1)).toMatchObject({ id: added.id, kind: "SINGLE_CHOICE", options: ["A friend", "The feed"] });

    await updateQuestion(w.admin, added.id, { kind: "SHORT_TEXT", label: "Where did you hear of us?" });
    expect(await db.applicationQuestion.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({
      kind: "SHORT_TEXT",
      label: "Where did you hear of us?",
      options: [],
    });

    await removeQuestion(w.admin, mentee[0]!.id);
    mentee = await questionsOf(db, program, "MENTEE");
    expect((await db.applicationQuestion.findMany({ where: { programId: program.id, role: "MENTEE" } })).length).toBe(
      mentee.length,
    );
    const positions = await db.applicationQuestion.findMany({
      where: { programId: program.id, role: "MENTEE" },
      orderBy: { position: "asc" },
      select: { position: true },
    });
    expect(positions.map((p) => p.position)).toEqual(mentee.map((_, i) => i));

    const reversed = mentee.map((q) => q.id).reverse();
    await reorderQuestions(w.admin, program.id, { role: "MENTEE", ids: reversed });
    expect((await questionsOf(db, program, "MENTEE")).map((q) => q.id)).toEqual(reversed);
    expect(await questionsOf(db, program, "MENTOR")).toEqual(mentorBefore);

    // A stale order, or one that mixes in the other role's questions, changes nothing.
    await expectRefused(
      () => reorderQuestions(w.admin, program.id, { role: "MENTEE", ids: reversed.slice(1) }),
      "CONFLICT",
    );
    await expectRefused(
      () => reorderQuestions(w.admin, program.id, { role: "MENTEE", ids: [...reversed, mentorBefore[0]!.id] }),
      "CONFLICT",
    );
  });

  it("refuses bad questions with field errors", async () => {
    const w = await world();
    const program = await newProgram(w);
    const r = await expectRefused(
      () => addQuestion(w.admin, program.id, { kind: "SINGLE_CHOICE", label: "Pick", options: ["Only one"] }),
      "INVALID_INPUT",
    );
    expect("error" in r && Object.keys(r.error.fields ?? {}).sort()).toEqual(["options", "role"]);
  });

  it("an answered question keeps its answer when relabelled, and cannot change kind", async () => {
    const w = await world();
    const { questions, application } = await withAnswer(w);
    const goal = questions[0]!; // LONG_TEXT, answered
    const same = { kind: "LONG_TEXT" as const, required: true, minLength: 20, maxLength: 2000 };
    await updateQuestion(w.admin, goal.id, { ...same, label: "What would you like to learn?" });
    const detail = await getApplication(w.member, application.id);
    expect(detail.answers[0]).toEqual({
      questionId: goal.id,
      label: "What would you like to learn?",
      kind: "LONG_TEXT",
      answer: "I would love to learn hot process soap.",
    });

    const r = await expectRefused(
      () => updateQuestion(w.admin, goal.id, { kind: "SHORT_TEXT", label: "Your goal" }),
      "CONFLICT",
    );
    expect("error" in r && r.error.fields).toEqual({ kind: ["People have already answered this question."] });

    // A question nobody answered yet may still change kind.
    const fresh = await addQuestion(w.admin, application.programId, {
      role: "MENTEE",
      kind: "SHORT_TEXT",
      label: "Anything else?",
    });
    await updateQuestion(w.admin, fresh.id, { kind: "LONG_TEXT", label: "Anything else?" });
    expect(await db.applicationQuestion.findUniqueOrThrow({ where: { id: fresh.id } })).toMatchObject({
      kind: "LONG_TEXT",
    });
  });
});
