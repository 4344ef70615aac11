import { unzipSync, strFromU8 } from "fflate";
import PgBoss from "pg-boss";
import { test, expect, checkPage, DEFAULT_PASSWORD } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createPost } from "../factories/feed";

const DAY = 24 * 60 * 60 * 1000;

/** Runs the worker's erasure sweep now (it is scheduled hourly), through the app's own job queue. */
async function runErasureSweep() {
  const boss = new PgBoss({
    connectionString: process.env.E2E_DATABASE_URL!,
    schema: "pgboss",
    supervise: false,
    schedule: false,
    migrate: false,
  });
  await boss.start();
  await boss.send("account-erasure", {});
  await boss.stop({ graceful: false });
}

test("download my data: ask on the page, follow the email's link, get a zip of JSON; only its owner can", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  test.slow(); // a journey with axe sweeps: see the budgets in fixtures.ts
  const mia = await makeUser({ name: "Mia Archive" });
  const owner = await makeUser({ name: "Olu Owner" });
  const group = await createGroup(db, owner, { name: "Soap Makers" });
  await addMember(db, group, mia);
  await createPost(db, group, mia, { body: "MIA-E2E-POST lavender and oats" });
  await createPost(db, group, owner, { body: "OLU-E2E-POST" });

  await loginAs(page, mia);
  await page.goto("/settings/privacy");
  await expect(page.getByRole("heading", { name: "Privacy & data" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Privacy & data" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("You haven't asked for an archive yet.")).toBeVisible();
  await checkPage(page, "settings-privacy");

  // A session alone is not enough: the password is asked first (a stolen session cannot take a copy).
  const exportPassword = page
    .locator("form", { has: page.getByRole("button", { name: "Prepare my archive" }) })
    .getByLabel("Your password");
  await exportPassword.fill("not my password");
  await page.getByRole("button", { name: "Prepare my archive" }).click();
  await expect(page.getByText("That's not your current password.")).toBeVisible();
  await expect(page.getByText("You haven't asked for an archive yet.")).toBeVisible();
  await exportPassword.fill(DEFAULT_PASSWORD);
  await page.getByRole("button", { name: "Prepare my archive" }).click();
  await expect(page.getByRole("list", { name: "Your archives" })).toContainText("being prepared");
  // One at a time: no second button while it is being prepared.
  await expect(page.getByRole("button", { name: "Prepare my archive" })).toHaveCount(0);

  // The worker builds it and emails a link.
  await expect
    .poll(async () => db.email.count({ where: { userId: mia.id, kind: "account.data_export_ready" } }), {
      timeout: 30_000,
    })
    .toBe(1);
  const email = await db.email.findFirstOrThrow({ where: { userId: mia.id, kind: "account.data_export_ready" } });
  const link = email.text.match(/https?:\/\/\S+\/settings\/privacy\/exports\/[A-Za-z0-9]+/)?.[0];
  expect(link).toBeTruthy();
  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "Your data archive" })).toBeVisible();
  await checkPage(page, "data-archive-ready");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kinship-data-\d{4}-\d\d-\d\d\.zip$/);
  const zipPath = await download.path();
  const { readFile } = await import("node:fs/promises");
  const files = unzipSync(new Uint8Array(await readFile(zipPath)));
  const posts = JSON.parse(strFromU8(files["posts.json"]!)) as { body: string }[];
  expect(posts.map((p) => p.body)).toEqual(["MIA-E2E-POST lavender and oats"]);
  expect(JSON.parse(strFromU8(files["profile.json"]!))).toMatchObject({ name: "Mia Archive", email: mia.email });
  expect(
    Object.values(files)
      .map((f) => strFromU8(f))
      .join("\n"),
  ).not.toContain("OLU-E2E-POST");

  // Anyone else: the page and the file do not exist.
  const fileUrl = await page.getByRole("link", { name: "Download" }).getAttribute("href");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await loginAs(otherPage, owner);
  expect((await otherPage.request.get(fileUrl!)).status()).toBe(404);
  expect((await otherPage.goto(link!))?.status()).toBe(404);
  await other.close();

  // Seven days later the link says it expired, and offers a new archive.
  await db.dataExport.updateMany({ where: { userId: mia.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await page.reload();
  await expect(page.getByRole("heading", { name: "This download has expired" })).toBeVisible();
  expect((await page.request.get(fileUrl!)).status()).toBe(404);
  await checkPage(page, "data-archive-expired");
  await page.getByLabel("Your password").fill(DEFAULT_PASSWORD);
  await page.getByRole("button", { name: "Prepare a new archive" }).click();
  await expect(page.getByText("We're preparing your archive. We'll email you when it's ready.").first()).toBeVisible();
});

test("an owner is told which groups to hand over before deleting, and the link leads there", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const owner = await makeUser({ name: "Olga Owner" });
  await createGroup(db, owner, { name: "Candle Club" });
  await loginAs(page, owner);
  await page.goto("/settings/privacy");
  await expect(page.getByText("You own a group.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete my account" })).toHaveCount(0);
  await checkPage(page, "settings-privacy-owner");
  await page.getByRole("link", { name: "Candle Club" }).click();
  await expect(page).toHaveURL(/\/groups\/[^/]+\/settings$/);
  await expect(page.getByRole("button", { name: /Archive group/ })).toBeVisible();
});

test("delete my account: signed out at once, a sign-in in the grace period cancels, then erased for good", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  test.slow(); // a journey across sign-ins and the worker: see the budgets in fixtures.ts
  const mia = await makeUser({ name: "Mia Leaver" });
  const owner = await makeUser({ name: "Olu Owner" });
  const group = await createGroup(db, owner, { name: "Farewell Circle", privacy: "PUBLIC" });
  await addMember(db, group, mia);
  await createPost(db, group, mia, { body: "Thank you all for the soap tips." });

  // The page asks for the password twice (a copy of the data, and the deletion): this is the deletion's form.
  const deleteForm = () => page.locator("form", { has: page.getByRole("button", { name: "Delete my account" }) });
  const requestDeletion = async () => {
    await page.goto("/settings/privacy");
    await expect(page.getByRole("heading", { name: "What stays" })).toBeVisible();
    await deleteForm().getByLabel("Your password").fill(DEFAULT_PASSWORD);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByText(/Your account will be deleted on .+\. Sign in before then to keep it\./)).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  };
  const signIn = async () => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(mia.email);
    await page.getByLabel("Password").fill(DEFAULT_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
  };

  await loginAs(page, mia);
  await page.goto("/settings/privacy");
  await deleteForm().getByLabel("Your password").fill("not my password");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("That's not your current password.")).toBeVisible();
  await checkPage(page, "settings-privacy-wrong-password");

  // Asked: signed out everywhere, an email with the date.
  await requestDeletion();
  expect((await db.user.findUniqueOrThrow({ where: { id: mia.id } })).deletionRequestedAt).not.toBeNull();
  await expect.poll(() => db.email.count({ where: { userId: mia.id, kind: "account.deletion_requested" } })).toBe(1);

  // Changed her mind: signing in cancels, and says so.
  await signIn();
  await expect(page.getByText("Your account's deletion was cancelled. Welcome back.")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: mia.id } })).deletionRequestedAt).toBeNull();

  // Asked again, and the grace period passes.
  await requestDeletion();
  await db.user.update({ where: { id: mia.id }, data: { deletionRequestedAt: new Date(Date.now() - 8 * DAY) } });
  await runErasureSweep();
  await expect
    .poll(async () => (await db.user.findUniqueOrThrow({ where: { id: mia.id } })).erasedAt, { timeout: 30_000 })
    .not.toBeNull();

  // She can no longer sign in; her post stays, by "Former member".
  await signIn();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await page.goto(`/groups/${group.slug}`);
  const post = page.getByRole("article").filter({ hasText: "Thank you all for the soap tips." });
  await expect(post).toBeVisible();
  await expect(post.getByText("Former member")).toBeVisible();
  await expect(page.getByText("Mia Leaver")).toHaveCount(0);
});
