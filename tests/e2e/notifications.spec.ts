import { test, expect, checkPage, OPERATOR_EMAIL } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { startInstance } from "./support/instances";

test("an admin sees the bell count rise when a join request arrives through another app instance, and the email waits in the outbox", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  test.slow(); // a journey: see the budgets in fixtures.ts
  const admin = await makeUser({ name: "Amara Admin" });
  const group = await createGroup(db, admin, {
    name: "Quiet Circle",
    slug: `quiet-${Date.now().toString(36)}`,
    privacy: "PRIVATE",
  });
  const moderator = await makeUser();
  await addMember(db, group, moderator, { role: "MODERATOR" });

  await loginAs(page, admin);
  await page.goto("/groups");
  await expect(page.getByRole("button", { name: "Notifications" })).toBeVisible();

  // A second app instance on the same database, as behind a load balancer.
  const second = await startInstance();
  try {
    const requester = await makeUser({ name: "Sam Newcomer" });
    const context = await browser.newContext();
    const requesterPage = await context.newPage();
    await loginAs(requesterPage, requester);
    const res = await requesterPage.request.post(`${second.url}/api/v1/groups/${group.slug}/join`, {
      data: { answers: [], acceptRules: false },
      headers: { origin: second.url },
    });
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: "PENDING" });
    await context.close();
  } finally {
    await second.stop();
  }

  // No reload: the stream on the first instance brings it.
  await expect(page.getByRole("button", { name: "Notifications, 1 unread" })).toBeVisible();
  await expect(page.getByTestId("unread-count")).toHaveText("1");
  await page.getByRole("button", { name: "Notifications, 1 unread" }).click();
  await expect(page.getByRole("menuitem", { name: /Sam Newcomer asks to join Quiet Circle/ })).toBeVisible();
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByRole("button", { name: "Notifications" })).toBeVisible();
  await page.keyboard.press("Escape");

  // The moderator was told too; the email went to the development outbox, which the instance's operator reads.
  const operator =
    (await db.user.findUnique({ where: { email: OPERATOR_EMAIL } })) ??
    (await makeUser({ name: "Olu Operator", email: OPERATOR_EMAIL }));
  await loginAs(page, operator);
  await page.goto("/dev/outbox");
  await expect(page.getByRole("heading", { name: "Development outbox" })).toBeVisible();
  await expect(page.getByText("Sam Newcomer asks to join Quiet Circle").first()).toBeVisible();
  expect(
    await db.email.count({ where: { to: { in: [admin.email, moderator.email] }, kind: "group.join_requested" } }),
  ).toBe(2);
  await expect
    .poll(async () => (await db.email.findMany({ where: { to: admin.email } })).map((e) => e.status), {
      timeout: 15_000,
    })
    .toEqual(["SENT"]);
  await checkPage(page, "dev-outbox");
});

test("the notification pages are accessible and the settings save", async ({ page, makeUser, loginAs }) => {
  test.slow(); // a journey: see the budgets in fixtures.ts
  const user = await makeUser();
  await loginAs(page, user);
  await page.goto("/notifications");
  await expect(page.getByText("You're all caught up.")).toBeVisible();
  await checkPage(page, "notifications-empty");

  await page.goto("/settings/notifications");
  const box = page.getByRole("checkbox", { name: "Someone asks to join a group you moderate: email" });
  await expect(box).toBeChecked();
  await box.uncheck();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Your notification settings are saved.")).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole("checkbox", { name: "Someone asks to join a group you moderate: email" }),
  ).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "You're signed out on every device: email" })).toBeDisabled();
  await checkPage(page, "notification-settings");
});

test("the development outbox is not for those who run a group, only for the instance's operator", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  // Anyone may start a group: running one must not open everyone's mail.
  const owner = await makeUser({ name: "Gus Groupstarter" });
  await createGroup(db, owner, { name: "Gus's Circle", slug: `gus-${Date.now().toString(36)}` });
  await loginAs(page, owner);
  expect((await page.goto("/dev/outbox"))?.status()).toBe(404);
  const member = await makeUser();
  await loginAs(page, member);
  expect((await page.goto("/dev/outbox"))?.status()).toBe(404);
});
