/**
 * Issue 6 in the browser: an admin drafts a whole cohort (30 mentees, 12 mentors), changes one pair's mentor and
 * introduction, survives a refusal without losing the edits, confirms, and both sides of the pair hear about it; a
 * single match from the board with its prefilled introduction; ending early and moving a mentee in the pairings
 * list; members get 404. axe checks each screen (light, dark, phone) and screenshots are saved.
 */
import type { Page } from "@playwright/test";
import { test, expect, checkPage, LONG_JOURNEY } from "./fixtures";
import { addMember } from "../factories/groups";
import { createPairing } from "../factories/mentorship";
import { createCohort, type CohortPerson } from "../factories/cohort";
import type { PrismaClient } from "@/lib/db/generated/client";

test.describe.configure({ timeout: LONG_JOURNEY }); // the longest journeys: see fixtures.ts

const toast = (page: Page, text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text });
const first = (name: string) => name.split(" ")[0]!;

/** A pairing made behind the page's back, as another admin's click would make it. */
async function pairBehindTheScenes(
  db: PrismaClient,
  program: { id: string },
  mentor: CohortPerson,
  mentee: CohortPerson,
  admin: { id: string },
) {
  await createPairing(
    db,
    program,
    { application: { id: mentor.applicationId }, user: mentor },
    { application: { id: mentee.applicationId }, user: mentee },
    admin,
  );
  await db.application.updateMany({
    where: { id: { in: [mentor.applicationId, mentee.applicationId] } },
    data: { state: "MATCHED" },
  });
}

test("the admin reviews a cohort draft of 30 mentees, changes a pair, confirms, and both sides are introduced", async ({
  page,
  db,
  loginAs,
}) => {
  const { owner, group, program, mentees, mentors } = await createCohort(db, { mentees: 30, mentors: 12, capacity: 3 });
  const byName = new Map([...mentees, ...mentors].map((p) => [p.name, p]));
  const base = `/groups/${group.slug}/mentorship/${program.id}`;
  await loginAs(page, owner);

  // The program page's manager bar leads to the board.
  await page.goto(base);
  const bar = page.getByRole("region", { name: "Program management" });
  await expect(bar.getByRole("link", { name: "Pairings" })).toHaveAttribute("href", `${base}/pairings`);
  await expect(bar.getByRole("link", { name: /^Match pairs\s*,\s*30 waiting$/ })).toBeVisible();
  await checkPage(page, "matching-program-manager-bar");
  await bar.getByRole("link", { name: /^Match pairs/ }).click();
  await expect(page.getByRole("heading", { name: "Match pairs", level: 2 })).toBeVisible();
  await expect(page.getByText("30 mentees waiting · 12 mentors with 36 free places · 0 active pairs")).toBeVisible();
  await page.getByRole("link", { name: "Draft the whole cohort" }).click();

  // The draft: a mentor for every mentee, each with a score and reasons in words.
  await expect(page.getByRole("heading", { name: "Cohort draft" })).toBeVisible();
  const rows = page.getByRole("list", { name: "Proposed pairs" }).locator(":scope > li");
  await expect(rows).toHaveCount(30);
  await expect(page.getByRole("button", { name: "Confirm 30 pairs" })).toBeEnabled();
  await expect(rows.first().getByRole("list", { name: "Why" })).toContainText(
    /shared topic|both speak|apart|same time/,
  );
  await checkPage(page, "matching-cohort-draft");

  // Swap the first pair's mentor: the score and the introduction follow the new mentor.
  const before = (await rows.first().getAttribute("aria-label"))!;
  const [menteeName] = before.split(" with ") as [string];
  await page.getByRole("button", { name: `Change mentor: ${menteeName}` }).click();
  const chooser = page.getByRole("dialog", { name: `Choose a mentor for ${menteeName}` });
  await chooser.getByRole("radio", { checked: false }).first().check();
  await chooser.getByRole("button", { name: "Use this mentor" }).click();
  await expect(chooser).toBeHidden();
  await expect(rows.first()).not.toHaveAttribute("aria-label", before);
  const swapped = (await rows.first().getAttribute("aria-label"))!;
  const newMentorName = swapped.split(" with ")[1]!;
  await page.getByRole("button", { name: `Edit introduction: ${swapped}` }).click();
  const intro = page.getByRole("textbox", { name: `Introduction for ${swapped}` });
  await expect(intro).toHaveValue(new RegExp(`^Hi ${first(menteeName)} and ${first(newMentorName)}, welcome to`));
  const edited = `Hi ${first(menteeName)} and ${first(newMentorName)}! You both care about good soap. Say hello here.`;
  await intro.fill(edited);

  // Untick one pair and tick it again: only ticked pairs are confirmed.
  const third = (await rows.nth(2).getAttribute("aria-label"))!;
  await page.getByRole("checkbox", { name: `Confirm ${third}` }).uncheck();
  await expect(page.getByRole("button", { name: "Confirm 29 pairs" })).toBeVisible();
  await page.getByRole("checkbox", { name: `Confirm ${third}` }).check();

  // Meanwhile another admin matches the second pair's mentee: nothing is confirmed, the pair is named, edits stay.
  const second = (await rows.nth(1).getAttribute("aria-label"))!;
  const [secondMentee, secondMentor] = second.split(" with ") as [string, string];
  await pairBehindTheScenes(db, program, byName.get(secondMentor)!, byName.get(secondMentee)!, owner);
  await page.getByRole("button", { name: "Confirm 30 pairs" }).click();
  await expect(page.getByTestId("form-error")).toContainText(
    `Nothing was confirmed. ${secondMentee} with ${secondMentor}: ${secondMentee} already has a mentor in this program.`,
  );
  await expect(rows.nth(1)).toContainText("already has a mentor in this program");
  await expect(rows.first()).toHaveAttribute("aria-label", swapped);
  await expect(intro).toHaveValue(edited);
  expect(await db.pairing.count({ where: { programId: program.id } })).toBe(1);

  // Remove that pair and confirm the rest: the pairings list opens with a toast.
  await page.getByRole("button", { name: `Remove: ${second}` }).click();
  await expect(page.getByRole("heading", { name: "Removed from the draft (1)" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm 29 pairs" }).click();
  await expect(page).toHaveURL(`${base}/pairings`);
  await expect(toast(page, "Confirmed 29 pairs. We've introduced everyone.")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Active\s*30$/ })).toBeVisible();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(30);
  await checkPage(page, "matching-pairings-list");

  // The swapped pair opens with the admin's edited introduction; both sides are told.
  const mentee = byName.get(menteeName)!;
  const mentor = byName.get(newMentorName)!;
  const pairing = await db.pairing.findFirstOrThrow({
    where: { menteeApplicationId: mentee.applicationId, state: "ACTIVE" },
    include: { thread: { include: { messages: { orderBy: { createdAt: "asc" }, take: 1 } } } },
  });
  expect(pairing.mentorApplicationId).toBe(mentor.applicationId);
  expect(pairing.thread?.messages[0]?.body).toBe(edited);
  await loginAs(page, mentee);
  await page.goto("/notifications");
  await expect(page.getByText(`Meet your mentor, ${newMentorName}`)).toBeVisible();
  await loginAs(page, mentor);
  await page.goto("/notifications");
  await expect(page.getByText(`Meet your mentee, ${menteeName}`)).toBeVisible();
});

test("a single match from the board: filters, suggestions with reasons, compare, exclusions, weights", async ({
  page,
  db,
  loginAs,
}) => {
  const { owner, group, program, mentees, mentors } = await createCohort(db, {
    mentees: 4,
    mentors: 3,
    capacity: [2, 2, 1],
  });
  const [ada, ben, , late] = mentees as [CohortPerson, CohortPerson, CohortPerson, CohortPerson];
  const [m0, m1, m2] = mentors as [CohortPerson, CohortPerson, CohortPerson];
  await pairBehindTheScenes(db, program, m2, late, owner);
  const board = `/groups/${group.slug}/mentorship/${program.id}/matching`;
  await loginAs(page, owner);
  await page.goto(board);
  const waiting = page.getByRole("list", { name: "Waiting mentees" });
  await expect(waiting.getByRole("button")).toHaveCount(3);
  await expect(page.getByRole("list", { name: "Mentors" }).getByRole("listitem", { name: m2.name })).toContainText(
    "Full: 1 of 1 places taken",
  );
  await checkPage(page, "matching-board");

  // Filters narrow both sides and live in the address.
  const topic = (await db.application.findUniqueOrThrow({ where: { id: ben.applicationId } })).topics[0]!;
  await page.getByLabel("Topic", { exact: true }).selectOption(topic);
  await expect(waiting.getByRole("button", { name: ben.name })).toBeVisible();
  await expect(waiting.getByRole("button", { name: ada.name })).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`topic=${encodeURIComponent(topic).replaceAll("%20", "\\+")}`));
  await page.reload();
  await expect(page.getByLabel("Topic", { exact: true })).toHaveValue(topic);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(waiting.getByRole("button")).toHaveCount(3);

  // Choosing a mentee ranks the mentors with a place for them, with reasons in words.
  await waiting.getByRole("button", { name: ada.name }).click();
  await expect(page.getByRole("heading", { name: `Suggested mentors for ${ada.name}` })).toBeVisible();
  const suggestions = page.getByRole("list", { name: `Suggestions for ${ada.name}` }).locator(":scope > li");
  await expect(suggestions).toHaveCount(2);
  await expect(suggestions.first()).toHaveAttribute("aria-label", m0.name);
  await expect(suggestions.first()).toContainText("Best fit");
  await expect(suggestions.first()).toContainText("2 shared topics: Cold process, Selling at markets");
  await expect(suggestions.first()).toContainText("both speak English and Spanish");
  await expect(suggestions.first()).toContainText("2 of 2 places free");

  // Compare shows both people's answers side by side.
  await page.getByRole("button", { name: `Compare: ${m0.name}` }).click();
  const compare = page.getByRole("dialog", { name: `${ada.name} and ${m0.name}` });
  await expect(compare.getByRole("region", { name: `Mentee: ${ada.name}` })).toContainText(
    "Which skill would you like to build, and where are you with it today?",
  );
  await expect(compare.getByRole("region", { name: `Mentor: ${m0.name}` })).toContainText(
    "Which skills can you teach, and how did you learn them?",
  );
  await checkPage(page, "matching-compare");
  await compare.getByRole("button", { name: "Close" }).first().click();

  // "Don't suggest", then undo from the toast.
  await page.getByRole("button", { name: `Don't suggest: ${m1.name}` }).click();
  await expect(toast(page, `${m1.name} won't be suggested for ${ada.name}.`)).toBeVisible();
  await expect(suggestions).toHaveCount(1);
  await expect(page.getByRole("list", { name: `Not suggested for ${ada.name}` })).toContainText(m1.name);
  expect(await db.matchExclusion.count({ where: { programId: program.id } })).toBe(1);
  await toast(page, `${m1.name} won't be suggested`).getByRole("button", { name: "Undo" }).click();
  await expect(toast(page, `${m1.name} can be suggested for ${ada.name} again.`)).toBeVisible();
  await expect(suggestions).toHaveCount(2);
  expect(await db.matchExclusion.count({ where: { programId: program.id } })).toBe(0);

  // Weights, in words, saved for the program.
  await page.getByRole("button", { name: "Ranking weights" }).click();
  await page.getByRole("slider", { name: "Shared topics" }).fill("5");
  await expect(page.getByText("Counts most")).toBeVisible();
  await page.getByRole("button", { name: "Save weights" }).click();
  await expect(toast(page, "Weights saved.")).toBeVisible();
  await expect
    .poll(async () => (await db.program.findUniqueOrThrow({ where: { id: program.id } })).matchingWeights)
    .toMatchObject({ topics: 5 });
  await page.getByRole("button", { name: "Hide ranking weights" }).click();

  // Match with the prefilled introduction, edited.
  await page.getByRole("button", { name: `Match: ${m0.name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Match ${ada.name} with ${m0.name}?` });
  const intro = dialog.getByRole("textbox", { name: "Introduction" });
  await expect(intro).toHaveValue(new RegExp(`^Hi ${first(ada.name)} and ${first(m0.name)}, welcome to`));
  await expect(intro).toHaveValue(/You share an interest in Cold process and Selling at markets\./);
  await checkPage(page, "matching-match-dialog");
  const text = `${await intro.inputValue()}\n\nPS: the circle meets on Thursdays too.`;
  await intro.fill(text);
  await dialog.getByRole("button", { name: "Match and introduce" }).click();
  await expect(toast(page, `Matched ${ada.name} with ${m0.name}. We've introduced them.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(waiting.getByRole("button")).toHaveCount(2);
  await expect(page.getByRole("heading", { name: `Suggested mentors for ${ben.name}` })).toBeFocused();
  const made = await db.pairing.findFirstOrThrow({
    where: { menteeApplicationId: ada.applicationId },
    include: { thread: { include: { messages: true } } },
  });
  expect(made.mentorApplicationId).toBe(m0.applicationId);
  expect(made.thread?.messages.map((m) => m.body)).toEqual([text]);

  // Another admin matches Ben first: the dialog says so and keeps the text.
  const target = (await page
    .getByRole("list", { name: `Suggestions for ${ben.name}` })
    .locator(":scope > li")
    .first()
    .getAttribute("aria-label"))!;
  await page.getByRole("button", { name: `Match: ${target}` }).click();
  const second = page.getByRole("dialog", { name: `Match ${ben.name} with ${target}?` });
  await expect(second.getByRole("textbox", { name: "Introduction" })).toHaveValue(/welcome to/);
  await pairBehindTheScenes(db, program, target === m0.name ? m1 : m0, ben, owner);
  await second.getByRole("button", { name: "Match and introduce" }).click();
  await expect(second.getByRole("alert")).toHaveText(`${ben.name} already has a mentor in this program.`);
  await expect(second.getByRole("textbox", { name: "Introduction" })).toHaveValue(/welcome to/);
  await second.getByRole("button", { name: "Cancel" }).click();
});

test("the pairings list: end a pairing early (reason private) and move a mentee", async ({ page, db, loginAs }) => {
  const { owner, group, program, mentees, mentors } = await createCohort(db, {
    mentees: 2,
    mentors: 3,
    capacity: 2,
    state: "RUNNING",
  });
  const [ada, ben] = mentees as [CohortPerson, CohortPerson];
  const [m0, m1, m2] = mentors as [CohortPerson, CohortPerson, CohortPerson];
  await pairBehindTheScenes(db, program, m0, ada, owner);
  await pairBehindTheScenes(db, program, m1, ben, owner);
  const base = `/groups/${group.slug}/mentorship/${program.id}/pairings`;
  await loginAs(page, owner);
  await page.goto(base);
  await expect(page.getByRole("link", { name: /^Active\s*2$/ })).toBeVisible();

  // End early: the reason is required and stays with the admins; Ada goes to the waitlist.
  await page.getByRole("button", { name: `End early: ${ada.name} and ${m0.name}` }).click();
  const end = page.getByRole("dialog", { name: `End ${ada.name} and ${m0.name}'s pairing?` });
  await end.getByRole("button", { name: "End pairing" }).click();
  await expect(end.getByText("Say why the pairing ends (only admins will see it).")).toBeVisible();
  await end.getByLabel("Reason").fill("They could not find a time that worked for both.");
  await end.getByRole("radio", { name: /^Waitlist/ }).check();
  await checkPage(page, "matching-end-dialog");
  await end.getByRole("button", { name: "End pairing" }).click();
  await expect(toast(page, `Ended the pairing of ${ada.name} and ${m0.name}.`)).toBeVisible();
  const adaRow = page.getByRole("row").filter({ hasText: ada.name });
  await expect(adaRow).toContainText("Ended early");
  await expect(adaRow).toContainText("Private to admins: They could not find a time that worked for both.");
  expect((await db.application.findUniqueOrThrow({ where: { id: ada.applicationId } })).state).toBe("WAITLISTED");

  // Move Ben to another mentor: ranked choices, a prefilled introduction, one step.
  await page.getByRole("button", { name: `Move mentee: ${ben.name}` }).click();
  const move = page.getByRole("dialog", { name: `Move ${ben.name} to another mentor` });
  await move.getByRole("radio", { name: new RegExp(`^${m2.name}`) }).check();
  const intro = move.getByRole("textbox", { name: "Introduction" });
  await expect(intro).toHaveValue(new RegExp(`^Hi ${first(ben.name)} and ${first(m2.name)}, welcome to`));
  await checkPage(page, "matching-move-dialog");
  await move.getByRole("button", { name: `Move ${first(ben.name)}` }).click();
  await expect(toast(page, `Moved ${ben.name} to ${m2.name}. We've introduced them.`)).toBeVisible();
  await expect(page.getByRole("link", { name: /^Active\s*1$/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Ended early\s*2$/ })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: m2.name })).toContainText("Active");
  const moved = await db.pairing.findFirstOrThrow({
    where: { menteeApplicationId: ben.applicationId, state: "ACTIVE" },
  });
  expect(moved.mentorApplicationId).toBe(m2.applicationId);

  // Search by name, and the cards on a phone.
  await page.getByLabel("Search by name").fill(ben.name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(2);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("list", { name: "Pairings" }).locator(":scope > li")).toHaveCount(2);
});

test("members get 404; a closed program explains why nothing can be matched; an empty board says what to do", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const closed = await createCohort(db, { mentees: 1, mentors: 1, state: "CLOSED" });
  const member = await makeUser({ name: "Mo Member" });
  await addMember(db, closed.group, member);
  const base = `/groups/${closed.group.slug}/mentorship/${closed.program.id}`;
  await loginAs(page, member);
  for (const path of ["/matching", "/matching/cohort", "/pairings"]) {
    const response = await page.goto(`${base}${path}`);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();

  await loginAs(page, closed.owner);
  await page.goto(`${base}/matching`);
  await expect(page.getByText("This program is closed, so no new pairs can be made.")).toBeVisible();
  await page.getByRole("button", { name: closed.mentees[0]!.name }).click();
  await expect(page.getByRole("heading", { name: `Suggested mentors for ${closed.mentees[0]!.name}` })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Match:/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Draft the whole cohort" })).toHaveCount(0);

  const empty = await createCohort(db, { mentees: 0, mentors: 2 });
  await loginAs(page, empty.owner);
  await page.goto(`/groups/${empty.group.slug}/mentorship/${empty.program.id}/matching`);
  await expect(page.getByText("No mentees are waiting for a mentor")).toBeVisible();
  await expect(page.getByRole("link", { name: "Review applications" }).first()).toBeVisible();
  await checkPage(page, "matching-board-empty");
});
