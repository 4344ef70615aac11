import { test, expect, checkPage } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createPost } from "../factories/feed";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// The group page says why someone may not post in the policy's words (lib/auth/policy.ts), not its own copy.
test("a muted member is told until when, in their time zone, and may post again once the mute is over", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const owner = await makeUser();
  const member = await makeUser({ name: "Muted Mo" });
  const group = await createGroup(db, owner, { name: "Quiet Lathers", slug: `quiet-${unique()}` });
  await createPost(db, group, owner, { body: "Please keep it kind in here." });
  const membership = await addMember(db, group, member);
  const until = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
  await db.membership.update({ where: { id: membership.id }, data: { mutedUntil: until } });

  await loginAs(page, member);
  await page.goto(`/groups/${group.slug}`);
  await expect(page.getByText("Please keep it kind in here.")).toBeVisible();
  const notice = page.getByRole("status").filter({ hasText: "You're muted until" });
  await expect(notice).toHaveText(/^You're muted until .*\d.*\. You can still read and react\.$/);
  // The date is written out, not left as a placeholder.
  await expect(notice).not.toContainText("{until}");
  await expect(notice.locator("time")).toHaveAttribute("datetime", until.toISOString());
  await expect(page.getByRole("textbox", { name: "Your post" })).toHaveCount(0);
  await checkPage(page, "group-muted-member");

  await db.membership.update({ where: { id: membership.id }, data: { mutedUntil: new Date(Date.now() - 1000) } });
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Your post" })).toBeVisible();
  await expect(page.getByText("You're muted until")).toHaveCount(0);
});
