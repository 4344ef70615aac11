/**
 * Issue 7 in the browser: a mentee and a mentor check in on step 1 in two browser contexts (the partner's entry stays
 * hidden until you write yours), the admin's dashboard shows the step done (and never the words), the pair finishes
 * (propose + confirm) and both give feedback, which the dashboard sums up. Outsiders and the group's admin get 404
 * on the pair's space. axe checks each page (light, dark, phone) and screenshots are saved.
 */
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, checkPage, LONG_JOURNEY } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createApplication, createCheckIn, createPairing, createProgram } from "../factories/mentorship";

test.describe.configure({ timeout: LONG_JOURNEY }); // the longest journeys: see fixtures.ts

const toast = (page: Page, text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text });
// A step, wherever it is on the page (the current one and those ahead, or under "Done so far"): named by its title.
const stepItem = (page: Page, title: string) => page.getByRole("listitem", { name: title, exact: true });

const MENTEE_WORDS = "We met over video; I learned why lye goes into water and never the other way round.";
const MENTOR_WORDS = "Sam asks great questions. Next time we'll plan a first small batch together.";

test("two participants check in, finish and give feedback; the admin follows along", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const admin = await makeUser({ name: "Amara Okafor" });
  const mentorUser = await makeUser({ name: "Diego Ramírez", timeZone: "America/Mexico_City" });
  const menteeUser = await makeUser({ name: "Sam Newcomer", timeZone: "Europe/Lisbon" });
  const outsider = await makeUser({ name: "Olive Outsider" });
  const quietMentor = await makeUser({ name: "Quinn Quiet" });
  const quietMentee = await makeUser({ name: "Rosa Reserved" });
  const group = await createGroup(db, admin, {
    name: `Soap Circle ${id}`,
    slug: `soap-${id}`,
    mentorshipEnabled: true,
  });
  for (const user of [mentorUser, menteeUser, outsider, quietMentor, quietMentee]) await addMember(db, group, user);
  const program = await createProgram(db, group, admin, {
    name: `Soap school ${id}`,
    state: "RUNNING",
    steps: [
      { title: "Meet each other", dueWeek: 1 },
      { title: "Agree on a goal", dueWeek: 2 },
      { title: "Look back, look ahead", dueWeek: 4 },
    ],
  });
  const [step1, step2, step3] = program.steps;
  await db.programStep.update({
    where: { id: step1!.id },
    data: {
      guidance: "Meet for half an hour, by video or over tea. Get to know each other before talking soap.",
      prompts: ["What brought you to soap making?", "How do you like to learn?"],
    },
  });
  const pair = async (mentor: { id: string }, mentee: { id: string }) =>
    createPairing(
      db,
      program,
      { application: await createApplication(db, program, mentor, "MENTOR", { state: "MATCHED" }), user: mentor },
      { application: await createApplication(db, program, mentee, "MENTEE", { state: "MATCHED" }), user: mentee },
      admin,
    );
  const pairing = await pair(mentorUser, menteeUser);
  // Started ten days ago, so step 1 (due after a week) is overdue.
  await db.pairing.update({ where: { id: pairing.id }, data: { startedAt: new Date(Date.now() - 10 * 86_400_000) } });
  const quiet = await pair(quietMentor, quietMentee);
  await db.pairing.update({ where: { id: quiet.id }, data: { stalledAt: new Date() } });
  const space = `/pairings/${pairing.id}`;
  const dashboard = `/groups/${group.slug}/mentorship/${program.id}/progress`;

  // 1. The mentee finds the mentorship from the account menu: awaiting them, step 1 overdue.
  const menteePage = await (await browser.newContext({ timezoneId: "Europe/Lisbon" })).newPage();
  await loginAs(menteePage, menteeUser);
  await menteePage.goto("/");
  await menteePage.getByRole("button", { name: /Account menu/ }).click();
  await menteePage.getByRole("menuitem", { name: "My mentorships" }).click();
  await expect(menteePage.getByRole("heading", { level: 1, name: "My mentorships" })).toBeVisible();
  const card = menteePage.getByRole("article").filter({ hasText: "Your mentor, Diego Ramírez" });
  await expect(card.getByText("Awaiting you")).toBeVisible();
  await expect(card.getByText(/Overdue since/)).toBeVisible();
  await checkPage(menteePage, "checkins-1-my-mentorships");

  // 2. The pair's space: who they are to each other, the admins' introduction, step 1 current; Diego not yet there.
  await card.getByRole("link", { name: "Your mentor, Diego Ramírez" }).click();
  await expect(menteePage.getByRole("heading", { level: 1, name: "Your mentor, Diego Ramírez" })).toBeVisible();
  // The introduction is folded below the steps; it opens on a click.
  await expect(menteePage.getByText("You both love soap. Say hello!")).toBeHidden();
  await menteePage.getByText(/Introduction from the admins/).click();
  await expect(menteePage.getByText("You both love soap. Say hello!")).toBeVisible();
  await expect(menteePage.getByRole("link", { name: "Open the conversation" })).toHaveAttribute(
    "href",
    `${space}/thread`,
  );
  const menteeStep1 = stepItem(menteePage, "Meet each other");
  await expect(menteeStep1).toHaveAttribute("aria-current", "step");
  await expect(menteeStep1.getByText("Overdue")).toBeVisible();
  await expect(menteeStep1.getByText("Waiting for Diego")).toBeVisible();
  await checkPage(menteePage, "checkins-2-space-new");

  // A check-in needs words and a rating.
  await menteeStep1.getByRole("button", { name: "Check in" }).click();
  await expect(menteeStep1.getByText("Write a few words about this step.")).toBeVisible();
  await expect(menteeStep1.getByText("Choose how it is going, from 1 to 5.")).toBeVisible();
  await menteeStep1.getByLabel("Your reflection").fill(MENTEE_WORDS);
  await menteeStep1.getByRole("radio", { name: "4 Good" }).check();
  await menteeStep1.getByRole("button", { name: "Check in" }).click();
  await expect(toast(menteePage, "Checked in.")).toBeVisible();
  await expect(menteeStep1.getByRole("heading", { name: "Your check-in" })).toBeVisible();
  await expect(menteeStep1.getByText(MENTEE_WORDS)).toBeVisible();
  await expect(menteeStep1.getByText("Waiting for Diego")).toBeVisible();

  // 3. The mentor sees that Sam has written, but not what, until writing their own.
  const mentorPage = await (await browser.newContext({ timezoneId: "America/Mexico_City" })).newPage();
  await loginAs(mentorPage, mentorUser);
  await mentorPage.goto(space);
  await expect(mentorPage.getByRole("heading", { level: 1, name: "Your mentee, Sam Newcomer" })).toBeVisible();
  const mentorStep1 = stepItem(mentorPage, "Meet each other");
  await expect(mentorStep1.getByText("Sam has checked in")).toBeVisible();
  await expect(mentorStep1.getByText(/Write yours to read theirs/)).toBeVisible();
  await expect(mentorPage.getByText(MENTEE_WORDS)).toHaveCount(0);
  await checkPage(mentorPage, "checkins-3-space-hidden");
  await mentorStep1.getByLabel("Your reflection").fill(MENTOR_WORDS);
  await mentorStep1.getByRole("radio", { name: "5 Going great" }).check();
  await mentorStep1.getByRole("button", { name: "Check in" }).click();
  await expect(toast(mentorPage, "this step is complete")).toBeVisible();
  await expect(mentorStep1.getByText("Complete", { exact: true })).toBeVisible();
  await expect(mentorStep1.getByText(MENTEE_WORDS)).toBeVisible();
  await expect(stepItem(mentorPage, "Agree on a goal")).toHaveAttribute("aria-current", "step");

  // Both read each other's now; the step is complete and no longer editable.
  await menteePage.reload();
  await expect(menteeStep1.getByText("Complete", { exact: true })).toBeVisible();
  await expect(menteeStep1.getByText(MENTOR_WORDS)).toBeVisible();
  await expect(menteeStep1.getByRole("button", { name: /Edit/ })).toHaveCount(0);
  await expect(menteePage.getByText("1 of 3 steps complete (33%)")).toBeVisible();
  await checkPage(menteePage, "checkins-4-space-step-done");

  // 4. The admin's dashboard: 1 step done for the pair, the quiet pair stalled; never the pair's words.
  await loginAs(page, admin);
  await page.goto(dashboard);
  const table = page.getByRole("table", { name: /Pairs/ });
  const row = table.getByRole("row").filter({ hasText: "Diego Ramírez" });
  await expect(row.getByText("1 of 3 steps done (33%)")).toBeVisible();
  await expect(row.getByText("Agree on a goal")).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "Quinn Quiet" }).getByText("Stalled")).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain(MENTEE_WORDS);
  expect(html).not.toContain(MENTOR_WORDS);
  await row.getByRole("button", { name: "Nudge Diego Ramírez and Sam Newcomer" }).click();
  await expect(toast(page, "Nudged.")).toBeVisible();
  await row.getByRole("button", { name: "Nudge Diego Ramírez and Sam Newcomer" }).click();
  await expect(toast(page, "Already nudged today.")).toBeVisible();
  await page.getByLabel("Stalled", { exact: true }).selectOption("true");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/stalled=true/);
  await expect(table.getByRole("row").filter({ hasText: "Diego Ramírez" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", /stalled=true/);
  // Following it downloads the stalled pairs only (it answered 400 while the filter was on: issue 16).
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  const csv = await fs.promises.readFile((await download.path())!, "utf8");
  expect(csv).toContain("Quinn Quiet");
  expect(csv).not.toContain("Diego Ramírez");
  await checkPage(page, "checkins-5-dashboard");
  // The admin completes the quiet pair, after a confirmation.
  await table.getByRole("button", { name: "Complete Quinn Quiet and Rosa Reserved" }).click();
  await page
    .getByRole("dialog", { name: "Complete this mentorship?" })
    .getByRole("button", { name: "Complete" })
    .click();
  await expect(toast(page, "Marked as complete.")).toBeVisible();
  expect((await db.pairing.findUniqueOrThrow({ where: { id: quiet.id } })).state).toBe("COMPLETED");

  // 5. The rest of the steps (by factory), then the mentee proposes completion and the mentor confirms.
  for (const step of [step2!, step3!])
    for (const user of [mentorUser, menteeUser]) await createCheckIn(db, pairing, step, user, { rating: 4 });
  await menteePage.reload();
  await menteePage.getByRole("button", { name: "Propose completion" }).click();
  await expect(toast(menteePage, "Proposed.")).toBeVisible();
  await expect(menteePage.getByText(/Waiting for Diego to confirm/)).toBeVisible();
  await mentorPage.reload();
  await expect(mentorPage.getByText("Sam proposed completing the mentorship.", { exact: false })).toBeVisible();
  await mentorPage.getByRole("button", { name: "Confirm completion" }).click();
  await expect(toast(mentorPage, "Your mentorship is complete.")).toBeVisible();
  await expect(mentorPage.getByText("Completed", { exact: true })).toBeVisible();

  // 6. Both give feedback: the mentor shares their name, the mentee stays anonymous (the default).
  const feedback = mentorPage.getByRole("form", { name: "Your feedback" });
  await feedback.getByRole("radio", { name: "5 Excellent" }).check();
  await feedback.getByRole("radio", { name: "10, extremely likely" }).check();
  await feedback.getByLabel("Anything you'd like the admins to know?").fill("A lovely program, thank you.");
  await feedback.getByLabel("Share my name with the admins").check();
  await feedback.getByRole("button", { name: "Send feedback" }).click();
  await expect(toast(mentorPage, "Thank you for your feedback!")).toBeVisible();
  await expect(mentorPage.getByRole("heading", { name: "Thank you for your feedback" })).toBeVisible();

  // From the notification's link (a hash change alone would not reload the page).
  await menteePage.goto(`${space}#feedback`);
  await menteePage.reload();
  await expect(menteePage.getByRole("heading", { name: "How did it go?" })).toBeVisible();
  await expect(menteePage.getByLabel("Share my name with the admins")).not.toBeChecked();
  await checkPage(menteePage, "checkins-6-space-feedback");
  const menteeFeedback = menteePage.getByRole("form", { name: "Your feedback" });
  await menteeFeedback.getByRole("radio", { name: "4 Very good" }).check();
  await menteeFeedback.getByRole("radio", { name: "8", exact: true }).check();
  await menteeFeedback.getByLabel("Anything you'd like the admins to know?").fill("More steps on scents, please.");
  await menteeFeedback.getByRole("button", { name: "Send feedback" }).click();
  await expect(toast(menteePage, "Thank you for your feedback!")).toBeVisible();

  // 7. The dashboard sums it up: rating 4.5, NPS +50 (one promoter, one passive); a name only where shared.
  await page.goto(dashboard);
  const tiles = page.getByRole("definition");
  await expect(tiles.filter({ hasText: "4.5 / 5" }).first()).toBeVisible();
  await expect(tiles.filter({ hasText: "+50" })).toBeVisible();
  const comments = page.getByRole("list", { name: "Comments" });
  await expect(comments.getByRole("listitem").filter({ hasText: "A lovely program" })).toContainText("Diego Ramírez");
  const anonymous = comments.getByRole("listitem").filter({ hasText: "More steps on scents" });
  await expect(anonymous).toContainText("Anonymous");
  await expect(anonymous).not.toContainText("Sam Newcomer");
  await checkPage(page, "checkins-7-dashboard-feedback");

  // 8. Only the two participants see the space: a member of the group and its admin get 404.
  for (const user of [outsider, admin]) {
    const other = await (await browser.newContext()).newPage();
    await loginAs(other, user);
    const response = await other.goto(space);
    expect(response?.status()).toBe(404);
    await expect(other.getByText(MENTEE_WORDS)).toHaveCount(0);
    await other.context().close();
  }
  // And the dashboard is for the admins: a member gets 404 there.
  const memberPage = await (await browser.newContext()).newPage();
  await loginAs(memberPage, outsider);
  expect((await memberPage.goto(dashboard))?.status()).toBe(404);
  await memberPage.context().close();

  // 9. My mentorships lists it as finished; someone without mentorships gets a way to find one.
  await menteePage.goto("/mentorships");
  const finished = menteePage.getByRole("region", { name: "Finished" });
  await expect(finished.getByRole("link", { name: "Your mentor, Diego Ramírez" })).toBeVisible();
  const outsiderPage = await (await browser.newContext()).newPage();
  await loginAs(outsiderPage, outsider);
  await outsiderPage.goto("/mentorships");
  await expect(outsiderPage.getByRole("heading", { name: "No mentorships yet" })).toBeVisible();
  await expect(outsiderPage.getByRole("link", { name: "Find a group" })).toHaveAttribute("href", "/groups");
  await checkPage(outsiderPage, "checkins-8-my-mentorships-empty");
});
