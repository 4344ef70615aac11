/**
 * Issue 18 in the browser: the matching board pages on the server. An admin with 30 waiting mentees sees the first
 * 25, goes to the next page and back (links and the back button), finds a mentee by name, and matches a mentee
 * from the second page; the mentors' list pages and searches too.
 */
import type { Page } from "@playwright/test";
import { test, expect, checkPage, LONG_JOURNEY } from "./fixtures";
import { createCohort, type CohortPerson } from "../factories/cohort";

const toast = (page: Page, text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text });

test("the admin pages through the waiting mentees, searches, and matches someone from page 2", async ({
  page,
  db,
  loginAs,
}) => {
  test.setTimeout(LONG_JOURNEY); // two pages checked with axe in three looks each, on a shared machine
  const { owner, group, program, mentees, mentors } = await createCohort(db, { mentees: 30, mentors: 12, capacity: 2 });
  const board = `/groups/${group.slug}/mentorship/${program.id}/matching`;
  await loginAs(page, owner);
  await page.goto(board);
  const waiting = page.getByRole("list", { name: "Waiting mentees" });
  await expect(waiting.getByRole("button")).toHaveCount(25);
  await expect(page.getByRole("heading", { name: "Waiting mentees (30)" })).toBeVisible();
  await expect(waiting.getByRole("button", { name: mentees[0]!.name })).toBeVisible();
  await expect(page.getByRole("link", { name: "Previous page" })).toHaveCount(0);
  // Ten mentors at a time, the next ten behind a link.
  const mentorList = page.getByRole("list", { name: "Mentors" }).locator(":scope > li");
  await expect(mentorList).toHaveCount(10);
  await checkPage(page, "matching-board-paged");

  // The next page holds the other five; the previous page and the back button both go back.
  const pages = page.getByRole("navigation", { name: "Pages of waiting mentees" });
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(waiting.getByRole("button")).toHaveCount(5);
  const late = mentees[27] as CohortPerson;
  await expect(waiting.getByRole("button", { name: late.name })).toBeVisible();
  await expect(waiting.getByRole("button", { name: mentees[0]!.name })).toHaveCount(0);
  await pages.getByRole("link", { name: "Previous page" }).click();
  await expect(waiting.getByRole("button")).toHaveCount(25);
  await page.goBack();
  await expect(waiting.getByRole("button")).toHaveCount(5);

  // On page 2, choose a mentee: their suggestions are ranked on the server; match the best one.
  await waiting.getByRole("button", { name: late.name }).click();
  await expect(page.getByRole("heading", { name: `Suggested mentors for ${late.name}` })).toBeVisible();
  await expect(page).toHaveURL(/[?&]after=/);
  const suggestions = page.getByRole("list", { name: `Suggestions for ${late.name}` }).locator(":scope > li");
  await expect(suggestions).toHaveCount(10);
  await expect(page.getByRole("button", { name: /^Show more/ })).toBeVisible();
  const best = (await suggestions.first().getAttribute("aria-label"))!;
  await page.getByRole("button", { name: `Match: ${best}` }).click();
  const dialog = page.getByRole("dialog", { name: `Match ${late.name} with ${best}?` });
  await dialog.getByRole("button", { name: "Match and introduce" }).click();
  await expect(toast(page, `Matched ${late.name} with ${best}. We've introduced them.`)).toBeVisible();
  await expect(waiting.getByRole("button")).toHaveCount(4);
  await expect(waiting.getByRole("button", { name: late.name })).toHaveCount(0);
  const pairing = await db.pairing.findFirstOrThrow({ where: { menteeApplicationId: late.applicationId } });
  expect(mentors.find((m) => m.applicationId === pairing.mentorApplicationId)?.name).toBe(best);

  // Searching by name finds a mentee on any page, and the search stays in the address.
  await page.goto(board);
  await page.getByLabel("Mentee name").fill(mentees[29]!.name);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(waiting.getByRole("button")).toHaveCount(1);
  await expect(waiting.getByRole("button", { name: mentees[29]!.name })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Mentee name")).toHaveValue(mentees[29]!.name);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(waiting.getByRole("button")).toHaveCount(25);

  // The mentors' list: the next ten, and a search by name.
  await page.getByRole("navigation", { name: "Pages of mentors" }).getByRole("link", { name: "Next mentors" }).click();
  await expect(mentorList).toHaveCount(2);
  await page.getByLabel("Mentor name").fill(mentors[3]!.name);
  await page.getByRole("button", { name: "Search mentors" }).click();
  await expect(mentorList).toHaveCount(1);
  await expect(mentorList.first()).toHaveAttribute("aria-label", mentors[3]!.name);
  await checkPage(page, "matching-board-searched");
});
