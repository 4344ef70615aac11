import type { Page } from "@playwright/test";
import { test, expect, checkPage, asClient, DEFAULT_PASSWORD } from "./fixtures";
import type { PrismaClient } from "../../lib/db/generated/client";

const NEW_PASSWORD = "lavender and goat milk 2026";

// Account emails are limited per address (20 an hour): this file's requests come from an address of their own, as
// a proxy in front of the app would tell it (`asClient`), so its emails neither use up nor depend on others'.
test.use({ extraHTTPHeaders: asClient() });

/** The link in the newest email of this kind to this address, as a path on this app (the outbox's view of it). */
async function linkIn(db: PrismaClient, to: string, kind: string): Promise<string> {
  await expect.poll(() => db.email.count({ where: { to, kind } })).toBeGreaterThan(0);
  const email = await db.email.findFirstOrThrow({ where: { to, kind }, orderBy: { createdAt: "desc" } });
  const url = /https?:\/\/\S+\?token=[A-Za-z0-9_-]+/.exec(email.text)?.[0];
  if (!url) throw new Error(`no link in the ${kind} email`);
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("forgot password → reset from the emailed link → sign in with the new one; the old session is gone", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  test.slow(); // a journey across several pages with axe sweeps: see the budgets in fixtures.ts
  const user = await makeUser({ name: "Noor Haddad" });

  // A second device, signed in before the reset.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await loginAs(otherPage, user);
  await otherPage.goto("/settings/account");
  await expect(otherPage.getByRole("heading", { name: "Account" })).toBeVisible();

  // From the sign-in form.
  await page.goto("/sign-in");
  await checkPage(page, "sign-in-forgot-link");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await checkPage(page, "forgot-password");

  // A bad address is a field error.
  await page.getByLabel("Email").fill("not an address");
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();

  // An unknown address and a real one get the same answer.
  await page.getByLabel("Email").fill("nobody-here@example.test");
  await page.getByRole("button", { name: "Email me a link" }).click();
  const answer = page.getByRole("status").filter({ hasText: "If an account uses that address" });
  await expect(answer).toBeVisible();
  const unknownAnswer = await answer.textContent();
  await page.getByRole("button", { name: "Send another link" }).click();
  await page.getByLabel("Email").fill(user.email.toUpperCase());
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(answer).toBeVisible();
  expect(await answer.textContent()).toBe(unknownAnswer);
  await checkPage(page, "forgot-password-sent");
  expect(await db.email.count({ where: { to: "nobody-here@example.test" } })).toBe(0);

  // The emailed link opens the form; the confirmation must match.
  const link = await linkIn(db, user.email, "account.password_reset");
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expect(page.getByText(`For the account ${user.email}.`)).toBeVisible();
  await checkPage(page, "reset-password");
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill("something else entirely");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText("The two passwords don't match.").first()).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Save new password" }).click();

  // Sent to sign in, told why.
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText("Your password is changed, and every device is signed out.")).toBeVisible();
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(DEFAULT_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await page.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Noor Haddad" })).toBeVisible();

  // The device signed in before the reset is signed out.
  await otherPage.goto("/settings/account");
  await expect(otherPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings%2Faccount/);

  // The member was told by email.
  expect(await db.email.count({ where: { to: user.email, kind: "account.password_changed" } })).toBe(1);

  // The link works once: opened again it says so, and offers a new one.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link doesn't work" })).toBeVisible();
  await expect(page.getByText("This link has already been used.")).toBeVisible();
  await checkPage(page, "reset-password-used");
  await page.getByRole("link", { name: "Email me a new link" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
});

test("change password from the account settings: the current one is checked, this browser stays signed in, the other is signed out", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  test.slow();
  const user = await makeUser({ name: "Tomas Ortega" });
  await loginAs(page, user);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await loginAs(otherPage, user);

  // Reached from the account menu.
  await page.goto("/");
  await page.getByRole("button", { name: "Account menu for Tomas Ortega" }).click();
  await page.getByRole("menuitem", { name: "Account and password" }).click();
  await expect(page.getByRole("heading", { name: "Account", exact: true })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Account" }),
  ).toHaveAttribute("aria-current", "page");
  await checkPage(page, "account-settings");

  const card = page.locator("form").filter({ has: page.getByRole("button", { name: "Change password" }) });
  await card.getByLabel("Current password").fill("not my password at all");
  await card.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await card.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await card.getByRole("button", { name: "Change password" }).click();
  await expect(card.getByText("That isn't your current password.").first()).toBeVisible();
  await expect(card.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await checkPage(page, "account-settings-wrong-password");

  await card.getByLabel("Current password").fill(DEFAULT_PASSWORD);
  await card.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await card.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await card.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password is changed. Every other device is signed out.")).toBeVisible();

  // This browser is still signed in, after a reload too; the other device is not.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Account", exact: true })).toBeVisible();
  await otherPage.goto("/settings/account");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  expect(await db.email.count({ where: { to: user.email, kind: "account.password_changed" } })).toBe(1);

  // The new password signs in.
  await signIn(otherPage, user.email, NEW_PASSWORD);
  await expect(otherPage.getByRole("heading", { name: "Welcome, Tomas Ortega" })).toBeVisible();
});

test("change email: confirmed at the new address, the old one told, and the undo link takes the account back", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  test.slow();
  const user = await makeUser({ name: "Ada Quinn" });
  const newEmail = `ada-new-${Date.now().toString(36)}@example.test`;
  await loginAs(page, user);
  await page.goto("/settings/account");

  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Change email" }) });
  await form.getByLabel("New email address").fill(newEmail);
  await form.getByLabel("Current password").fill(DEFAULT_PASSWORD);
  await form.getByRole("button", { name: "Change email" }).click();
  await expect(page.getByText(`Waiting for you to confirm ${newEmail}`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Waiting for you to confirm ${newEmail}`)).toBeVisible();
  await expect(page.getByText(`You sign in with ${user.email}`)).toBeVisible();
  await checkPage(page, "account-settings-pending-email");

  // The link sent to the new address: the page asks for a click before anything changes.
  await page.goto(await linkIn(db, newEmail, "account.email_change"));
  await expect(page.getByRole("heading", { name: "Confirm your new address" })).toBeVisible();
  await checkPage(page, "email-change-confirm");
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  await page.getByRole("button", { name: "Use this address" }).click();
  await expect(page).toHaveURL(/\/settings\/account$/);
  await expect(page.getByText(`Your address is now ${newEmail}.`)).toBeVisible();
  await expect(page.getByText(`You sign in with ${newEmail}`)).toBeVisible();

  // The old address is told, with an undo link; using it signs this browser out and leads to a new password.
  const undo = await linkIn(db, user.email, "account.email_changed");
  await page.goto(undo);
  await expect(page.getByRole("heading", { name: "Undo the change of address" })).toBeVisible();
  await checkPage(page, "email-change-undo");
  await page.getByRole("button", { name: "Undo the change" }).click();
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expect(page.getByText(`Your account is back at ${user.email}.`)).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, user.email, NEW_PASSWORD);
  await expect(page.getByRole("heading", { name: "Welcome, Ada Quinn" })).toBeVisible();

  // The undo link, used, says so.
  await page.goto(undo);
  await expect(page.getByText("This link has already been used.")).toBeVisible();
});

test("an account without a password (GitHub or Google only) sets one through an emailed link", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  test.slow();
  const user = await makeUser({ name: "Kofi Mensah", password: null });
  await loginAs(page, user);
  await page.goto("/settings/account");
  await expect(page.getByText("You sign in with GitHub or Google.")).toBeVisible();
  await expect(page.getByText("To change your address, first set a password below")).toBeVisible();
  await checkPage(page, "account-settings-no-password");
  await page.getByRole("button", { name: "Email me a link to set a password" }).click();
  await expect(page.getByRole("status").filter({ hasText: `We've sent a link to ${user.email}` })).toBeVisible();

  await page.goto(await linkIn(db, user.email, "account.password_reset"));
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, user.email, NEW_PASSWORD);
  await expect(page.getByRole("heading", { name: "Welcome, Kofi Mensah" })).toBeVisible();
});
