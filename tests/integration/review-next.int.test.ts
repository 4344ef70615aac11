/**
 * "Decide and next" and bulk decisions across roles on a real database: the next application of a view of the
 * review queue (same filters, oldest first, starting again from the top, never the reviewer's own, none once the
 * view is empty), and one decision over mentors and mentees together that says what it did and why it left the rest.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findNextApplication } from "@/lib/programs/applications/find-next-application";
import { decideApplications } from "@/lib/programs/applications/decide-applications";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import { createProgram } from "../factories/mentorship";
import { createApplicant, type Profile } from "../factories/matching";
import { expectRefused } from "./support/world";

async function world() {
  const owner = await createUser(db, { name: "Olu Owner" });
  const admin = await createUser(db, { name: "Amara Admin" });
  const member = await createUser(db, { name: "Sam Member" });
  const group = await createGroup(db, owner, { name: "Soap Makers", mentorshipEnabled: true });
  await addMember(db, group, admin, { role: "ADMIN" });
  await addMember(db, group, member);
  const program = await createProgram(db, group, admin, { state: "OPEN" });
  let minute = 0;
  /** An applicant, submitted a minute after the previous one (the queue's order). */
  const applicant = async (
    name: string,
    role: "MENTOR" | "MENTEE",
    profile: Profile = {},
    options: { member?: boolean; user?: { id: string; name: string; email: string; timeZone: string } } = {},
  ) => {
    const a = await createApplicant(db, program, name, role, { state: "PENDING", ...profile }, options);
    minute += 1;
    await db.application.update({
      where: { id: a.application.id },
      data: { createdAt: new Date(Date.UTC(2026, 2, 1, 9, minute)) },
    });
    return a.application.id;
  };
  return { owner, admin, member, group, program, applicant };
}

describe("decide and next", () => {
  it("moves through a view oldest first, starts again from the top, skips the reviewer's own, ends empty", async () => {
    const w = await world();
    const ana = await w.applicant("Ana", "MENTEE");
    await w.applicant("Amara (own)", "MENTEE", {}, { user: { ...w.admin, timeZone: "UTC" } });
    const ben = await w.applicant("Ben", "MENTEE");
    const cleo = await w.applicant("Cleo", "MENTOR");
    const dev = await w.applicant("Dev", "MENTEE");
    const next = (id: string, view: Record<string, string> = { role: "MENTEE", state: "PENDING" }) =>
      findNextApplication(w.admin, w.program.id, id, view);

    expect(await next(ana)).toBe(ben); // the admin's own application is another admin's to decide
    expect(await next(ben)).toBe(dev); // Cleo is a mentor: not in the mentees' view
    expect(await next(dev)).toBe(ana); // past the end, from the top again
    expect(await next(cleo, { role: "MENTOR", state: "PENDING" })).toBeNull(); // the only mentor

    // Deciding as the admin goes: each decided one leaves the pending view.
    for (const [id, then] of [
      [ana, ben],
      [ben, dev],
    ] as const) {
      await decideApplications(w.admin, w.program.id, { ids: [id], decision: "approve" });
      expect(await next(id)).toBe(then);
    }
    await decideApplications(w.admin, w.program.id, { ids: [dev], decision: "decline" });
    expect(await next(dev)).toBeNull(); // the queue is empty (but for the admin's own)
    // A view of every state still has them, in order.
    expect(await next(dev, { role: "MENTEE" })).toBe(ana);
  });

  it("follows the view's filters, across both roles too", async () => {
    const w = await world();
    const ana = await w.applicant("Ana", "MENTEE", { languages: ["Spanish"] });
    await w.applicant("Ben", "MENTEE", { languages: ["English"] });
    const cleo = await w.applicant("Cleo", "MENTOR", { languages: ["Spanish"] });
    const dev = await w.applicant("Dev Spanish-Reader", "MENTEE", { languages: ["German"] });
    // Both roles, one language: Ana and Cleo, in turn.
    expect(await findNextApplication(w.admin, w.program.id, ana, { language: "Spanish" })).toBe(cleo);
    expect(await findNextApplication(w.admin, w.program.id, cleo, { language: "Spanish" })).toBe(ana);
    // A search over names and answers.
    expect(await findNextApplication(w.admin, w.program.id, ana, { q: "spanish-reader" })).toBe(dev);
  });

  it("answers 404 to those who may not review, and to another program's reviewers", async () => {
    const w = await world();
    const ana = await w.applicant("Ana", "MENTEE");
    await expectRefused(() => findNextApplication(w.member, w.program.id, ana, {}), "NOT_FOUND");
    await expectRefused(() => findNextApplication(null, w.program.id, ana, {}), "NOT_FOUND");
    const other = await createUser(db, { name: "Ola Other" });
    await createGroup(db, other, { name: "Elsewhere", mentorshipEnabled: true });
    await expectRefused(() => findNextApplication(other, w.program.id, ana, {}), "NOT_FOUND");
  });
});

describe("one decision over mentors and mentees", () => {
  it("re-checks each one in one go and reports what it did and why it left the rest", async () => {
    const w = await world();
    const mentee = await w.applicant("Ana", "MENTEE");
    const mentor = await w.applicant("Cleo", "MENTOR");
    const declined = await w.applicant("Ben", "MENTEE", { state: "DECLINED" });
    const own = await w.applicant("Amara (own)", "MENTOR", {}, { user: { ...w.admin, timeZone: "UTC" } });
    const gone = await w.applicant("Gus Gone", "MENTEE", {}, { member: false });
    const result = await decideApplications(w.admin, w.program.id, {
      ids: [mentee, mentor, declined, own, gone],
      decision: "approve",
    });
    expect(result).toEqual({
      decision: "approve",
      decided: 2,
      decidedByRole: { MENTEE: 1, MENTOR: 1 },
      skipped: [declined, own, gone],
      reasons: [
        { id: declined, reason: "state", state: "DECLINED" },
        { id: own, reason: "own" },
        { id: gone, reason: "not-member" },
      ],
    });
    const states = await db.application.findMany({
      where: { id: { in: [mentee, mentor, declined, own, gone] } },
      select: { id: true, state: true },
    });
    expect(Object.fromEntries(states.map((s) => [s.id, s.state]))).toEqual({
      [mentee]: "APPROVED",
      [mentor]: "APPROVED",
      [declined]: "DECLINED",
      [own]: "PENDING",
      [gone]: "PENDING",
    });
  });
});
