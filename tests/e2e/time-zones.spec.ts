import type { Page } from "@playwright/test";
import { test, expect, checkPage, DEFAULT_PASSWORD } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";

// A new member's first hour: the zone they pick stays picked, sign-up starts in their browser's zone and brings
// them back where they came from, and applying starts from what their profile says.
test.describe.configure({ timeout: 180_000 });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const zoneSelect = (page: Page) => page.getByLabel("Time zone");
const saveProfile = async (page: Page) => {
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.").last()).toBeVisible();
};
const savedZone = async (page: Page) =>
  ((await (await page.request.get("/api/v1/me")).json()) as { timeZone: string }).timeZone;

test("a changed time zone stays changed through the next saves of the profile", async ({
  browser,
  makeUser,
  loginAs,
}) => {
  // The browser agrees with the saved zone, so nothing else is offered.
  const page = await (await browser.newContext({ timezoneId: "UTC" })).newPage();
  const user = await makeUser({ name: "Ada Newcomer" });
  await loginAs(page, user);
  await page.goto("/settings/profile");
  // A UTC account shows UTC, not the first zone of the list.
  await expect(zoneSelect(page)).toHaveValue("UTC");

  await zoneSelect(page).selectOption("America/Chicago");
  await saveProfile(page);
  // The form is reset after the save: it shows what was saved, not the zone it first showed.
  await expect(zoneSelect(page)).toHaveValue("America/Chicago");
  expect(await savedZone(page)).toBe("America/Chicago");

  // Saving something else right away keeps the zone.
  await page.getByLabel("Short bio").fill("I make soap on Sundays.");
  await saveProfile(page);
  await expect(zoneSelect(page)).toHaveValue("America/Chicago");
  expect(await savedZone(page)).toBe("America/Chicago");

  // And so does the next visit.
  await page.reload();
  await expect(zoneSelect(page)).toHaveValue("America/Chicago");
  await page.getByLabel("Short bio").fill("I make soap on Sundays, and candles in winter.");
  await saveProfile(page);
  await page.reload();
  await expect(zoneSelect(page)).toHaveValue("America/Chicago");
  await expect(page.getByLabel("Short bio")).toHaveValue("I make soap on Sundays, and candles in winter.");
  expect(await savedZone(page)).toBe("America/Chicago");

  // Back to UTC, which the runtime's zone list lacks: still shown and kept.
  await zoneSelect(page).selectOption("UTC");
  await saveProfile(page);
  await expect(zoneSelect(page)).toHaveValue("UTC");
  await page.getByLabel("Name").fill("Ada N.");
  await saveProfile(page);
  await expect(zoneSelect(page)).toHaveValue("UTC");
  expect(await savedZone(page)).toBe("UTC");
});

test("the profile offers the browser's zone when it differs from the saved one", async ({
  browser,
  makeUser,
  loginAs,
}) => {
  const page = await (await browser.newContext({ timezoneId: "America/Chicago" })).newPage();
  const user = await makeUser({ name: "Bea Traveller", timeZone: "Europe/Lisbon", bio: "Soap, and more soap." });
  await loginAs(page, user);
  await page.goto("/settings/profile");
  const offer = page.getByRole("form", { name: /Your browser says America\/Chicago/ });
  await expect(offer).toContainText("Your browser says America/Chicago. Use it?");
  await expect(offer.getByRole("button", { name: "Keep Europe/Lisbon" })).toBeVisible();
  await checkPage(page, "zones-profile-offer");

  // An unsaved edit below is neither saved nor lost by accepting.
  await page.getByLabel("Short bio").fill("Half-typed");
  await offer.getByRole("button", { name: "Use America/Chicago" }).click();
  await expect(page.getByText("Your profile is saved.").last()).toBeVisible();
  await expect(offer).toHaveCount(0);
  await expect(zoneSelect(page)).toHaveValue("America/Chicago");
  await expect(page.getByLabel("Short bio")).toHaveValue("Half-typed");
  expect(await savedZone(page)).toBe("America/Chicago");
  await page.reload();
  await expect(page.getByLabel("Short bio")).toHaveValue("Soap, and more soap.");
  await expect(page.getByRole("form", { name: /Your browser says/ })).toHaveCount(0);
  await checkPage(page, "zones-profile");

  // Keeping the saved zone is remembered in this browser.
  await zoneSelect(page).selectOption("Asia/Tokyo");
  await saveProfile(page);
  await page.reload();
  await page.getByRole("button", { name: "Keep Asia/Tokyo" }).click();
  await expect(page.getByRole("form", { name: /Your browser says/ })).toHaveCount(0);
  await page.reload();
  await expect(zoneSelect(page)).toHaveValue("Asia/Tokyo");
  await expect(page.getByRole("form", { name: /Your browser says/ })).toHaveCount(0);
});

test("a visitor to a private group signs up in their browser's zone and lands back on the group", async ({
  browser,
  db,
  makeUser,
}) => {
  const id = unique();
  const owner = await makeUser({ name: "Olu Owner" });
  const group = await createGroup(db, owner, {
    name: `Night Owls Soap ${id}`,
    slug: `night-owls-${id}`,
    privacy: "PRIVATE",
    description: "Makers who pour after dark.",
  });
  const page = await (await browser.newContext({ timezoneId: "America/Chicago" })).newPage();
  await page.goto(`/groups/${group.slug}`);
  await page.getByRole("link", { name: "Sign in to join" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to Kinship" })).toBeVisible();
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByRole("heading", { name: "Join Kinship" })).toBeVisible();
  await checkPage(page, "zones-sign-up");

  const email = `owl-${id}@example.test`;
  await page.getByLabel("Name").fill("Noor Owl");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("pour after midnight");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  // The emailed link brings her back to the group once she confirms.
  await expect.poll(async () => db.email.count({ where: { to: email, kind: "account.verify-email" } })).toBe(1);
  const mail = await db.email.findFirstOrThrow({ where: { to: email, kind: "account.verify-email" } });
  await page.goto(mail.text.match(/https?:\/\/[^/\s]+(\/verify-email\?\S+)/)![1]!);
  await page.getByLabel("Your password").fill("pour after midnight");
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/groups/${group.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: group.name })).toBeVisible();
  await expect(page.getByRole("button", { name: "Request to join" })).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { email } })).timeZone).toBe("America/Chicago");

  // The profile agrees with the browser, so it offers nothing.
  await page.goto("/settings/profile");
  await expect(zoneSelect(page)).toHaveValue("America/Chicago");
  await expect(page.getByRole("form", { name: /Your browser says/ })).toHaveCount(0);
});

test("someone with an account who starts at sign-up follows the sign-in link and lands back on the group", async ({
  browser,
  db,
  makeUser,
}) => {
  const page = await (await browser.newContext({ timezoneId: "Asia/Tokyo" })).newPage();
  const id = unique();
  const owner = await makeUser();
  const group = await createGroup(db, owner, { name: `Lye Safety ${id}`, slug: `lye-${id}`, privacy: "PRIVATE" });
  const member = await makeUser({ name: "Kofi Returning" });
  await page.goto(`/groups/${group.slug}`);
  await page.getByRole("link", { name: "Sign in to join" }).click();
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByRole("heading", { name: "Join Kinship" })).toBeVisible();
  // The sign-up form says which zone a new account would start in.
  await expect(page.getByText("Times will show in Asia/Tokyo, your browser's time zone.")).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to Kinship" })).toBeVisible();
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(DEFAULT_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/groups/${group.slug}$`));
  await expect(page.getByRole("button", { name: "Request to join" })).toBeVisible();
});

test("an application starts from the profile's time zone and languages", async ({ browser, db, makeUser, loginAs }) => {
  const id = unique();
  const owner = await makeUser({ name: "Olu Owner" });
  const member = await makeUser({
    name: "Mia Planner",
    timeZone: "America/Chicago",
    languages: ["English", "Spanish"],
  });
  const group = await createGroup(db, owner, {
    name: `Soap School ${id}`,
    slug: `soap-${id}`,
    mentorshipEnabled: true,
  });
  await addMember(db, group, member);
  const program = await db.program.create({
    data: {
      groupId: group.id,
      name: "First batch buddies",
      template: "LEARN_THE_ROPES",
      state: "OPEN",
      openedAt: new Date(),
      lengthWeeks: 4,
      createdById: owner.id,
      steps: { create: [{ position: 0, dueWeek: 1, title: "Meet each other" }] },
    },
  });
  const question = (position: number, data: Record<string, unknown>) =>
    db.applicationQuestion.create({ data: { programId: program.id, role: "MENTEE", position, ...data } as never });
  await question(0, { kind: "AVAILABILITY", label: "When and how often can you meet?", required: true });
  await question(1, {
    kind: "LANGUAGES",
    label: "Which languages are you comfortable in?",
    required: true,
    options: ["English", "French"],
  });

  // The browser says UTC (a shared computer, a VPN): the profile's zone wins.
  const page = await (await browser.newContext({ timezoneId: "UTC" })).newPage();
  await loginAs(page, member);
  await page.goto(`/groups/${group.slug}/mentorship/${program.id}/apply?role=MENTEE`);
  await expect(page.getByRole("heading", { name: "Apply as a mentee" })).toBeVisible();
  await expect(zoneSelect(page)).toHaveValue("America/Chicago");
  await expect(page.getByRole("main").getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "Remove Spanish" })).toBeVisible();
  await expect(page.getByText("1 required question left to answer.")).toBeVisible();
  await checkPage(page, "zones-apply");

  await page.getByRole("radio", { name: "Every week" }).check();
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByText("Your application is in.", { exact: false })).toBeVisible();
  const application = await db.application.findFirstOrThrow({ where: { programId: program.id, userId: member.id } });
  expect({ timeZone: application.timeZone, languages: application.languages }).toEqual({
    timeZone: "America/Chicago",
    languages: ["English", "Spanish"],
  });
});
