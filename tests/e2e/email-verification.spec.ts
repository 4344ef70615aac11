import type { Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/db/generated/client";
import { test, expect, checkPage } from "./fixtures";
import { createGroup } from "../factories/groups";

// Issue 15, item 1: sign up → "check your email" → the link from the outbox → confirmed and signed in → join.
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The path of the newest verification link emailed to `to` (read from the outbox, as a person reads their mail). */
async function verificationLink(db: PrismaClient, to: string): Promise<string> {
  let path = "";
  await expect
    .poll(async () => {
      const email = await db.email.findFirst({
        where: { to, kind: "account.verify-email" },
        orderBy: { createdAt: "desc" },
        select: { text: true },
      });
      path = email?.text.match(/https?:\/\/[^/\s]+(\/verify-email\?\S+)/)?.[1] ?? "";
      return path;
    })
    .not.toBe("");
  return path;
}

async function signUp(page: Page, name: string, email: string, password: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

test("sign up, confirm from the emailed link, and join a group", async ({ page, db, makeUser }) => {
  test.slow(); // a journey
  const id = unique();
  const owner = await makeUser({ name: "Olu Owner" });
  const group = await createGroup(db, owner, { name: `Lather Lab ${id}`, slug: `lather-${id}`, privacy: "PUBLIC" });
  const email = `ines-${id}@example.test`;
  const password = "a garden of soap and lye";

  await signUp(page, "Inès Moreau", email, password);
  await expect(page).toHaveURL(/\/check-email$/);
  // Nobody is signed in yet: the header still offers to sign in.
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await checkPage(page, "verify-check-email");

  // The link opens a page with a button (a mail scanner's visit spends nothing).
  await page.goto(await verificationLink(db, email));
  await expect(page.getByRole("heading", { name: "Confirm your email" })).toBeVisible();
  await expect(page.getByText(`Confirm that ${email} is your address`)).toBeVisible();
  await checkPage(page, "verify-confirm");
  expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull();

  // A wrong password says so and leaves the link usable.
  await page.getByLabel("Your password").fill("not my password at all");
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page.getByText("That isn't the password chosen for this account.")).toBeVisible();
  await page.getByLabel("Your password").fill(password);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page.getByText("Your email is confirmed. Welcome to Kinship, Inès Moreau!")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Welcome, Inès Moreau" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Confirm your email" })).toHaveCount(0);
  expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();

  // Verified, she joins a group.
  await page.goto(`/groups/${group.slug}`);
  await page.getByRole("button", { name: "Join group" }).click();
  await expect(page.getByText("Member", { exact: true })).toBeVisible();

  // The link works once: opened again, it says it was used.
  await page.goto(await verificationLink(db, email));
  await expect(page.getByRole("heading", { name: "This link was already used" })).toBeVisible();
  await checkPage(page, "verify-link-used");
});

test("a taken address gets the very page a new one gets, and its owner an email", async ({ page, db, makeUser }) => {
  const owner = await makeUser({ name: "Tomasz Taken" });
  await signUp(page, "Somebody Else", owner.email.toUpperCase(), "somebody else's password");
  const takenPage = await page.getByRole("main").innerText();
  await signUp(page, "Fresh Person", `fresh-${unique()}@example.test`, "a fresh long password");
  expect(await page.getByRole("main").innerText()).toBe(takenPage);
  await expect
    .poll(async () => (await db.email.findMany({ where: { to: owner.email } })).map((e) => e.subject))
    .toEqual(["Someone tried to sign up with your address"]);
});

test("an expired link says so and sends a new one; a made-up one says it isn't valid", async ({ page, db }) => {
  const email = `kai-${unique()}@example.test`;
  await signUp(page, "Kai", email, "kai's long password");
  const first = await verificationLink(db, email);
  // Signing up again sends a new link, and only the newest works.
  await signUp(page, "Kai", email, "kai's long password");
  await expect.poll(async () => verificationLink(db, email)).not.toBe(first);
  const second = await verificationLink(db, email);

  await page.goto(first);
  await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
  await checkPage(page, "verify-link-expired");
  await page.getByRole("button", { name: "Send a new link" }).click();
  await expect(page.getByRole("status")).toHaveText("We've sent a new link to your email. It works for 24 hours.");
  await expect.poll(async () => verificationLink(db, email)).not.toBe(second);

  await page.goto("/verify-email?token=not-a-real-token");
  await expect(page.getByRole("heading", { name: "This link isn't valid" })).toBeVisible();
  await checkPage(page, "verify-link-invalid");
});

test("an unconfirmed member sees the banner, can resend, and a gated button explains", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const id = unique();
  const owner = await makeUser({ name: "Olu Owner" });
  const group = await createGroup(db, owner, { name: `Suds ${id}`, slug: `suds-${id}`, privacy: "PUBLIC" });
  // Signed in with a provider that had not verified her address: no password, so her session confirms.
  const person = await makeUser({ name: "Uma Unconfirmed", verified: false, password: null });
  await loginAs(page, person);
  await page.goto(`/groups/${group.slug}`);
  const banner = page.getByRole("region", { name: "Confirm your email" });
  await expect(banner).toContainText("Confirm your email to join groups and talk with people.");
  await checkPage(page, "verify-banner");

  await page.getByRole("button", { name: "Join group" }).click();
  await expect(page.getByTestId("form-error")).toContainText("Confirm your email address first");
  expect(await db.membership.count({ where: { userId: person.id } })).toBe(0);

  await banner.getByRole("button", { name: "Resend email" }).click();
  await expect(banner.getByTestId("verify-banner-feedback")).toHaveText(
    `We've sent a new link to ${person.email}. It works for 24 hours.`,
  );
  // Signed in as that member, the link confirms with the button alone, and the banner goes.
  await page.goto(await verificationLink(db, person.email));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("Your email is confirmed.", { exact: false })).toBeVisible();
  await expect(page.getByRole("region", { name: "Confirm your email" })).toHaveCount(0);
  await page.goto(`/groups/${group.slug}`);
  await page.getByRole("button", { name: "Join group" }).click();
  await expect(page.getByText("Member", { exact: true })).toBeVisible();
});
