/**
 * Applying to a program on a real database: answers validated against the program's questions (field errors
 * keyed `answers.<questionId>`), drafts nobody else sees, admins told once per unread batch, capacity and dual
 * roles, editing and withdrawing, and the one-application-per-role rule under concurrent submissions.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createProgram } from "@/lib/programs/create-program";
import { updateProgram } from "@/lib/programs/update-program";
import { transitionProgram } from "@/lib/programs/transition-program";
import { findPrograms } from "@/lib/programs/find-programs";
import { getProgram } from "@/lib/programs/get-program";
import { applyToProgram, editApplication } from "@/lib/programs/applications/save-application";
import { withdrawApplication } from "@/lib/programs/applications/withdraw-application";
import { findApplications } from "@/lib/programs/applications/find-applications";
import { getApplication } from "@/lib/programs/applications/get-application";
import { decideApplications } from "@/lib/programs/applications/decide-applications";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import { answersFor, questionsOf, type AnswerValues } from "../factories/mentorship";
import { expectRefused, outcome } from "./support/world";

type User = Awaited<ReturnType<typeof createUser>>;
type Role = "MENTOR" | "MENTEE";

async function world(options: { allowDualRole?: boolean } = {}) {
  const owner = await createUser(db, { name: "Olu Owner" });
  const admin = await createUser(db, { name: "Amara Admin" });
  const moderator = await createUser(db, { name: "Mo Moderator" });
  const member = await createUser(db, { name: "Sam Member" });
  const other = await createUser(db, { name: "Tess Other" });
  const group = await createGroup(db, owner, { privacy: "PRIVATE", name: "Soap Makers", mentorshipEnabled: true });
  await addMember(db, group, admin, { role: "ADMIN" });
  await addMember(db, group, moderator, { role: "MODERATOR" });
  await addMember(db, group, member);
  await addMember(db, group, other);
  const program = await createProgram(admin, group.slug, {
    template: "LEARN_THE_ROPES",
    name: "Learn the ropes",
    lengthWeeks: 4,
    defaultMentorCapacity: 2,
    topics: ["Cold process", "Hot process"],
    allowDualRole: options.allowDualRole ?? false,
  });
  await transitionProgram(admin, program.id, { action: "open" });
  return { owner, admin, moderator, member, other, group, program };
}
type World = Awaited<ReturnType<typeof world>>;

async function apply(
  user: User,
  w: World,
  role: Role,
  values: AnswerValues = {},
  extra: { capacity?: number | null; submit?: boolean } = {},
) {
  const answers = answersFor(await questionsOf(db, w.program, role), values);
  return applyToProgram(user, w.program.id, { role, answers, capacity: role === "MENTOR" ? 2 : null, ...extra });
}

const received = (userId: string) =>
  db.notification.findMany({
    where: { userId, kind: "program.application_received" },
    select: { title: true, data: true, url: true, readAt: true },
  });

describe("applying", () => {
  it("submitting without the required answers is refused, answer by answer, and writes nothing", async () => {
    const w = await world();
    const [goal, topics, availability, languages] = await questionsOf(db, w.program, "MENTOR");
    const r = await expectRefused(
      () =>
        applyToProgram(w.member, w.program.id, {
          role: "MENTOR",
          answers: { [goal!.id]: "Too short", [availability!.id]: { timeZone: "Mars/Base", cadence: "WEEKLY" } },
        }),
      "INVALID_INPUT",
    );
    expect("error" in r && r.error.fields).toEqual({
      [`answers.${goal!.id}`]: ["Write at least 20 characters."],
      [`answers.${topics!.id}`]: ["This question needs an answer."],
      [`answers.${availability!.id}`]: ["Choose a time zone from the list."],
      [`answers.${languages!.id}`]: ["This question needs an answer."],
      capacity: ["Say how many mentees you can take (1 to 10)."],
    });
  });

  it("a draft keeps partial answers, unseen by admins; submitting it tells each admin once", async () => {
    const w = await world();
    const [goal] = await questionsOf(db, w.program, "MENTEE");
    const draft = await applyToProgram(w.member, w.program.id, {
      role: "MENTEE",
      answers: { [goal!.id]: "I would like to make my first bar." },
      submit: false,
    });
    expect(draft).toMatchObject({ state: "DRAFT", created: true });
    // A draft's answers are still checked as far as they go.
    await expectRefused(
      () => applyToProgram(w.member, w.program.id, { role: "MENTEE", answers: { [goal!.id]: "Short" }, submit: false }),
      "INVALID_INPUT",
    );

    const queue = await findApplications(w.admin, w.program.id, {});
    expect(queue.items).toEqual([]);
    expect(queue.counts).toEqual({ MENTOR: {}, MENTEE: {} });
    expect((await getProgram(w.admin, w.program.id)).counts).toEqual({ MENTOR: {}, MENTEE: {} });
    expect((await findPrograms(w.admin, w.group.slug)).programs[0]!.pendingApplications).toBe(0);
    expect((await outcome(getApplication(w.admin, draft.id))).code).toBe("NOT_FOUND");
    expect(await db.notification.count()).toBe(0);
    expect((await getProgram(w.member, w.program.id)).mine).toMatchObject([
      { id: draft.id, state: "DRAFT", answers: { [goal!.id]: "I would like to make my first bar." } },
    ]);

    const submitted = await apply(w.member, w, "MENTEE");
    expect(submitted).toMatchObject({ id: draft.id, state: "PENDING", created: false });
    expect((await db.application.findUniqueOrThrow({ where: { id: draft.id } })).submittedAt).not.toBeNull();
    const url = `/groups/${w.group.slug}/mentorship/${w.program.id}/applications`;
    for (const staff of [w.owner, w.admin])
      expect(await received(staff.id)).toEqual([
        { title: "Sam Member applied to Learn the ropes", data: expect.anything(), url, readAt: null },
      ]);
    expect(await db.notification.count({ where: { userId: { in: [w.moderator.id, w.member.id] } } })).toBe(0);
    expect((await findPrograms(w.admin, w.group.slug)).programs[0]!.pendingApplications).toBe(1);

    // A second applicant updates the same unread notification; once read, the next one is new.
    await apply(w.other, w, "MENTOR");
    for (const staff of [w.owner, w.admin])
      expect(await received(staff.id)).toEqual([
        {
          title: "2 new applications to Learn the ropes",
          data: expect.objectContaining({ count: 2 }),
          url,
          readAt: null,
        },
      ]);
    await db.notification.updateMany({ where: { userId: w.admin.id }, data: { readAt: new Date() } });
    const third = await createUser(db, { name: "Third Applicant" });
    await addMember(db, w.group, third);
    await apply(third, w, "MENTEE");
    expect((await received(w.owner.id)).map((n) => n.title)).toEqual(["3 new applications to Learn the ropes"]);
    expect((await received(w.admin.id)).map((n) => n.title).sort()).toEqual([
      "2 new applications to Learn the ropes",
      "Third Applicant applied to Learn the ropes",
    ]);
  });

  it("mentors say how many mentees they can take, from 1 to 10", async () => {
    const w = await world();
    for (const capacity of [null, 0, 11]) {
      const r = await expectRefused(() => apply(w.member, w, "MENTOR", {}, { capacity }), "INVALID_INPUT");
      expect("error" in r && Object.keys(r.error.fields ?? {})).toEqual(["capacity"]);
    }
    // A draft takes the program's default until the mentor chooses.
    const draft = await apply(w.member, w, "MENTOR", {}, { capacity: null, submit: false });
    expect(await db.application.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ capacity: 2 });
    await apply(w.member, w, "MENTOR", {}, { capacity: 10 });
    expect(await db.application.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      state: "PENDING",
      capacity: 10,
    });
    // Mentees have no capacity, whatever they send.
    const mentee = await apply(w.other, w, "MENTEE", {}, { capacity: 4 });
    expect((await db.application.findUniqueOrThrow({ where: { id: mentee.id } })).capacity).toBeNull();
  });

  it("one role at a time, unless the program lets mentees also mentor", async () => {
    const w = await world();
    const mentee = await apply(w.member, w, "MENTEE");
    const r = await expectRefused(() => apply(w.member, w, "MENTOR"), "CONFLICT");
    expect("error" in r && r.error.message).toMatch(/cannot be both a mentor and a mentee/);
    // Withdrawn, the other role is free.
    await withdrawApplication(w.member, mentee.id);
    expect(await apply(w.member, w, "MENTOR")).toMatchObject({ state: "PENDING" });

    const dual = await world({ allowDualRole: true });
    await apply(dual.member, dual, "MENTEE");
    await apply(dual.member, dual, "MENTOR");
    const rows = await db.application.findMany({ where: { programId: dual.program.id, userId: dual.member.id } });
    expect(rows.map((a) => [a.role, a.state]).sort()).toEqual([
      ["MENTEE", "PENDING"],
      ["MENTOR", "PENDING"],
    ]);
  });

  it("fills the columns the queue filters on from the answers, in the program's spelling", async () => {
    const w = await world();
    const saved = await apply(w.member, w, "MENTEE", {
      topics: ["cold process", "Lye  safety"],
      languages: ["english", "Spanish"],
      timeZone: "America/Mexico_City",
      cadence: "FORTNIGHTLY",
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
      topics: ["Cold process", "Lye safety"],
      languages: ["English", "Spanish"],
      timeZone: "America/Mexico_City",
      cadence: "FORTNIGHTLY",
    });
  });
});

describe("after applying", () => {
  it("the applicant edits while pending, not once approved", async () => {
    const w = await world();
    const saved = await apply(w.member, w, "MENTEE", { topics: ["Cold process"] });
    const before = await db.application.findUniqueOrThrow({ where: { id: saved.id } });
    const questions = await questionsOf(db, w.program, "MENTEE");
    const edited = await editApplication(w.member, saved.id, {
      answers: answersFor(questions, { topics: ["Hot process"], text: "Now I would like to learn hot process." }),
    });
    expect(edited).toMatchObject({ id: saved.id, state: "PENDING", created: false });
    const after = await db.application.findUniqueOrThrow({ where: { id: saved.id } });
    expect(after.topics).toEqual(["Hot process"]);
    expect(after.answers).toMatchObject({ [questions[0]!.id]: "Now I would like to learn hot process." });
    expect(after.submittedAt).toEqual(before.submittedAt);
    // Editing tells nobody again.
    expect((await received(w.admin.id)).map((n) => n.title)).toEqual(["Sam Member applied to Learn the ropes"]);
    // A pending application stays whole: a required answer cannot be emptied.
    await expectRefused(
      () => editApplication(w.member, saved.id, { answers: { [questions[0]!.id]: "" } }),
      "INVALID_INPUT",
    );
    // Someone else's application is not there for them.
    await expectRefused(() => editApplication(w.other, saved.id, { answers: {} }), "NOT_FOUND");

    await decideApplications(w.admin, w.program.id, { ids: [saved.id], decision: "approve" });
    const r = await expectRefused(
      () => editApplication(w.member, saved.id, { answers: answersFor(questions) }),
      "CONFLICT",
    );
    expect("error" in r && r.error.message).toBe("An approved application can no longer be edited.");
    await expectRefused(() => apply(w.member, w, "MENTEE"), "CONFLICT", "apply again");
  });

  it("the applicant withdraws their own (nobody else's) and may apply again", async () => {
    const w = await world();
    const saved = await apply(w.member, w, "MENTEE");
    await expectRefused(() => withdrawApplication(w.other, saved.id), "NOT_FOUND", "someone else's");
    await expectRefused(() => withdrawApplication(w.admin, saved.id), "NOT_FOUND", "an admin's");

    expect(await withdrawApplication(w.member, saved.id)).toEqual({
      id: saved.id,
      programId: w.program.id,
      state: "WITHDRAWN",
    });
    const withdrawn = await db.application.findUniqueOrThrow({ where: { id: saved.id } });
    expect(withdrawn.withdrawnAt).not.toBeNull();
    expect((await findApplications(w.admin, w.program.id, {})).counts).toEqual({
      MENTOR: {},
      MENTEE: { WITHDRAWN: 1 },
    });
    await expectRefused(() => withdrawApplication(w.member, saved.id), "CONFLICT", "twice");

    const again = await apply(w.member, w, "MENTEE");
    expect(again).toMatchObject({ id: saved.id, state: "PENDING", created: false });
    const row = await db.application.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.withdrawnAt).toBeNull();
    expect(row.submittedAt!.getTime()).toBeGreaterThanOrEqual(withdrawn.submittedAt!.getTime());
    expect(await db.application.count({ where: { userId: w.member.id } })).toBe(1);
  });

  it("applications stop when the program runs (unless it takes late ones) and when it closes", async () => {
    const w = await world();
    await transitionProgram(w.admin, w.program.id, { action: "start" });
    await expectRefused(() => apply(w.member, w, "MENTEE"), "CONFLICT", "running");
    await updateProgram(w.admin, w.program.id, { acceptWhileRunning: true });
    expect(await apply(w.member, w, "MENTEE")).toMatchObject({ state: "PENDING" });
    await transitionProgram(w.admin, w.program.id, { action: "close" });
    await expectRefused(() => apply(w.other, w, "MENTEE"), "CONFLICT", "closed");
  });
});

describe("under concurrency", () => {
  it("two submissions at once make one application, and tell the admins once", async () => {
    const w = await world();
    const people = [w.member, w.other];
    for (let i = 0; i < 3; i += 1) {
      const extra = await createUser(db, { name: `Racer ${i}` });
      await addMember(db, w.group, extra);
      people.push(extra);
    }
    const results = await Promise.all(
      people.flatMap((p) => [outcome(apply(p, w, "MENTEE")), outcome(apply(p, w, "MENTEE"))]),
    );
    // Each either saved the one row or was told cleanly that it exists; nothing else.
    for (const r of results) expect(["ok", "CONFLICT"]).toContain(r.code);
    for (const p of people) {
      const rows = await db.application.findMany({ where: { programId: w.program.id, userId: p.id } });
      expect(rows.map((a) => [a.role, a.state])).toEqual([["MENTEE", "PENDING"]]);
    }
    const [notification] = await received(w.admin.id);
    expect(notification!.data).toMatchObject({ count: people.length });
  });

  it("applying in both roles at once still leaves one role where the program allows one", async () => {
    const w = await world();
    const results = await Promise.all([outcome(apply(w.member, w, "MENTOR")), outcome(apply(w.member, w, "MENTEE"))]);
    expect(results.map((r) => r.code).sort()).toEqual(["CONFLICT", "ok"]);
    expect(await db.application.count({ where: { userId: w.member.id } })).toBe(1);
  });

  it("two admins deciding the same application at once decide it once", async () => {
    const w = await world();
    const saved = await apply(w.member, w, "MENTEE");
    const results = await Promise.all([
      decideApplications(w.admin, w.program.id, { ids: [saved.id], decision: "approve" }),
      decideApplications(w.owner, w.program.id, { ids: [saved.id], decision: "approve" }),
    ]);
    expect(results.map((r) => r.decided).sort()).toEqual([0, 1]);
    expect(await db.auditEvent.count({ where: { targetId: saved.id, action: "application.approve" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: w.member.id, kind: "program.application_decided" } })).toBe(
      1,
    );
    expect(await db.application.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ state: "APPROVED" });
  });
});
