/**
 * The review queue on a real database: filters (role, state, topic, language, time zone, text over names and
 * answers), counts by role and state, keyset paging, bulk decisions with a message (states, audit events, the
 * applicants told), other programs' ids left alone, and one application read by a reviewer (with the applicant's
 * history in the group) or by its applicant (without).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createProgram } from "@/lib/programs/create-program";
import { transitionProgram } from "@/lib/programs/transition-program";
import { getProgram } from "@/lib/programs/get-program";
import { APPLICATIONS_PAGE_SIZE } from "@/lib/programs/schemas";
import { applyToProgram } from "@/lib/programs/applications/save-application";
import { findApplications } from "@/lib/programs/applications/find-applications";
import { getApplication } from "@/lib/programs/applications/get-application";
import { decideApplications } from "@/lib/programs/applications/decide-applications";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import { answersFor, createApplication, questionsOf, type AnswerValues } from "../factories/mentorship";
import { expectRefused, fingerprint, outcome } from "./support/world";

type User = Awaited<ReturnType<typeof createUser>>;
type Role = "MENTOR" | "MENTEE";

async function world() {
  const owner = await createUser(db, { name: "Olu Owner" });
  const admin = await createUser(db, { name: "Amara Admin" });
  const group = await createGroup(db, owner, { privacy: "PRIVATE", name: "Soap Makers", mentorshipEnabled: true });
  await addMember(db, group, admin, { role: "ADMIN" });
  const newProgram = async (name: string) => {
    const p = await createProgram(admin, group.slug, {
      template: "LEARN_THE_ROPES",
      name,
      lengthWeeks: 4,
      topics: ["Cold process", "Hot process", "Melt and pour"],
    });
    await transitionProgram(admin, p.id, { action: "open" });
    return p;
  };
  const program = await newProgram("Learn the ropes");
  const person = async (name: string) => {
    const u = await createUser(db, { name });
    await addMember(db, group, u);
    return u;
  };
  return { owner, admin, group, program, newProgram, person };
}
type World = Awaited<ReturnType<typeof world>>;

async function apply(
  user: User,
  program: { id: string },
  role: Role,
  values: AnswerValues = {},
  extra: { capacity?: number; submit?: boolean } = {},
) {
  const answers = answersFor(await questionsOf(db, program, role), values);
  return applyToProgram(user, program.id, { role, answers, capacity: role === "MENTOR" ? 2 : null, ...extra });
}

/** Four submitted applications (one declined, one approved) and a draft, in this order. */
async function queueWorld() {
  const w = await world();
  const ana = await w.person("Ana Alvarez");
  const ben = await w.person("Ben Brooks");
  const cleo = await w.person("Cleo Costa");
  const dev = await w.person("Dev Desai");
  const zoe = await w.person("Zoe Drafter");
  const a = await apply(ana, w.program, "MENTEE", {
    topics: ["Cold process"],
    languages: ["English"],
    timeZone: "Europe/Paris",
    text: "I want to master swirls in my bars.",
  });
  const b = await apply(ben, w.program, "MENTEE", {
    topics: ["Hot process"],
    languages: ["Spanish"],
    timeZone: "America/Mexico_City",
    text: "Colour and fragrance are my weak spots.",
  });
  const c = await apply(
    cleo,
    w.program,
    "MENTOR",
    {
      topics: ["Cold process", "Melt and pour"],
      languages: ["English", "French"],
      timeZone: "Europe/Paris",
      text: "Twenty years of soap making, happy to share.",
    },
    { capacity: 3 },
  );
  const d = await apply(dev, w.program, "MENTOR", {
    topics: ["Hot process"],
    languages: ["German"],
    timeZone: "Asia/Tokyo",
    text: "I teach hot process workshops every month.",
  });
  await apply(zoe, w.program, "MENTEE", { topics: ["Secret topic"], timeZone: "Europe/Rome" }, { submit: false });
  await decideApplications(w.admin, w.program.id, { ids: [b.id], decision: "decline" });
  await decideApplications(w.admin, w.program.id, { ids: [d.id], decision: "approve" });
  return { ...w, ids: { ana: a.id, ben: b.id, cleo: c.id, dev: d.id }, people: { ana, ben, cleo, dev, zoe } };
}

describe("the review queue", () => {
  it("filters by role, state, topic, language, time zone and text, and never shows drafts", async () => {
    const w = await queueWorld();
    const { ana, ben, cleo, dev } = w.ids;
    const ids = async (query: Record<string, string>) =>
      (await findApplications(w.admin, w.program.id, query)).items.map((i) => i.id);

    expect(await ids({})).toEqual([ana, ben, cleo, dev]);
    expect(await ids({ role: "MENTOR" })).toEqual([cleo, dev]);
    expect(await ids({ state: "PENDING" })).toEqual([ana, cleo]);
    expect(await ids({ state: "DECLINED" })).toEqual([ben]);
    expect(await ids({ topic: "Cold process" })).toEqual([ana, cleo]);
    expect(await ids({ language: "French" })).toEqual([cleo]);
    expect(await ids({ timeZone: "Europe/Paris" })).toEqual([ana, cleo]);
    expect(await ids({ role: "MENTEE", topic: "Hot process" })).toEqual([ben]);
    // Text search: the applicant's name, or the words of an answer; wildcards are plain characters.
    expect(await ids({ q: "brooks" })).toEqual([ben]);
    expect(await ids({ q: "SWIRLS" })).toEqual([ana]);
    expect(await ids({ q: "zoe" })).toEqual([]);
    expect(await ids({ q: "%" })).toEqual([]);
    expect(await ids({ q: "_" })).toEqual([ben]); // "America/Mexico_City", not any one character

    const queue = await findApplications(w.admin, w.program.id, {});
    expect(queue.counts).toEqual({ MENTOR: { PENDING: 1, APPROVED: 1 }, MENTEE: { PENDING: 1, DECLINED: 1 } });
    // The filters offer what the submitted applications hold, not the draft's.
    expect(queue.facets).toEqual({
      topics: ["Cold process", "Hot process", "Melt and pour"],
      languages: ["English", "French", "German", "Spanish"],
      timeZones: ["America/Mexico_City", "Asia/Tokyo", "Europe/Paris"],
    });
    expect(queue.items[2]).toMatchObject({
      role: "MENTOR",
      state: "PENDING",
      applicant: { id: w.people.cleo.id, name: "Cleo Costa" },
      topics: ["Cold process", "Melt and pour"],
      languages: ["English", "French"],
      timeZone: "Europe/Paris",
      cadence: "WEEKLY",
      capacity: 3,
      excerpt: "Twenty years of soap making, happy to share.",
    });
    expect(queue.items[2]).not.toHaveProperty("answers");
    expect((await getProgram(w.admin, w.program.id)).counts).toEqual(queue.counts);
  });

  it("pages oldest first with a cursor, each application once", async () => {
    const w = await world();
    const total = APPLICATIONS_PAGE_SIZE + 2;
    const created: string[] = [];
    for (let i = 0; i < total; i += 1) {
      const u = await createUser(db, { name: `Applicant ${String(i).padStart(2, "0")}` });
      created.push((await createApplication(db, w.program, u, "MENTEE", { state: "PENDING" })).id);
    }
    const first = await findApplications(w.admin, w.program.id, {});
    expect(first.items).toHaveLength(APPLICATIONS_PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await findApplications(w.admin, w.program.id, { cursor: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(created);
    // Filters hold across pages.
    expect(
      (await findApplications(w.admin, w.program.id, { cursor: first.nextCursor!, role: "MENTOR" })).items,
    ).toEqual([]);
    const bad = await outcome(findApplications(w.admin, w.program.id, { cursor: "not-a-cursor" }));
    expect(bad.code === "INVALID_INPUT" && bad.error.fields).toEqual({
      cursor: ["That page link is no longer valid."],
    });
  });
});

describe("deciding", () => {
  it("approves several at once with a message: states, one audit event each, each applicant told", async () => {
    const w = await queueWorld();
    const { ana, ben, cleo, dev } = w.ids;
    const other = await w.newProgram("Skills");
    const stranger = await w.person("Sol Stranger");
    const elsewhere = await apply(stranger, other, "MENTEE");
    const strangerBefore = await db.application.findUniqueOrThrow({ where: { id: elsewhere.id } });
    await db.notification.deleteMany();

    const result = await decideApplications(w.admin, w.program.id, {
      ids: [ana, cleo, dev, elsewhere.id, ana],
      decision: "approve",
      message: "Welcome aboard!",
    });
    // Dev is already approved; Sol's application belongs to another program: both skipped, unchanged.
    expect(result).toEqual({
      decision: "approve",
      decided: 2,
      decidedByRole: { MENTEE: 1, MENTOR: 1 },
      skipped: [dev, elsewhere.id],
      reasons: [
        { id: dev, reason: "state", state: "APPROVED" },
        { id: elsewhere.id, reason: "not-found" },
      ],
    });
    for (const id of [ana, cleo])
      expect(await db.application.findUniqueOrThrow({ where: { id } })).toMatchObject({
        state: "APPROVED",
        decidedById: w.admin.id,
        decisionMessage: "Welcome aboard!",
      });
    expect(await db.application.findUniqueOrThrow({ where: { id: elsewhere.id } })).toEqual(strangerBefore);
    expect(await db.application.findUniqueOrThrow({ where: { id: ben } })).toMatchObject({ state: "DECLINED" });
    const audits = await db.auditEvent.findMany({ where: { action: "application.approve", actorId: w.admin.id } });
    expect(audits.map((a) => a.targetId).sort()).toEqual([ana, cleo, dev].sort()); // dev's from the set-up
    expect(audits.find((a) => a.targetId === ana)!.data).toMatchObject({
      userId: w.people.ana.id,
      role: "MENTEE",
      program: "Learn the ropes",
    });

    const told = await db.notification.findMany({
      where: { kind: "program.application_decided" },
      select: { userId: true, title: true, body: true, url: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual([w.people.ana.id, w.people.cleo.id].sort());
    const toAna = told.find((n) => n.userId === w.people.ana.id)!;
    expect(toAna.title).toBe("You're approved as a mentee in Learn the ropes");
    expect(toAna.body).toContain("Message from the admins: “Welcome aboard!”");
    expect(toAna.url).toBe(`/groups/${w.group.slug}/mentorship/${w.program.id}`);
    expect(told.find((n) => n.userId === w.people.cleo.id)!.title).toBe(
      "You're approved as a mentor in Learn the ropes",
    );
    // The applicant reads the decision and its message on the program page.
    expect((await getProgram(w.people.ana, w.program.id)).mine).toMatchObject([
      { id: ana, state: "APPROVED", decisionMessage: "Welcome aboard!" },
    ]);
  });

  it("waitlists and declines, without a message too; a decision that cannot apply changes nothing", async () => {
    const w = await queueWorld();
    const { ana, ben, cleo } = w.ids;
    expect(await decideApplications(w.admin, w.program.id, { ids: [ana], decision: "waitlist" })).toMatchObject({
      decided: 1,
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: ana } })).toMatchObject({
      state: "WAITLISTED",
      decisionMessage: null,
    });
    await decideApplications(w.owner, w.program.id, { ids: [ana, cleo], decision: "decline" });
    expect(await db.application.findMany({ where: { id: { in: [ana, cleo] } }, select: { state: true } })).toEqual([
      { state: "DECLINED" },
      { state: "DECLINED" },
    ]);
    const toCleo = await db.notification.findFirstOrThrow({
      where: { userId: w.people.cleo.id, kind: "program.application_decided" },
    });
    expect(toCleo).toMatchObject({
      title: "Your application to Learn the ropes was not accepted",
      body: "Thank you for applying.",
    });
    expect(await db.auditEvent.count({ where: { action: "application.decline" } })).toBe(3); // with ben's

    // Declined is final: approving it again decides nothing and writes nothing.
    const before = await fingerprint();
    expect(await decideApplications(w.admin, w.program.id, { ids: [ben], decision: "approve" })).toEqual({
      decision: "approve",
      decided: 0,
      decidedByRole: { MENTEE: 0, MENTOR: 0 },
      skipped: [ben],
      reasons: [{ id: ben, reason: "state", state: "DECLINED" }],
    });
    expect(await fingerprint()).toEqual(before);
    await expectRefused(
      () => decideApplications(w.admin, w.program.id, { ids: [], decision: "approve" }),
      "INVALID_INPUT",
    );
    await expectRefused(
      () => decideApplications(w.admin, w.program.id, { ids: [ana], decision: "match" }),
      "INVALID_INPUT",
    );
  });
});

describe("one application", () => {
  async function historyWorld(w: World) {
    const applicant = await w.person("Hana History");
    const past = await w.newProgram("Last spring");
    const before = await apply(applicant, past, "MENTOR");
    await decideApplications(w.admin, past.id, { ids: [before.id], decision: "approve" });
    const post = await db.post.create({ data: { groupId: w.group.id, authorId: applicant.id, body: "My first bar!" } });
    await db.comment.create({ data: { postId: post.id, authorId: applicant.id, body: "Thanks all" } });
    await db.post.create({
      data: { groupId: w.group.id, authorId: applicant.id, body: "Spam", status: "REMOVED", removedAt: new Date() },
    });
    const saved = await apply(applicant, w.program, "MENTEE", { text: "I would like to learn to cut bars evenly." });
    return { applicant, past, saved };
  }

  it("a reviewer reads the answers beside the applicant's history in the group", async () => {
    const w = await world();
    const { applicant, past, saved } = await historyWorld(w);
    const detail = await getApplication(w.admin, saved.id);
    const questions = await questionsOf(db, w.program, "MENTEE");
    expect(detail).toMatchObject({
      id: saved.id,
      programId: w.program.id,
      role: "MENTEE",
      state: "PENDING",
      applicant: { id: applicant.id, name: "Hana History" },
      topics: ["Cold process"],
      timeZone: "Europe/Paris",
    });
    expect(detail.answers.map((a) => [a.questionId, a.label])).toEqual(questions.map((q) => [q.id, q.label]));
    expect(detail.answers[0]!.answer).toBe("I would like to learn to cut bars evenly.");
    expect(detail.history).toMatchObject({
      role: "MEMBER",
      posts: 1,
      comments: 1,
      completedPairings: 0,
      applications: [{ programId: past.id, programName: "Last spring", role: "MENTOR", state: "APPROVED" }],
    });
    expect(detail.history!.joinedAt).not.toBeNull();
  });

  it("its applicant reads it without any history; others in the group do not read it at all", async () => {
    const w = await world();
    const { applicant, saved } = await historyWorld(w);
    const own = await getApplication(applicant, saved.id);
    expect(own).toMatchObject({ id: saved.id, state: "PENDING", history: null });
    expect(own.answers[0]!.answer).toBe("I would like to learn to cut bars evenly.");

    const moderator = await createUser(db, { name: "Mo Moderator" });
    await addMember(db, w.group, moderator, { role: "MODERATOR" });
    const peer = await w.person("Pia Peer");
    for (const who of [moderator, peer]) expect((await outcome(getApplication(who, saved.id))).code).toBe("NOT_FOUND");
  });
});
