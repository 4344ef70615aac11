/**
 * Issue 19, items 1-3 in the browser: the admin sets the program's hard rules on its settings; the board's cards say
 * what speaks against a pair (a warning sign, in amber, in a list named "Against"), not only what speaks for it; and
 * the cohort draft says why some mentees have no possible mentor, in English and in Arabic. axe checks each screen
 * (light, dark, phone) and screenshots are saved.
 */
import { test, expect, checkPage, LONG_JOURNEY } from "./fixtures";
import { createCohort } from "../factories/cohort";
import { createApplicant } from "../factories/matching";

test.describe.configure({ timeout: LONG_JOURNEY });

test("drawbacks on the board, hard rules on the program's settings, and why mentees have no mentor", async ({
  page,
  db,
  loginAs,
}) => {
  const { owner, group, program } = await createCohort(db, { mentees: 4, mentors: 3, capacity: [2, 2, 2] });
  // Four mentees who speak only Tigrinya (no mentor does), and one far from every mentor's clock.
  for (const name of ["Abeba Tesfay", "Berhane Kidane", "Dawit Haile", "Eden Gebre"])
    await createApplicant(db, program, name, "MENTEE", { languages: ["Tigrinya"], topics: ["Cold process"] });
  await createApplicant(db, program, "Kiran Far", "MENTEE", {
    languages: ["English"],
    topics: ["Cold process", "Packaging"],
    timeZone: "Asia/Kolkata",
    cadence: "WEEKLY",
  });
  const base = `/groups/${group.slug}/mentorship/${program.id}`;
  await loginAs(page, owner);

  // The program's settings: the Matching tab, shared language on by default; a time limit is chosen and saved.
  await page.goto(`${base}/edit?tab=matching`);
  await expect(page.getByRole("tab", { name: "Matching" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("checkbox", { name: "Require a shared language" })).toBeChecked();
  await page.getByLabel("Largest time difference").selectOption("12");
  // The program's topics can be required to overlap (none is, here: the cohort's draft must stay as it is).
  await expect(page.getByRole("checkbox", { name: "Lye safety" })).not.toBeChecked();
  await checkPage(page, "matching-rules-tab");
  await page.getByRole("button", { name: "Save rules" }).click();
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Matching rules saved." })).toBeVisible();
  const stored = await db.program.findUniqueOrThrow({ where: { id: program.id } });
  expect(stored.matchingRules).toEqual({ sharedLanguage: true, maxHoursApart: 12, requiredTopics: [] });

  // The board: every mentor is more than 4 hours from Kolkata, and each card says so, apart from the strengths.
  await page.goto(`${base}/matching`);
  await page.getByRole("list", { name: "Waiting mentees" }).getByRole("button", { name: "Kiran Far" }).click();
  const cards = page.getByRole("list", { name: "Suggestions for Kiran Far" }).locator(":scope > li");
  await expect(cards).toHaveCount(3);
  for (const card of await cards.all())
    await expect(card.getByRole("list", { name: "Against" })).toContainText(/h apart: few shared waking hours/);
  await expect(cards.first().getByRole("list", { name: "Why" })).toContainText("both speak English");
  await checkPage(page, "matching-board-drawbacks");

  // The cohort draft: the four Tigrinya speakers have no possible mentor, in one line that says why.
  await page.goto(`${base}/matching/cohort`);
  const why = page.getByRole("region", { name: "4 mentees have no possible mentor" });
  await expect(why).toContainText("4 mentees: no mentor with a place who speaks Tigrinya");
  await expect(page.getByRole("list", { name: "Proposed pairs" }).locator(":scope > li")).toHaveCount(5);
  await checkPage(page, "matching-cohort-unplaced");

  // In Arabic, right to left: the same line, and the drawbacks on the board.
  await db.user.update({ where: { id: owner.id }, data: { locale: "ar" } });
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("region", { name: "4 متدرّبين بلا مرشد ممكن" })).toContainText("Tigrinya");
  await checkPage(page, "matching-cohort-unplaced-ar");
  await page.goto(`${base}/matching`);
  await page.getByRole("button", { name: "Kiran Far" }).first().click();
  await expect(page.getByRole("list", { name: "ما يُحسب ضدّ الثنائي" }).first()).toContainText("ساعات يقظة مشتركة قليلة");
  await checkPage(page, "matching-board-drawbacks-ar");
});
