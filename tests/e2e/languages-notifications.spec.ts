import { test, expect, checkPage } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { expectNoEnglish, expectNoHorizontalOverflow } from "./languages-check";

// Issue 21: notifications are written in their reader's language, whoever caused them, live and on the list, and
// so is the email that goes with them.

test("an Arabic admin reads a Spanish member's join request in Arabic: live in the bell, on the list and in the email", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  test.slow(); // a journey: see the budgets in fixtures.ts
  const admin = await db.user.update({
    where: { id: (await makeUser({ name: "Layla Haddad" })).id },
    data: { locale: "ar" },
  });
  const group = await createGroup(db, admin, {
    name: "Quiet Circle",
    slug: `quiet-ar-${Date.now().toString(36)}`,
    privacy: "PRIVATE",
  });
  const english = await makeUser({ name: "Eve Moderator" });
  await addMember(db, group, english, { role: "MODERATOR" });

  await loginAs(page, admin);
  await page.goto("/groups");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  // A member whose pages are in Spanish asks to join.
  const requester = await db.user.update({
    where: { id: (await makeUser({ name: "Sofía Ruiz" })).id },
    data: { locale: "es" },
  });
  const context = await browser.newContext();
  const requesterPage = await context.newPage();
  await loginAs(requesterPage, requester);
  const origin = new URL(test.info().project.use.baseURL ?? process.env.E2E_BASE_URL!).origin;
  const res = await requesterPage.request.post(`${origin}/api/v1/groups/${group.slug}/join`, {
    data: { answers: [], acceptRules: false },
    headers: { origin },
  });
  expect(res.status()).toBe(200);
  await context.close();

  const title = "يطلب Sofía Ruiz الانضمام إلى Quiet Circle";
  // Live, without a reload: the toast and the bell's list, in Arabic.
  await expect(page.getByText(title).first()).toBeVisible();
  await page.getByTestId("unread-count").click();
  const item = page.getByRole("menuitem", { name: new RegExp(title) });
  await expect(item).toBeVisible();
  await expectNoEnglish(item, ["Sofía Ruiz", "Quiet Circle"]);
  await page.keyboard.press("Escape");

  await page.goto("/notifications");
  const listed = page.getByRole("main").getByRole("listitem").filter({ hasText: title });
  await expect(listed).toContainText("اقرأ إجاباته ثم وافق أو ارفض.");
  await expectNoEnglish(listed, ["Sofía Ruiz", "Quiet Circle"]);
  await expectNoHorizontalOverflow(page);
  await checkPage(page, "languages-ar-notifications");

  // The emails: Arabic for her, English for the moderator who chose no language, whatever the requester's.
  const emails = await db.email.findMany({
    where: { kind: "group.join_requested", to: { in: [admin.email, english.email] } },
  });
  expect(emails.find((e) => e.to === admin.email)?.subject).toBe(title);
  expect(emails.find((e) => e.to === english.email)?.subject).toBe("Sofía Ruiz asks to join Quiet Circle");
});
