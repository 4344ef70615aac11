/**
 * Home as a to-do list, in the browser: in a demo-like world a mentee, a new mentee and an admin each see their
 * work, most pressing first, and every item's link lands on the page where that thing is done. A new account gets
 * a helpful empty state, and more work than fits ends in "and N more". axe and screenshots in light, dark, phone.
 */
import type { Page } from "@playwright/test";
import type { PrismaClient } from "../../lib/db/generated/client";
import { test, expect, checkPage } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createApplication, createCheckIn, createPairing, createProgram } from "../factories/mentorship";
import { createPost } from "../factories/feed";
import { newClientId } from "../factories/chat";

test.describe.configure({ timeout: 240_000 });

type Person = { id: string; name: string; sessionVersion: number };
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

/** Like the demo: a soap circle with a running program, pairs at several stages, and the admin's queues. */
async function demoWorld(db: PrismaClient, makeUser: (o: { name: string; timeZone?: string }) => Promise<Person>) {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const person = (name: string, timeZone = "Europe/London") => makeUser({ name, timeZone });
  const amara = await person("Amara Okafor");
  const group = await createGroup(db, amara, {
    name: `Soap Circle ${id}`,
    slug: `soap-${id}`,
    mentorshipEnabled: true,
  });
  const program = await createProgram(db, group, amara, { name: "Soap school", state: "RUNNING" });
  const join = async (p: Person) => (await addMember(db, group, p), p);
  const applicant = async (p: Person, role: "MENTOR" | "MENTEE", state: "PENDING" | "APPROVED" | "MATCHED") => ({
    application: await createApplication(db, program, p, role, { state }),
    user: p,
  });
  const pair = async (mentor: Person, mentee: Person, startedDaysAgo: number) => {
    const pairing = await createPairing(
      db,
      program,
      await applicant(mentor, "MENTOR", "MATCHED"),
      await applicant(mentee, "MENTEE", "MATCHED"),
      amara,
    );
    const at = ago(startedDaysAgo);
    await db.pairing.update({ where: { id: pairing.id }, data: { startedAt: at, lastActivityAt: at } });
    return pairing;
  };
  const say = async (threadId: string, author: Person, body: string) => {
    await db.message.create({ data: { threadId, clientId: newClientId(), authorId: author.id, body } });
    await db.thread.update({ where: { id: threadId }, data: { lastMessageAt: new Date() } });
  };

  const diego = await join(await person("Diego Ramírez", "America/Mexico_City"));
  const sam = await join(await person("Sam Patel", "America/New_York"));
  const mei = await join(await person("Mei Chen", "America/Los_Angeles"));
  const lina = await join(await person("Lina Haddad", "Europe/Berlin"));
  // Sam and Diego: matched 10 days ago, step 1 overdue for Sam, who has two messages from Diego to read.
  const late = await pair(diego, sam, 10);
  await createCheckIn(db, late, program.steps[0]!, diego);
  await say(late.thread!.id, sam, "Hi Diego! Goggles ordered.");
  await say(late.thread!.id, diego, "Great. Saturday for the first batch?");
  await say(late.thread!.id, diego, "Bring your scale.");
  // Lina and Mei: matched yesterday, nothing done yet.
  const fresh = await pair(mei, lina, 1);
  // Ingrid and Hannah: quiet for 17 days, flagged.
  const quiet = await pair(await join(await person("Ingrid Solberg")), await join(await person("Hannah Schmidt")), 30);
  await db.pairing.update({ where: { id: quiet.id }, data: { lastActivityAt: ago(17), stalledAt: ago(3) } });
  await db.thread.update({ where: { pairingId: quiet.id }, data: { lastMessageAt: ago(17) } });
  // The admin's queues: applications, a mentee approved and waiting, a reported post, a join request.
  for (const name of ["Aisha Bello", "Tariq Aziz"])
    await applicant(await join(await person(name)), "MENTEE", "PENDING");
  await applicant(await join(await person("Haruto Sato")), "MENTOR", "PENDING");
  await applicant(await join(await person("Keiko Tanaka")), "MENTEE", "APPROVED");
  const ruth = await join(await person("Ruth Abebe"));
  const post = await createPost(db, group, ruth, { body: "Selling my soap, DM me!" });
  await db.report.create({ data: { groupId: group.id, reporterId: lina.id, postId: post.id, reason: "spam" } });
  await addMember(db, group, await person("Nia Newcomer"), { status: "PENDING" });
  return { amara, diego, sam, mei, lina, group, program, late, fresh };
}

/** Follows an item's link and checks the page it lands on, then comes back home. */
async function follow(page: Page, link: string | RegExp, heading: string | RegExp) {
  await page.getByRole("link", { name: link }).click();
  await expect(page.getByRole("heading", { name: heading, exact: typeof heading === "string" })).toBeVisible();
  await page.goto("/");
}

/** The to-do sections' headings, in order; `toHaveText` on it waits for them (a streamed section may come late). */
const sectionHeadings = (page: Page) => page.getByRole("main").locator("section[data-testid^='todo-'] > h2");

test("each person's home lists their work, most pressing first, and every item leads where it is done", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const w = await demoWorld(db, makeUser);

  // Sam: the overdue check-in first, then Diego's messages.
  await loginAs(page, w.sam);
  await page.goto("/");
  await expect(page.getByTestId("todo-summary")).toHaveText(
    "What needs you, most pressing first: 1 overdue check-in and 2 unread messages.",
  );
  await expect(sectionHeadings(page)).toHaveText(["Check-ins, 1", "Unread messages, 2"]);
  const checkIn = page.getByRole("link", { name: /Check in on step 1 with Diego/ });
  await expect(checkIn).toContainText(/“Meet each other” in Soap school · due \w{3} \d+, 3 days late/);
  await expect(checkIn).toContainText("Overdue");
  await checkPage(page, "home-member");
  await follow(page, /Check in on step 1 with Diego/, "Your mentor, Diego Ramírez");
  await follow(page, /2 unread messages from Diego/, "Diego Ramírez");

  // Lina: a new match to meet, then her first check-in coming up.
  await loginAs(page, w.lina);
  await page.goto("/");
  await expect(sectionHeadings(page)).toHaveText(["New matches, 1", "Check-ins, 1"]);
  await follow(page, /Meet your new mentor, Mei Chen/, "Your mentor, Mei Chen");

  // Amara: the groups she runs, each queue one click away.
  await loginAs(page, w.amara);
  await page.goto("/");
  await expect(page.getByTestId("todo-summary")).toContainText("1 open report");
  await expect(sectionHeadings(page)).toHaveText([
    // All waiting: the longest-waiting first.
    "Quiet pairs, 1",
    "Applications to review, 3",
    "Mentees waiting for a match, 1",
    "Reports, 1",
    "Join requests, 1",
  ]);
  await checkPage(page, "home-admin");
  await follow(page, /Check on Ingrid Solberg and Hannah Schmidt/, /^Progress/);
  await follow(page, /Review 3 applications to Soap school/, "Applications");
  await follow(page, /Match 1 mentee in Soap school/, "Match pairs");
  await follow(page, /Handle 1 open report in Soap Circle/, "Reports");
  await follow(page, /Answer 1 join request to Soap Circle/, "Join requests");
  // Nothing of the pair's words on the admin's home.
  await expect(page.getByRole("main")).not.toContainText("Saturday for the first batch");
});

test("a new account gets a way in, and a busy admin a bounded list with the rest one click away", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const newcomer = await makeUser({ name: "Noor Newcomer" });
  await loginAs(page, newcomer);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Start by finding a group" })).toBeVisible();
  await expect(page.getByTestId("todo-summary")).toHaveText("Nothing needs you right now.");
  await checkPage(page, "home-empty");
  await page.getByRole("main").getByRole("link", { name: "Find a group" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Groups" })).toBeVisible();

  // A member of a group whose program takes applications: the empty state offers it.
  const host = await makeUser({ name: "Hana Host" });
  const circle = await createGroup(db, host, { name: `Open Circle ${host.id.slice(-4)}`, mentorshipEnabled: true });
  await addMember(db, circle, newcomer);
  const cohort = `Spring cohort ${host.id.slice(-4)}`;
  await createProgram(db, circle, host, { name: cohort, state: "OPEN" });
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Nothing to do yet" })).toBeVisible();
  await checkPage(page, "home-empty-member");
  await page.getByRole("link", { name: new RegExp(`Apply to ${cohort}`) }).click();
  await expect(page.getByRole("heading", { name: cohort, exact: true })).toBeVisible();

  // Eight groups with someone asking to join: five rows, then the rest.
  const owner = await makeUser({ name: "Busy Owner" });
  for (let i = 0; i < 8; i++) {
    const group = await createGroup(db, owner, { name: `Circle ${i} ${owner.id.slice(-4)}` });
    await addMember(db, group, await makeUser({ name: `Joiner ${i}` }), { status: "PENDING" });
  }
  await loginAs(page, owner);
  await page.goto("/");
  const requests = page.getByTestId("todo-joinRequest");
  await expect(requests.getByRole("listitem")).toHaveCount(5);
  await requests.getByRole("link", { name: "and 3 more join requests" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Groups" })).toBeVisible();
});
