/**
 * The pair's clock and space in the browser (decision 015):
 * - a mentor in Tokyo and a mentee in Chicago read one due instant, each in their own zone, with the time (and how
 *   the other reads it) where their days differ; a pair on the same day reads just the day;
 * - a pair matched while the program still takes applications waits for its start ("Your first step opens when …"),
 *   and the admin's "Start program" opens the first step, due a week later;
 * - on a phone the current step's check-in field is on the first screen, and the introduction is a disclosure that
 *   opens with the keyboard.
 * axe checks each page (light, dark, phone) and screenshots are saved, dark phone ones too.
 */
import type { Browser, Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/db/generated/client";
import { test, expect, checkPage, snap } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createApplication, createCheckIn, createPairing, createProgram } from "../factories/mentorship";

const WEEK = 7 * 24 * 60 * 60 * 1000;
// A step, wherever it is on the page: the list item holding its title.
const stepItem = (page: Page, title: string) =>
  page.getByRole("listitem").filter({ has: page.getByText(title, { exact: true }) });

type Person = { id: string; sessionVersion: number; name: string };

async function world(
  db: PrismaClient,
  admin: Person,
  members: Person[],
  options: { state: "OPEN" | "RUNNING"; steps?: { title: string; dueWeek: number }[] },
) {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const group = await createGroup(db, admin, {
    name: `Soap Circle ${id}`,
    slug: `soap-${id}`,
    mentorshipEnabled: true,
  });
  for (const member of members) await addMember(db, group, member);
  const program = await createProgram(db, group, admin, {
    name: `Soap school ${id}`,
    state: options.state,
    steps: options.steps ?? [
      { title: "Meet each other", dueWeek: 1 },
      { title: "Agree on a goal", dueWeek: 2 },
      { title: "Look back, look ahead", dueWeek: 4 },
    ],
  });
  const pair = async (mentor: Person, mentee: Person, matchedAt?: Date, introduction?: string) => {
    const pairing = await createPairing(
      db,
      program,
      { application: await createApplication(db, program, mentor, "MENTOR", { state: "MATCHED" }), user: mentor },
      { application: await createApplication(db, program, mentee, "MENTEE", { state: "MATCHED" }), user: mentee },
      admin,
    );
    if (matchedAt || introduction)
      await db.pairing.update({
        where: { id: pairing.id },
        data: {
          ...(matchedAt ? { startedAt: matchedAt, lastActivityAt: matchedAt } : {}),
          ...(introduction ? { introduction } : {}),
        },
      });
    return pairing;
  };
  return { group, program, pair };
}

/** checkPage's phone screenshot is in dark (its last scheme): the light one too, to look at both. */
async function phoneLight(page: Page, name: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
  await page.waitForFunction(() => document.documentElement.classList.contains("light"));
  await snap(page, `${name}-phone-light`);
  if (size) await page.setViewportSize(size);
}

async function signedIn(
  browser: Browser,
  loginAs: (p: Page, u: Person) => Promise<void>,
  user: Person,
  timezoneId: string,
) {
  const page = await (await browser.newContext({ timezoneId })).newPage();
  await loginAs(page, user);
  return page;
}

test("partners in Tokyo and Chicago read one due instant, each in their own zone", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  test.setTimeout(240_000);
  const admin = await makeUser({ name: "Amara Okafor" });
  const kenji = await makeUser({ name: "Kenji Watanabe", timeZone: "Asia/Tokyo" });
  const sam = await makeUser({ name: "Sam Rivera", timeZone: "America/Chicago" });
  const ana = await makeUser({ name: "Ana Ruiz", timeZone: "Europe/Madrid" });
  const rui = await makeUser({ name: "Rui Costa", timeZone: "Europe/Lisbon" });
  const { group, program, pair } = await world(db, admin, [kenji, sam, ana, rui], { state: "RUNNING" });
  // Matched at 15:00 UTC: step 1 is due at 15:00 UTC a week later, midnight in Tokyo and 9:00 in the Chicago morning.
  const matchedAt = new Date("2026-11-30T15:00:00.000Z");
  const due1 = new Date(matchedAt.getTime() + WEEK).toISOString();
  const due2 = new Date(matchedAt.getTime() + 2 * WEEK).toISOString();
  const pairing = await pair(kenji, sam, matchedAt);
  const neighbours = await pair(ana, rui, matchedAt);

  const kenjiPage = await signedIn(browser, loginAs, kenji, "Asia/Tokyo");
  const samPage = await signedIn(browser, loginAs, sam, "America/Chicago");
  for (const [who, reader, mine, partners] of [
    ["Kenji", kenjiPage, "Tue, Dec 8, 12:00 AM (your time)", "That's Mon, Dec 7, 9:00 AM for Sam."],
    ["Sam", samPage, "Mon, Dec 7, 9:00 AM (your time)", "That's Tue, Dec 8, 12:00 AM for Kenji."],
  ] as const) {
    await reader.goto(`/pairings/${pairing.id}`);
    const step1 = stepItem(reader, "Meet each other");
    await expect(step1, who).toHaveAttribute("aria-current", "step");
    await expect(step1.getByText(`Due ${mine}`), who).toBeVisible();
    await expect(step1.getByText(partners), who).toBeVisible();
    // One instant, whoever reads it.
    await expect(step1.locator("time").first(), who).toHaveAttribute("datetime", due1);
    await expect(stepItem(reader, "Agree on a goal").locator("time").first(), who).toHaveAttribute("datetime", due2);
  }
  await expect(stepItem(kenjiPage, "Agree on a goal").getByText("Due Tue, Dec 15, 12:00 AM (your time)")).toBeVisible();
  await expect(stepItem(samPage, "Agree on a goal").getByText("Due Mon, Dec 14, 9:00 AM (your time)")).toBeVisible();
  await checkPage(kenjiPage, "pair-clock-1-space-tokyo");
  await phoneLight(kenjiPage, "pair-clock-1-space-tokyo");

  // My mentorships says the same.
  for (const [who, reader, mine] of [
    ["Kenji", kenjiPage, "Tue, Dec 8, 12:00 AM (your time)"],
    ["Sam", samPage, "Mon, Dec 7, 9:00 AM (your time)"],
  ] as const) {
    await reader.goto("/mentorships");
    const card = reader.getByRole("article").filter({ hasText: "Next: Meet each other" });
    await expect(
      card.getByText(new RegExp(`^(Due|Overdue since) ${mine.replace(/[()]/g, "\\$&")}$`)),
      who,
    ).toBeVisible();
    await expect(card.locator("time"), who).toHaveAttribute("datetime", due1);
  }
  await checkPage(samPage, "pair-clock-2-my-mentorships-chicago");
  await phoneLight(samPage, "pair-clock-2-my-mentorships-chicago");

  // Madrid and Lisbon share the day: just the day, no time, no reading of Rui's.
  const anaPage = await signedIn(browser, loginAs, ana, "Europe/Madrid");
  await anaPage.goto(`/pairings/${neighbours.id}`);
  const anaStep1 = stepItem(anaPage, "Meet each other");
  await expect(anaStep1.getByText("Due Mon, Dec 7", { exact: true })).toBeVisible();
  await expect(anaStep1.getByText(/your time|That.s /)).toHaveCount(0);

  // The admins' dashboard reads the same instant in the admin's zone (UTC): with the time where Kenji's day
  // differs from theirs, the day alone for Ana and Rui.
  await loginAs(page, admin);
  await page.goto(`/groups/${group.slug}/mentorship/${program.id}/progress`);
  const rows = page.getByRole("table", { name: /Pairs/ }).getByRole("row");
  await expect(
    rows.filter({ hasText: "Kenji Watanabe" }).getByText("Due Mon, Dec 7, 3:00 PM (your time)"),
  ).toBeVisible();
  await expect(rows.filter({ hasText: "Ana Ruiz" }).getByText("Due Mon, Dec 7", { exact: true })).toBeVisible();
});

test("a pair matched while the program is open waits for its start; starting it opens the first step", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  test.setTimeout(240_000);
  const admin = await makeUser({ name: "Amara Okafor" });
  const diego = await makeUser({ name: "Diego Ramírez", timeZone: "America/Mexico_City" });
  const lina = await makeUser({ name: "Lina Haddad", timeZone: "Asia/Beirut" });
  const { group, program, pair } = await world(db, admin, [diego, lina], { state: "OPEN" });
  const pairing = await pair(diego, lina);
  const space = `/pairings/${pairing.id}`;
  await db.programStep.update({
    where: { id: program.steps[0]!.id },
    data: { guidance: "Say hello, share why you joined and agree how you'll keep in touch." },
  });

  // Lina reads who her mentor is and what is ahead, but nothing is due and there is nothing to write yet.
  const linaPage = await signedIn(browser, loginAs, lina, "Asia/Beirut");
  await linaPage.goto(space);
  await expect(linaPage.getByRole("heading", { level: 1, name: "Your mentor, Diego Ramírez" })).toBeVisible();
  await expect(
    linaPage.getByRole("heading", { name: `Your first step opens when ${program.name} starts` }),
  ).toBeVisible();
  await expect(linaPage.getByText("Steps start with the program")).toBeVisible();
  await expect(linaPage.getByLabel("Your reflection")).toHaveCount(0);
  await expect(linaPage.getByText(/^Due /)).toHaveCount(0);
  await expect(stepItem(linaPage, "Meet each other")).not.toHaveAttribute("aria-current", "step");
  await stepItem(linaPage, "Meet each other").getByText("Read the guidance").click();
  await expect(linaPage.getByText("Say hello, share why you joined")).toBeVisible();
  await checkPage(linaPage, "pair-clock-3-space-waiting");
  await phoneLight(linaPage, "pair-clock-3-space-waiting");
  await linaPage.goto("/mentorships");
  const card = linaPage.getByRole("article").filter({ hasText: "Your mentor, Diego Ramírez" });
  await expect(card.getByText(`Opens when ${program.name} starts`)).toBeVisible();
  await expect(card.getByText("Awaiting you")).toHaveCount(0);
  await checkPage(linaPage, "pair-clock-4-my-mentorships-waiting");
  await phoneLight(linaPage, "pair-clock-4-my-mentorships-waiting");

  // The admin starts the program: the clock starts now, for both of them.
  await loginAs(page, admin);
  await page.goto(`/groups/${group.slug}/mentorship/${program.id}/edit`);
  await page.getByRole("button", { name: "Start program" }).click();
  await expect(page.getByText("Pairs are working through the steps.", { exact: false })).toBeVisible();
  const { startedAt } = await db.program.findUniqueOrThrow({ where: { id: program.id } });
  const due1 = new Date(startedAt!.getTime() + WEEK).toISOString();

  await linaPage.goto(space);
  const step1 = stepItem(linaPage, "Meet each other");
  await expect(step1).toHaveAttribute("aria-current", "step");
  await expect(step1.getByLabel("Your reflection")).toBeVisible();
  await expect(step1.locator("time").first()).toHaveAttribute("datetime", due1);
  await expect(linaPage.getByRole("heading", { name: /Your first step opens/ })).toHaveCount(0);
  await linaPage.goto("/mentorships");
  await expect(card.getByText("Awaiting you")).toBeVisible();
  await expect(card.locator("time")).toHaveAttribute("datetime", due1);
});

test("on a phone the current step's check-in comes first; the introduction folds below and opens with the keyboard", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  test.setTimeout(180_000);
  const admin = await makeUser({ name: "Amara Okafor" });
  const mentor = await makeUser({ name: "Haruto Sato", timeZone: "Asia/Tokyo" });
  const mentee = await makeUser({ name: "Keiko Tanaka", timeZone: "Europe/London" });
  const { program, pair } = await world(db, admin, [mentor, mentee], {
    state: "RUNNING",
    steps: [
      { title: "Meet each other", dueWeek: 1 },
      { title: "Agree on a goal", dueWeek: 2 },
      { title: "Your first batch", dueWeek: 3 },
      { title: "Look back, look ahead", dueWeek: 4 },
    ],
  });
  const introduction = [
    "Keiko, meet Haruto! Haruto has made cold process soap for twelve years and sells at the spring market.",
    "Keiko joined the circle in March and would love a hand with lye safety and her first real batch.",
    "You both mentioned weekend mornings. Say hello, agree how you'll talk, and enjoy it!",
  ].join("\n\n");
  const pairing = await pair(mentor, mentee, new Date(Date.now() - 17 * 24 * 3_600_000), introduction);
  // Steps 1 and 2 done, a goal agreed; step 3 (long guidance, three prompts) is current.
  for (const step of program.steps.slice(0, 2))
    for (const user of [mentor, mentee]) await createCheckIn(db, pairing, step, user);
  await db.pairing.update({
    where: { id: pairing.id },
    data: { goal: "Make a first batch of cold process soap on my own, with the lye handled safely." },
  });
  await db.programStep.update({
    where: { id: program.steps[2]!.id },
    data: {
      guidance:
        "Make a small batch together, by video or side by side. Go slowly: goggles and gloves on, lye into water, never the other way round. Afterwards, write down what surprised you.",
      prompts: ["What went as planned?", "What would you change next time?", "What do you want to try next?"],
    },
  });

  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(page, mentee);
  await page.goto(`/pairings/${pairing.id}`);
  const current = stepItem(page, "Your first batch");
  await expect(current).toHaveAttribute("aria-current", "step");
  const field = current.getByLabel("Your reflection");
  await expect(field).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = await field.boundingBox();
  test.info().annotations.push({ type: "check-in field top (px, 390 × 844)", description: String(Math.round(box!.y)) });
  expect(box!.y, "the check-in field's top, from the top of the page").toBeLessThan(844);
  // What a phone shows before any scrolling.
  await page.screenshot({ path: "test-results/screenshots/pair-clock-5-space-phone-first-screen.png" });

  // What came before is below, the latest step open, earlier ones folded.
  await expect(page.getByRole("heading", { name: "Done so far" })).toBeVisible();
  await expect(stepItem(page, "Agree on a goal").getByRole("heading", { name: "Haruto's check-in" })).toBeVisible();
  await expect(stepItem(page, "Meet each other").getByRole("heading", { name: "Haruto's check-in" })).toBeHidden();

  // The introduction is a disclosure, folded; the keyboard opens it.
  const words = page.getByText("Keiko, meet Haruto!", { exact: false });
  await expect(words).toBeHidden();
  const summary = page.locator("summary").filter({ hasText: "Introduction from the admins" });
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(words).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(words).toBeHidden();

  await page.evaluate(() => window.scrollTo(0, 0));
  await checkPage(page, "pair-clock-5-space");
  await phoneLight(page, "pair-clock-5-space");
});
