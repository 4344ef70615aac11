import { test, expect, checkPage } from "./fixtures";

test("the public pages are accessible in light and dark, on desktop and phone", async ({ page }) => {
  test.slow(); // a journey: see the budgets in fixtures.ts
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await checkPage(page, "home-signed-out");

  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in to Kinship" })).toBeVisible();
  await checkPage(page, "sign-in");

  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { name: "Join Kinship" })).toBeVisible();
  await checkPage(page, "sign-up");
});

test("the signed-in pages are accessible in light and dark, on desktop and phone", async ({
  page,
  makeUser,
  loginAs,
}) => {
  test.slow(); // a journey: see the budgets in fixtures.ts
  const user = await makeUser({ name: "Priya Natarajan" });
  await loginAs(page, user);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Welcome, Priya Natarajan" })).toBeVisible();
  await checkPage(page, "home-signed-in");

  await page.goto("/settings/profile");
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await checkPage(page, "profile");

  await page.getByRole("button", { name: "Account menu for Priya Natarajan" }).click();
  await expect(page.getByRole("menuitem", { name: "Profile" })).toBeVisible();
  await checkPage(page, "user-menu-open");
});

test("an unknown address shows a real 404 page", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  await checkPage(page, "not-found");
});

test("the theme toggle switches between light, dark and the system setting with the keyboard", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const toggle = page.getByRole("button", { name: /^Theme: / });
  await expect(toggle).toBeEnabled();
  await toggle.focus();
  const before = await toggle.getAttribute("aria-label");
  await page.keyboard.press("Enter");
  await expect(toggle).not.toHaveAttribute("aria-label", before!);
  const isDark = () => page.evaluate(() => document.documentElement.classList.contains("dark"));
  const seen = new Set<boolean>([await isDark()]);
  await page.keyboard.press("Enter");
  seen.add(await isDark());
  expect(seen).toEqual(new Set([true, false]));
});
