import type { Locator, Page } from "@playwright/test";
import { test, expect, checkPage } from "./fixtures";
import { createGroup } from "../factories/groups";

/**
 * Issue 18, goal 6: the header's menus and the app's dialogs are not in a page's first load; their code comes when
 * they are first used. What a person notices is unchanged: they open by mouse and by keyboard, focus lands inside
 * and returns to the button, Escape closes them.
 */

/**
 * Focuses `button` and presses Enter until `opened` shows: a key pressed before the page has hydrated does nothing
 * (as with any client-side control), so it is pressed again only while nothing has opened.
 */
async function openByKeyboard(page: Page, button: Locator, opened: Locator) {
  await expect(async () => {
    if (!(await opened.isVisible())) {
      await button.focus();
      await page.keyboard.press("Enter");
    }
    await expect(opened).toBeVisible({ timeout: 5000 });
  }).toPass({ timeout: 45_000 });
}

/** The JavaScript files the page fetches from now on. */
function scriptsFetched(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script" || new URL(r.url()).pathname.endsWith(".js")) seen.push(r.url());
  });
  return seen;
}

test("the account menu and the bell load when first opened, and work by keyboard", async ({
  page,
  makeUser,
  loginAs,
}) => {
  test.slow(); // a journey with screenshots: see the budgets in fixtures.ts
  const user = await makeUser({ name: "Wanjiru Kamau" });
  await loginAs(page, user);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Welcome, Wanjiru Kamau" })).toBeVisible();
  await page.waitForLoadState("networkidle");

  // Nothing of the menu had been fetched: opening it by keyboard fetches its code, and focus lands on its first item.
  const fetched = scriptsFetched(page);
  const account = page.getByRole("button", { name: "Account menu for Wanjiru Kamau" });
  const menu = page.getByRole("menu");
  await openByKeyboard(page, account, menu);
  expect(fetched.length, "the menu's code was fetched when it was opened").toBeGreaterThan(0);
  await expect(page.getByRole("menuitem", { name: "My mentorships" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Profile" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(account).toBeFocused();

  // Again, now loaded: the keyboard still opens it, and an item takes you there.
  await page.keyboard.press("Enter");
  await page.getByRole("menuitem", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();

  // The bell opens by mouse and lists what there is.
  await page.getByRole("button", { name: /^Notifications/ }).click();
  await expect(page.getByRole("menu").getByText("You're all caught up.")).toBeVisible();
  await checkPage(page, "bell-open-lazy");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: /^Notifications/ })).toBeFocused();
});

test("a dialog loads when first opened, traps focus, and gives it back on Escape", async ({
  page,
  makeUser,
  loginAs,
  db,
}) => {
  test.slow(); // a journey with screenshots: see the budgets in fixtures.ts
  const owner = await makeUser();
  const visitor = await makeUser({ name: "Tomasz Wójcik" });
  const group = await createGroup(db, owner, { name: "Lye Safety Club", privacy: "PRIVATE" });
  await db.groupRule.create({ data: { groupId: group.id, position: 0, title: "Goggles on, always" } });
  await loginAs(page, visitor);
  await page.goto(`/groups/${group.slug}`);
  const ask = page.getByRole("button", { name: "Request to join" });
  await expect(ask).toBeVisible();
  await page.waitForLoadState("networkidle");

  const fetched = scriptsFetched(page);
  const dialog = page.getByRole("dialog", { name: "Join Lye Safety Club" });
  await openByKeyboard(page, ask, dialog);
  expect(fetched.length, "the dialog's code was fetched when it was opened").toBeGreaterThan(0);
  await expect(dialog.getByText("Goggles on, always")).toBeVisible();
  // Focus is inside the dialog, and stays there.
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  for (let i = 0; i < 6; i++) await page.keyboard.press("Tab");
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await checkPage(page, "join-dialog-lazy");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(ask).toBeFocused();

  // Its close button closes it too, once loaded.
  await ask.click();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});
