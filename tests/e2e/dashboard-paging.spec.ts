/**
 * Issue 18 in the browser: the progress dashboard shows one page of pairs (the figures still count them all), pages
 * through them with links that keep the sort, searches and filters on the server, and downloads every pair as CSV.
 * A member of the group gets 404. axe checks each page (light, dark, phone) and screenshots are saved.
 */
import type { Page } from "@playwright/test";
import { test, expect, checkPage, LONG_JOURNEY } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createApplication, createCheckIn, createPairing, createProgram } from "../factories/mentorship";
import { createUser } from "../factories/users";

const PAIRS = 30;
const pad = (n: number) => String(n).padStart(2, "0");

/** The mentors' names in the table (desktop), in order. */
const mentorsShown = (page: Page) =>
  page.getByRole("region", { name: "Pairs" }).getByRole("table").getByRole("rowheader").allTextContents();

test("an admin pages, sorts, searches and filters the pairs of a large program", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  test.setTimeout(LONG_JOURNEY);
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const admin = await makeUser({ name: "Amara Okafor" });
  const member = await makeUser({ name: "Mo Member" });
  const group = await createGroup(db, admin, { name: `Big Circle ${id}`, slug: `big-${id}`, mentorshipEnabled: true });
  await addMember(db, group, member);
  const program = await createProgram(db, group, admin, {
    name: `Big school ${id}`,
    state: "RUNNING",
    steps: [
      { title: "Meet each other", dueWeek: 1 },
      { title: "Agree on a goal", dueWeek: 2 },
    ],
  });
  for (let i = 1; i <= PAIRS; i++) {
    const mentor = await createUser(db, { name: `Mentor ${pad(i)}`, password: null });
    const mentee = await createUser(db, { name: `Mentee ${pad(i)}`, password: null });
    for (const user of [mentor, mentee]) await addMember(db, group, user);
    const pairing = await createPairing(
      db,
      program,
      { application: await createApplication(db, program, mentor, "MENTOR", { state: "MATCHED" }), user: mentor },
      { application: await createApplication(db, program, mentee, "MENTEE", { state: "MATCHED" }), user: mentee },
      admin,
    );
    // The later the pair, the more recent its activity (the default order); every tenth has gone quiet.
    await db.pairing.update({
      where: { id: pairing.id },
      data: {
        lastActivityAt: new Date(Date.now() - (PAIRS - i) * 3_600_000),
        ...(i % 10 === 0 ? { stalledAt: new Date() } : {}),
      },
    });
    await db.thread.update({
      where: { pairingId: pairing.id },
      data: { lastMessageAt: new Date(Date.now() - 40 * 86_400_000) },
    });
    if (i <= 3)
      for (const user of [mentor, mentee]) await createCheckIn(db, pairing, program.steps[0]!, user, { rating: 5 });
  }
  const dashboard = `/groups/${group.slug}/mentorship/${program.id}/progress`;

  // A member of the group may not see it.
  await loginAs(page, member);
  expect((await page.goto(dashboard))?.status()).toBe(404);

  // 1. The first page: 25 pairs, latest activity first; the tiles count all 30.
  await loginAs(page, admin);
  await page.goto(dashboard);
  const pairs = page.getByRole("region", { name: "Pairs" });
  await expect(pairs.getByText("1–25 of 30 pairs").first()).toBeVisible();
  expect(await mentorsShown(page)).toEqual(Array.from({ length: 25 }, (_, i) => `Mentor ${pad(PAIRS - i)}`));
  await expect(page.getByRole("definition").first()).toHaveText("30");
  await expect(page.getByRole("list", { name: "Active pairs by steps done" })).toContainText("3 pairs");
  await checkPage(page, "dashboard-paging-first");

  // 2. The next page has the other five, and the way back.
  await pairs.getByRole("link", { name: "Next" }).first().click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(pairs.getByText("26–30 of 30 pairs").first()).toBeVisible();
  expect(await mentorsShown(page)).toEqual(["Mentor 05", "Mentor 04", "Mentor 03", "Mentor 02", "Mentor 01"]);
  await expect(pairs.getByRole("link", { name: "Next" })).toHaveCount(0);
  await checkPage(page, "dashboard-paging-second");
  await pairs.getByRole("link", { name: "Previous" }).first().click();
  await expect(pairs.getByText("1–25 of 30 pairs").first()).toBeVisible();

  // 3. Sorting by mentor starts again at page 1 and keeps the sort from page to page.
  const mentorHeader = pairs.getByRole("columnheader", { name: /^Mentor\b/ });
  await mentorHeader.getByRole("link").click();
  await expect(page).toHaveURL(/sort=mentor/);
  await expect(mentorHeader).toHaveAttribute("aria-sort", "ascending");
  expect((await mentorsShown(page))[0]).toBe("Mentor 01");
  await pairs.getByRole("link", { name: "Next" }).first().click();
  await expect(pairs.getByText("26–30 of 30 pairs").first()).toBeVisible();
  expect(await mentorsShown(page)).toEqual(["Mentor 26", "Mentor 27", "Mentor 28", "Mentor 29", "Mentor 30"]);

  // 4. A search, on the server: one pair, found by the mentee's name.
  await page.getByLabel("Search by name").fill("mentee 07");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(pairs.getByText("1–1 of 1 pair").first()).toBeVisible();
  expect(await mentorsShown(page)).toEqual(["Mentor 07"]);
  await expect(pairs.getByRole("navigation", { name: "Pages of pairs" }).first()).not.toContainText("Next");

  // 5. The stalled ones only: three, with their flag.
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(pairs.getByText("1–25 of 30 pairs").first()).toBeVisible();
  await page.getByLabel("Stalled", { exact: true }).selectOption("true");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(pairs.getByText("1–3 of 3 pairs").first()).toBeVisible();
  expect(await mentorsShown(page)).toEqual(["Mentor 10", "Mentor 20", "Mentor 30"]);
  await checkPage(page, "dashboard-paging-stalled");

  // 6. Nothing matches: the empty state, and the way out.
  await page.getByLabel("Search by name").fill("nobody at all");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No pairs match these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(pairs.getByText("1–25 of 30 pairs").first()).toBeVisible();

  // 7. The CSV has every pair, not the page.
  const href = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines).toHaveLength(PAIRS + 1);
  expect(
    lines
      .slice(1)
      .map((l) => l.split(",")[0])
      .sort(),
  ).toEqual(Array.from({ length: PAIRS }, (_, i) => `Mentor ${pad(i + 1)}`));

  // 8. The page's size is bounded: one page of rows whatever the program's size, and each row is sent once and
  // lean (it was twice — a table row and a phone card — each with its rendered tree in the page's data too).
  const bytes = async (url: string) => {
    const html = await (await page.request.get(url)).text();
    return Buffer.byteLength(html);
  };
  const full = await bytes(dashboard); // 25 rows
  const few = await bytes(`${dashboard}?stalled=true`); // 3 rows
  const perRow = (full - few) / 22;
  console.log(`dashboard HTML: ${full} bytes with 25 rows, ${few} with 3: ${Math.round(perRow)} per row`);
  expect(perRow).toBeLessThan(3_000);
});
