import type { Locator, Page } from "@playwright/test";
import { test, expect, checkPage } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createProgram } from "../factories/mentorship";
import { createApplicant, pairUp } from "../factories/matching";

// Thirty applicants to seed, and each checkPage runs axe three times and takes three screenshots.
test.describe.configure({ timeout: 180_000 });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The current address ends with this path. */
const at = (path: string) => new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

const card = (page: Page, name: string): Locator =>
  page.getByRole("article").filter({ has: page.getByRole("heading", { name, exact: true }) });

/** The number under a label of a card's admin counts. */
const count = (c: Locator, label: string) => c.locator("dl > div").filter({ hasText: label }).locator("dd");

test("program cards show the admin what waits and their next step; members see only their own call to action", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const owner = await makeUser({ name: "Olu Owner" });
  const member = await makeUser({ name: "Mel Member" });
  const group = await createGroup(db, owner, { name: `Card Circle ${unique()}`, mentorshipEnabled: true });
  await addMember(db, group, member);

  // Spring: 30 approved mentees wait, two mentors have 4 places, one pair runs; nothing to review.
  const spring = await createProgram(db, group, owner, { name: "Spring cohort", state: "OPEN" });
  for (let i = 1; i <= 30; i++) await createApplicant(db, spring, `Waiting Mentee ${i}`, "MENTEE");
  const mentor = await createApplicant(db, spring, "Mona Mentor", "MENTOR", { capacity: 3 });
  await createApplicant(db, spring, "Max Mentor", "MENTOR", { capacity: 2 });
  const paired = await createApplicant(db, spring, "Pat Paired", "MENTEE");
  const pairing = await pairUp(db, spring, mentor, paired, owner);
  // Autumn: two applications to review.
  const autumn = await createProgram(db, group, owner, { name: "Autumn cohort", state: "OPEN" });
  await createApplicant(db, autumn, "Rita Reviewme", "MENTEE", { state: "PENDING" });
  await createApplicant(db, autumn, "Rob Reviewme", "MENTOR", { state: "PENDING" });
  // Summer: running, its pairs working, nothing else waiting.
  const summer = await createProgram(db, group, owner, { name: "Summer circle", state: "RUNNING" });
  const summerMentor = await createApplicant(db, summer, "Sol Mentor", "MENTOR", { capacity: 1 });
  await pairUp(db, summer, summerMentor, await createApplicant(db, summer, "Sue Mentee", "MENTEE"), owner);
  await createProgram(db, group, owner, { name: "Winter draft", state: "DRAFT" });
  const base = `/groups/${group.slug}/mentorship`;

  // The admin: the backlog is on the card, and the button is the next step.
  await loginAs(page, owner);
  await page.goto(base);
  const springCard = card(page, "Spring cohort");
  await expect(count(springCard, "Mentees waiting")).toHaveText("30");
  await expect(count(springCard, "Mentor places")).toHaveText("4");
  await expect(count(springCard, "To review")).toHaveText("0");
  await expect(count(springCard, "Active pairs")).toHaveText("1");
  await expect(
    springCard.getByText("Mentors have 4 places left: approve more mentors to match everyone."),
  ).toBeVisible();
  await expect(card(page, "Autumn cohort").getByRole("link", { name: /^Review 2 applications/ })).toBeVisible();
  await expect(card(page, "Summer circle").getByRole("link", { name: /^See progress/ })).toBeVisible();
  await expect(card(page, "Winter draft").getByRole("link", { name: /^Edit and open applications/ })).toBeVisible();
  await checkPage(page, "program-cards-admin");

  await springCard.getByRole("link", { name: /^Match 30 waiting mentees/ }).click();
  await expect(page).toHaveURL(at(`${base}/${spring.id}/matching`));
  await expect(page.getByRole("heading", { level: 2, name: "Match pairs" })).toBeVisible();
  // The board shows its first page of waiting mentees (25 of the 30; issue 18).
  await expect(page.getByText(/Waiting Mentee \d+/).first()).toBeVisible();

  await page.goto(base);
  await card(page, "Autumn cohort")
    .getByRole("link", { name: /^Review 2 applications/ })
    .click();
  await expect(page).toHaveURL(at(`${base}/${autumn.id}/applications`));
  await expect(page.getByRole("link", { name: "Rita Reviewme" })).toBeVisible();

  await page.goto(base);
  await card(page, "Summer circle")
    .getByRole("link", { name: /^See progress/ })
    .click();
  await expect(page).toHaveURL(at(`${base}/${summer.id}/progress`));

  await page.goto(base);
  await card(page, "Winter draft")
    .getByRole("link", { name: /^Edit and open applications/ })
    .click();
  await expect(page).toHaveURL(/\/edit$/);
  await expect(page.getByRole("button", { name: "Open applications" })).toBeVisible();

  // A member: their own call to action, never the admins' numbers.
  await page.context().clearCookies();
  await loginAs(page, member);
  await page.goto(base);
  await expect(card(page, "Spring cohort")).toBeVisible();
  for (const word of ["To review", "Mentees waiting", "Mentor places", "Active pairs"])
    await expect(page.getByText(word)).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^(Match|Review|See progress|Edit)/ })).toHaveCount(0);
  await expect(page.getByText("Winter draft")).toHaveCount(0);
  await checkPage(page, "program-cards-member");
  await card(page, "Spring cohort")
    .getByRole("link", { name: /^Read and apply/ })
    .click();
  await expect(page).toHaveURL(at(`${base}/${spring.id}`));

  // The paired mentee goes straight to their mentorship.
  await page.context().clearCookies();
  const pat = await db.user.findUniqueOrThrow({ where: { id: paired.user.id } });
  await loginAs(page, pat);
  await page.goto(base);
  const own = card(page, "Spring cohort");
  await expect(own.getByText("You applied as a mentee: Matched")).toBeVisible();
  await expect(own.getByText("Mentees waiting")).toHaveCount(0);
  await own.getByRole("link", { name: /^Go to your mentorship/ }).click();
  await expect(page).toHaveURL(at(`/pairings/${pairing.id}`));
  await expect(page).toHaveTitle(/Your mentorship/);
});
