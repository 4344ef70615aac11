/**
 * The home page's to-do list on a real database: each person sees their own work, most pressing first, each item
 * linking to where it is done; admin items reach only those who may act on them; a group left or a pairing one is
 * not in shows nothing; and nothing a pair wrote reaches anyone through it.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { getHome } from "@/lib/home/get-home";
import type { TodoItem } from "@/lib/home/dto";
import { leaveGroup } from "@/lib/groups/leave-group";
import { createApplicant } from "../factories/matching";
import { activePair, callerOf } from "../factories/pairings";
import { createGroup } from "../factories/groups";
import { createProgram } from "../factories/mentorship";
import { homeWorld, message, PRIVATE } from "./support/home-world";

const kinds = async (who: SessionUser) => (await getHome(who)).sections.map((s) => s.kind);
const items = async (who: SessionUser): Promise<TodoItem[]> =>
  (await getHome(who)).sections.flatMap((s) => s.items as TodoItem[]);
const ADMIN_KINDS = ["report", "stalledPair", "application", "waitingMentee", "joinRequest"];

describe("a member's to-do list", () => {
  it("puts the overdue check-in first, then unread messages, each linking to where it is done", async () => {
    const w = await homeWorld();
    const home = await getHome(w.sam);
    expect(home.sections.map((s) => [s.kind, s.total, s.overdue])).toEqual([
      ["checkIn", 1, 1],
      ["message", 2, 0],
    ]);
    const [checkIn, unread] = home.sections.flatMap((s) => s.items as TodoItem[]);
    expect(checkIn).toMatchObject({
      kind: "checkIn",
      urgency: "overdue",
      href: `/pairings/${w.late.id}`,
      partner: { name: "Diego Ramírez" },
      step: { number: 1, title: "Meet each other" },
    });
    expect(unread).toMatchObject({ kind: "message", unread: 2, href: `/pairings/${w.late.id}/thread` });
  });

  it("shows the next step you have not checked in on, even when your partner has not caught up", async () => {
    const w = await homeWorld();
    const home = await getHome(w.diego);
    expect(home.sections.map((s) => s.kind)).toEqual(["message", "checkIn"]);
    const checkIn = home.sections.find((s) => s.kind === "checkIn")!.items[0]!;
    expect(checkIn).toMatchObject({ urgency: "upcoming", step: { number: 2, title: "Set a goal" } });
  });

  it("shows a new match until you check in or write, and then not", async () => {
    const w = await homeWorld();
    expect(await kinds(w.lina)).toEqual(["match", "checkIn"]);
    expect((await items(w.lina))[0]).toMatchObject({
      kind: "match",
      side: "MENTEE",
      partner: { name: "Mei Chen" },
      href: `/pairings/${w.fresh.id}`,
    });
    await message(w.fresh, "mentee", "Hello Mei!");
    expect(await kinds(w.lina)).toEqual(["checkIn"]);
    // Mei still has it to do, and now an unread message too.
    expect(await kinds(w.mei)).toEqual(["match", "message", "checkIn"]);
  });

  it("is empty for a member with nothing to do, and then suggests the programs open to them", async () => {
    const w = await homeWorld();
    const empty = await getHome(w.pat);
    expect(empty.sections).toEqual([]);
    expect(empty.hasMentorships).toBe(false);
    expect(empty.openPrograms).toEqual([]);
    const open = await createProgram(db, w.group, w.owner, { name: "Spring cohort", state: "OPEN" });
    const applied = await createProgram(db, w.group, w.owner, { name: "Applied already", state: "OPEN" });
    await createApplicant(db, applied, "", "MENTEE", { state: "PENDING" }, { user: { ...w.pat, timeZone: "UTC" } });
    const other = await createGroup(db, w.owner, { mentorshipEnabled: true });
    await createProgram(db, other, w.owner, { name: "Not my group", state: "OPEN" });
    expect((await getHome(w.pat)).openPrograms).toEqual([
      {
        id: open.id,
        name: "Spring cohort",
        group: { slug: w.group.slug, name: "Soap Makers" },
        href: `/groups/${w.group.slug}/mentorship/${open.id}`,
      },
    ]);
  });
});

describe("the admins' to-do list", () => {
  it("counts each kind of work in the groups they run, linking to the queue, the board, the dashboard", async () => {
    const w = await homeWorld();
    const home = await getHome(w.admin);
    const base = `/groups/${w.group.slug}`;
    const program = `${base}/mentorship/${w.program.id}`;
    expect(home.sections.map((s) => ({ kind: s.kind, total: s.total, href: s.items[0]!.href, more: s.more }))).toEqual(
      expect.arrayContaining([
        { kind: "report", total: 2, href: `${base}/reports`, more: null },
        { kind: "stalledPair", total: 1, href: `${program}/progress?stalled=true`, more: null },
        { kind: "application", total: 3, href: `${program}/applications`, more: null },
        { kind: "waitingMentee", total: 1, href: `${program}/matching`, more: null },
        { kind: "joinRequest", total: 1, href: `${base}/requests`, more: null },
      ]),
    );
    expect(home.sections).toHaveLength(5);
    expect(home.sections.find((s) => s.kind === "application")!.items[0]).toMatchObject({ mentees: 2, mentors: 1 });
    expect(home.sections.find((s) => s.kind === "stalledPair")!.items[0]).toMatchObject({
      count: 1,
      quietest: { mentor: "Ingrid Solberg", mentee: "Hannah Schmidt" },
    });
  });

  it("gives moderators the post reports and join requests only, and plain members no admin item at all", async () => {
    const w = await homeWorld();
    const mod = await getHome(w.mo);
    expect(mod.sections.map((s) => [s.kind, s.total])).toEqual(
      expect.arrayContaining([
        ["report", 1],
        ["joinRequest", 1],
      ]),
    );
    expect(mod.sections).toHaveLength(2);
    for (const member of [w.pat, w.sam, w.diego, w.lina, w.mei])
      expect(
        (await kinds(member)).filter((k) => ADMIN_KINDS.includes(k)),
        member.name,
      ).toEqual([]);
  });

  it("never counts a reported message from a conversation the admin is part of", async () => {
    const w = await homeWorld();
    const adminAsMentor = await createApplicant(db, w.program, "", "MENTOR", {}, { user: w.admin });
    const own = await activePair(db, w, { mentor: "", mentee: "Omar Mentee" }, { mentor: adminAsMentor });
    const said = await message(own, "mentor", "A message of Ada's");
    await db.report.create({
      data: {
        groupId: w.group.id,
        reporterId: own.mentee.user.id,
        messageId: said.id,
        messageBody: said.body,
        reason: "harassment",
      },
    });
    const reports = async (who: SessionUser) => (await getHome(who)).sections.find((s) => s.kind === "report")?.total;
    expect(await reports(w.admin)).toBe(2);
    expect(await reports(w.owner)).toBe(3);
  });
});

describe("what never shows", () => {
  it("nothing from a group the person left: neither their pairing's items nor the group's admin work", async () => {
    const w = await homeWorld();
    expect(await kinds(w.sam)).toEqual(["checkIn", "message"]);
    await leaveGroup(w.sam, w.group.slug);
    // The pairing has ended and its thread stays readable elsewhere, but not from a group Sam left.
    await message(w.late, "mentor", "Are you still there?");
    expect(await getHome(w.sam)).toMatchObject({ sections: [], hasMentorships: false });

    expect((await kinds(w.admin)).length).toBeGreaterThan(0);
    await leaveGroup(w.admin, w.group.slug);
    expect(await kinds(w.admin)).toEqual([]);
  });

  it("nothing from a pairing the person is not in", async () => {
    const w = await homeWorld();
    const theirs = new Set([w.late.id, w.quiet.id]);
    for (const who of [w.lina, w.mei, w.pat, w.mo, w.admin, w.owner]) {
      const home = JSON.stringify(await getHome(who));
      for (const id of theirs) expect(home, who.name).not.toContain(id);
    }
    // Someone else's admin work stays in their group.
    const elsewhere = await createGroup(db, w.sam, { mentorshipEnabled: true, name: "Elsewhere" });
    const program = await createProgram(db, elsewhere, w.sam, { name: "Far away" });
    await createApplicant(db, program, "Far Applicant", "MENTEE", { state: "PENDING" });
    expect(JSON.stringify(await getHome(w.admin))).not.toContain("Far away");
    expect(await kinds(w.sam)).toContain("application");
  });

  it("nothing a pair wrote reaches anyone: no check-in, message, goal or report words", async () => {
    const w = await homeWorld();
    for (const who of [w.admin, w.owner, w.mo, w.sam, w.diego, w.lina, callerOf(w.late.mentee.user)]) {
      const home = await getHome(who);
      expect(JSON.stringify(home), who.name).not.toContain(PRIVATE);
    }
  });
});
