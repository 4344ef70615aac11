import { test, expect, checkPage, DEFAULT_PASSWORD } from "./fixtures";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("sign up, sign out, sign in, edit the profile, sign out everywhere", async ({ page, browser, db }) => {
  test.slow(); // a journey: see the budgets in fixtures.ts
  const email = `ines-${unique()}@example.test`;
  const password = "a garden of soap and lye";

  // Sign up: "check your email"; the emailed link, confirmed with the password, lands on home, signed in.
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Inès Moreau");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  expect(await db.user.count({ where: { email } })).toBe(1);
  await expect.poll(async () => await db.email.count({ where: { to: email, kind: "account.verify-email" } })).toBe(1);
  const mail = await db.email.findFirstOrThrow({ where: { to: email, kind: "account.verify-email" } });
  await page.goto(mail.text.match(/https?:\/\/[^/\s]+(\/verify-email\?\S+)/)![1]!);
  await page.getByLabel("Your password").fill(password);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Inès Moreau" })).toBeVisible();
  await expect(page.getByText("Your email is confirmed. Welcome to Kinship, Inès Moreau!")).toBeVisible();

  // Sign out from the account menu.
  await page.getByRole("button", { name: "Account menu for Inès Moreau" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByText("You're signed out.")).toBeVisible();

  // A private page sends a signed-out visitor to sign in, and back afterwards.
  await page.goto("/settings/profile");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings%2Fprofile/);
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();

  // A bad value shows a field error and keeps everything typed.
  await page.getByLabel("Short bio").fill("I make cold-process soap.");
  await page.getByLabel("Name").fill("");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Enter your name.").first()).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Short bio")).toHaveValue("I make cold-process soap.");

  // A good save persists.
  await page.getByLabel("Name").fill("Inès M.");
  await page.getByLabel("Time zone").selectOption("Europe/Paris");
  await page.getByLabel("Languages you speak").fill("French, English, french");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Name")).toHaveValue("Inès M.");
  await expect(page.getByLabel("Short bio")).toHaveValue("I make cold-process soap.");
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Paris");
  await expect(page.getByLabel("Languages you speak")).toHaveValue("French, English");

  // A second device, signed in too.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/sign-in");
  await otherPage.getByLabel("Email").fill(email);
  await otherPage.getByLabel("Password").fill(password);
  await otherPage.getByRole("button", { name: "Sign in" }).click();
  await expect(otherPage.getByRole("heading", { name: "Welcome, Inès M." })).toBeVisible();

  // Sign out everywhere (on the account page) ends both sessions.
  await page.goto("/settings/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText("You're signed out on every device.")).toBeVisible();
  await otherPage.goto("/settings/profile");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
});

test("a wrong password and an unknown email get the same answer, and nothing typed but the password is lost", async ({
  page,
  makeUser,
}) => {
  const user = await makeUser();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const alert = page.getByTestId("form-error");
  await expect(alert).toHaveText("That email and password don't match an account.");
  await expect(page.getByLabel("Email")).toHaveValue(user.email);
  await expect(page.getByLabel("Password")).toHaveValue("");

  await page.getByLabel("Email").fill(`nobody-${unique()}@example.test`);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toHaveText("That email and password don't match an account.");
  await checkPage(page, "sign-in-error");

  await page.getByLabel("Password").fill(DEFAULT_PASSWORD);
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${user.name}` })).toBeVisible();
});

test("sign-up explains what to fix, field by field", async ({ page, makeUser }) => {
  const existing = await makeUser();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Sam");
  await page.getByLabel("Email").fill("not an email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Sam");

  await checkPage(page, "sign-up-errors");

  // A taken address is not an error: it answers like any sign-up (its owner gets an email instead).
  await page.getByLabel("Email").fill(existing.email);
  await page.getByLabel("Password").fill("long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByText(/already exists/)).toHaveCount(0);
});
