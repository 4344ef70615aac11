/**
 * Issue 5's journey in one go, through the browser only: an admin switches mentorship on, creates a program from
 * a template, edits a step and a question and opens it; one member applies as mentee, another as mentor; the admin
 * approves both from the queue; the applicants see their status. axe checks every page of the way (light, dark,
 * phone) and saves screenshots. The finer points of each page are in programs-admin.spec.ts and
 * programs-apply.spec.ts.
 */
import type { Page } from "@playwright/test";
import { test, expect, checkPage, LONG_JOURNEY } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";

test.describe.configure({ timeout: LONG_JOURNEY }); // the longest journeys: see fixtures.ts

const toast = (page: Page, text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text });

test("from mentorship switched on to two approved applicants, in the browser", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const admin = await makeUser({ name: "Amara Okafor" });
  const menteeUser = await makeUser({ name: "Sam Newcomer" });
  const mentorUser = await makeUser({ name: "Diego Ramírez" });
  const group = await createGroup(db, admin, { name: `Soap Circle ${id}`, slug: `soap-${id}` });
  await addMember(db, group, menteeUser);
  await addMember(db, group, mentorUser);
  const base = `/groups/${group.slug}`;

  // 1. The admin switches mentorship on in the group's settings.
  await loginAs(page, admin);
  await page.goto(`${base}/settings`);
  await page.getByRole("switch", { name: "Mentorship programs" }).click();
  await expect(toast(page, "Mentorship is on.")).toBeVisible();
  await checkPage(page, "flow-1-settings");

  // 2. A program from the "Learn the ropes" template.
  await page.goto(`${base}/mentorship/new`);
  await expect(page.getByRole("radio", { name: /^Learn the ropes/ })).toBeChecked();
  await page.getByLabel("Name", { exact: true }).fill(`Soap school ${id}`);
  await checkPage(page, "flow-2-new-program");
  await page.getByRole("button", { name: "Create draft program" }).click();
  await expect(page.getByRole("heading", { name: "Status: Draft" })).toBeVisible();
  const program = await db.program.findFirstOrThrow({ where: { groupId: group.id } });
  const programUrl = `${base}/mentorship/${program.id}`;

  // 3. Edit a step.
  await page.getByRole("tab", { name: /^Steps/ }).click();
  await page.getByRole("button", { name: "Edit Meet each other" }).click();
  const stepDialog = page.getByRole("dialog", { name: "Edit “Meet each other”" });
  await stepDialog.getByLabel("Title").fill("Say hello over tea");
  await stepDialog.getByRole("button", { name: "Save step" }).click();
  await expect(toast(page, "Step “Say hello over tea” saved.")).toBeVisible();
  await checkPage(page, "flow-3-steps");

  // 4. Edit a mentee question.
  await page.getByRole("tab", { name: /^Mentee questions/ }).click();
  await page.getByRole("button", { name: "Edit question 1" }).click();
  const questionDialog = page.getByRole("dialog", { name: "Edit question" });
  await questionDialog.getByLabel("Question", { exact: true }).fill("What would you like to learn first?");
  await questionDialog.getByRole("button", { name: "Save question" }).click();
  await expect(toast(page, "Question saved.")).toBeVisible();
  await checkPage(page, "flow-4-questions");

  // 5. Open applications.
  await page.getByRole("button", { name: "Open applications" }).click();
  await expect(page.getByRole("heading", { name: "Status: Open for applications" })).toBeVisible();
  expect((await db.program.findUniqueOrThrow({ where: { id: program.id } })).state).toBe("OPEN");

  // 6. A member applies as mentee, answering the edited question and the template's others.
  const menteePage = await (await browser.newContext({ timezoneId: "Europe/Lisbon" })).newPage();
  await loginAs(menteePage, menteeUser);
  await menteePage.goto(`${base}/mentorship`);
  await menteePage.getByRole("link", { name: /Read and apply/ }).click();
  await expect(menteePage.getByRole("heading", { level: 2, name: `Soap school ${id}` })).toBeVisible();
  await expect(menteePage.getByText("Say hello over tea")).toBeVisible();
  await checkPage(menteePage, "flow-6-program-page");
  await menteePage.getByRole("link", { name: "Apply as a mentee" }).click();
  await menteePage
    .getByLabel("What would you like to learn first?")
    .fill("How to get a clean trace without false trace, and lye safety.");
  await menteePage.getByRole("textbox", { name: "Add a topic of your own" }).fill("Cold process");
  await menteePage.getByRole("textbox", { name: "Add a topic of your own" }).press("Enter");
  await menteePage.getByRole("radio", { name: "Every two weeks" }).check();
  // The languages come from the profile.
  await expect(menteePage.getByRole("main").getByRole("button", { name: "English" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await checkPage(menteePage, "flow-6-apply-mentee");
  await menteePage.getByRole("button", { name: "Submit application" }).click();
  const menteePanel = menteePage.getByRole("region", { name: "Your mentee application" });
  await expect(menteePanel.getByText("Pending review")).toBeVisible();

  // 7. Another applies as mentor, with a capacity.
  const mentorPage = await (await browser.newContext({ timezoneId: "America/Mexico_City" })).newPage();
  await loginAs(mentorPage, mentorUser);
  await mentorPage.goto(`${programUrl}/apply?role=MENTOR`);
  await mentorPage
    .getByLabel("How long have you been part of the group, and what do you enjoy about it?")
    .fill("Twelve years of cold process; I love watching a first batch come out of the mould.");
  await mentorPage.getByRole("textbox", { name: "Add a topic of your own" }).fill("Cold process");
  await mentorPage.getByRole("textbox", { name: "Add a topic of your own" }).press("Enter");
  await mentorPage.getByRole("radio", { name: "Every week" }).check();
  await mentorPage.getByRole("button", { name: "Spanish" }).click();
  await mentorPage.getByLabel("How many mentees can you take at once?").fill("3");
  await checkPage(mentorPage, "flow-7-apply-mentor");
  await mentorPage.getByRole("button", { name: "Submit application" }).click();
  const mentorPanel = mentorPage.getByRole("region", { name: "Your mentor application" });
  await expect(mentorPanel.getByText("Pending review")).toBeVisible();

  // 8. The admin approves both from the queue: the mentee in the Mentees tab, the mentor in the Mentors tab.
  await page.goto(`${programUrl}/applications`);
  const rows = page.getByRole("list", { name: "Applications" });
  await expect(rows.getByRole("link", { name: "Sam Newcomer" })).toBeVisible();
  await checkPage(page, "flow-8-queue");
  for (const [tab, name] of [
    [/^Mentees/, "Sam Newcomer"],
    [/^Mentors/, "Diego Ramírez"],
  ] as const) {
    await page.getByRole("navigation", { name: "Role" }).getByRole("link", { name: tab }).click();
    await page.getByRole("checkbox", { name: `Select ${name}` }).check();
    await page.getByRole("button", { name: "Approve selected" }).click();
    const dialog = page.getByRole("dialog", { name: "Approve 1 application?" });
    await dialog.getByLabel("Message to the applicant").fill("Welcome aboard: we'll match you this week.");
    await dialog.getByRole("button", { name: "Approve", exact: true }).click();
    // The dialog closes when the decision is saved (the previous round's toast may still be showing).
    await expect(dialog).toBeHidden({ timeout: 20_000 });
    await expect(page.getByText("Approved 1 application. We've let them know.").first()).toBeVisible();
    await expect(rows.getByRole("link", { name })).toHaveCount(0);
  }
  expect(
    (await db.application.findMany({ where: { programId: program.id }, orderBy: { role: "asc" } })).map((a) => [
      a.role,
      a.state,
    ]),
  ).toEqual([
    ["MENTOR", "APPROVED"],
    ["MENTEE", "APPROVED"],
  ]);

  // 9. The applicants see their status, with the admins' message, and were told in their notifications.
  await menteePage.reload();
  await expect(menteePanel.getByText("Approved", { exact: true })).toBeVisible();
  await expect(menteePanel.getByText("Welcome aboard: we'll match you this week.")).toBeVisible();
  await checkPage(menteePage, "flow-9-mentee-approved");
  await mentorPage.reload();
  await expect(mentorPanel.getByText("Approved", { exact: true })).toBeVisible();
  await mentorPage.goto("/notifications");
  await expect(mentorPage.getByText(`You're approved as a mentor in Soap school ${id}`)).toBeVisible();
  await checkPage(mentorPage, "flow-9-mentor-notifications");
});
