import type { Locator } from "@playwright/test";
import { test, expect, checkPage } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createComment, createPost } from "../factories/feed";

/**
 * Issue 18, goal 6: the feed's posts and comments are rendered on the server and only their interactive parts run
 * in the browser (reactions, the "⋯" menu, the editor, Reply, the comment box, "View all"). What a member does with
 * them is unchanged: each works by mouse and keyboard, on the first comments and on those "View all" loads.
 */

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
/** The submit button of the form a field is in. */
const submitOf = (field: Locator, name: string) =>
  field.locator("xpath=ancestor::form[1]").getByRole("button", { name, exact: true });

test("a member reacts, replies, edits and reports on the server-rendered feed", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  test.slow(); // a journey with screenshots: see the budgets in fixtures.ts
  const owner = await makeUser({ name: "Olu Owner" });
  const member = await makeUser({ name: "Mina Member" });
  const group = await createGroup(db, owner, { name: "Curing Room", slug: `curing-${unique()}` });
  await addMember(db, group, member);
  const asked = await createPost(db, group, owner, {
    body: "Which lye calculator do you use?",
    createdAt: minutesAgo(90),
  });
  // Four comments: the feed shows the first three, "View all" the fourth.
  const first = await createComment(db, asked, owner, { body: "I like SoapCalc.", createdAt: minutesAgo(80) });
  for (let i = 2; i <= 4; i++)
    await createComment(db, asked, owner, { body: `Tip number ${i}`, createdAt: minutesAgo(80 - i) });
  const mine = await createPost(db, group, member, { body: "My first bar is curing.", createdAt: minutesAgo(30) });
  await createComment(db, mine, member, { body: "Day 3 of 28.", createdAt: minutesAgo(20) });

  await loginAs(page, member);
  await page.goto(`/groups/${group.slug}`);
  const ownerPost = page.getByRole("article", { name: "Olu Owner" });
  const myPost = page.getByRole("article", { name: "Mina Member" });
  await expect(ownerPost.getByText("I like SoapCalc.")).toBeVisible();

  // Like, saved: still pressed after a reload. (A click before the page has hydrated does nothing, as with any
  // client-side control: it is clicked again only while it is not pressed.)
  const like = ownerPost.getByRole("button", { name: "Like", exact: true }).first();
  await expect(async () => {
    if ((await like.getAttribute("aria-pressed")) !== "true") await like.click();
    await expect(like).toHaveAttribute("aria-pressed", "true", { timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await expect.poll(() => db.reaction.count({ where: { postId: asked.id, userId: member.id, kind: "LIKE" } })).toBe(1);
  await page.reload();
  await expect(like).toHaveAttribute("aria-pressed", "true");

  // The picker by keyboard: it opens on its first reaction, Escape gives focus back; Love replaces Like.
  const choose = ownerPost.getByRole("button", { name: "Choose a reaction" }).first();
  const picker = ownerPost.getByRole("group", { name: "Reactions" });
  await expect(async () => {
    if (!(await picker.isVisible())) {
      await choose.focus();
      await page.keyboard.press("Enter");
    }
    await expect(picker).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await expect(picker.getByRole("button", { name: "Like" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(picker).toBeHidden();
  await expect(choose).toBeFocused();
  await choose.click();
  await picker.getByRole("button", { name: "Love" }).click();
  await expect(ownerPost.getByRole("button", { name: "Love", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect
    .poll(() => db.reaction.findFirst({ where: { postId: asked.id, userId: member.id }, select: { kind: true } }))
    .toEqual({ kind: "LOVE" });

  // Reply to a comment: the box opens under its thread with focus in it, and the reply takes its place there.
  await ownerPost.getByRole("button", { name: "Reply", exact: true }).first().click();
  const replyBox = ownerPost.getByRole("textbox", { name: "Reply to Olu Owner" });
  await expect(replyBox).toBeFocused();
  await replyBox.fill("Thanks, SoapCalc it is.");
  await submitOf(replyBox, "Reply").click();
  await expect(ownerPost.getByRole("list", { name: "Replies to Olu Owner" })).toContainText("Thanks, SoapCalc it is.");
  await expect(replyBox).toHaveCount(0);
  await expect.poll(() => db.comment.count({ where: { parentId: first.id, authorId: member.id } })).toBe(1);

  // Edit my post from its menu: the editor takes the text's place, focused; Save shows the new text, edited.
  await myPost.getByRole("button", { name: "Actions for Mina Member's post" }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  const postEditor = myPost.getByRole("textbox", { name: "Edit your post" });
  await expect(postEditor).toBeFocused();
  await expect(postEditor).toHaveValue("My first bar is curing.");
  await postEditor.fill("My first bar is curing. Four weeks to go!");
  await submitOf(postEditor, "Save").click();
  await expect(myPost.getByText("My first bar is curing. Four weeks to go!")).toBeVisible();
  await expect(postEditor).toHaveCount(0);
  await expect(myPost.getByText("· edited").first()).toBeVisible();

  // Edit my comment: Escape leaves it as it was; then Save changes it.
  const commentMenu = myPost.getByRole("button", { name: "Actions for Mina Member's comment" });
  await commentMenu.click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  const commentEditor = myPost.getByRole("textbox", { name: "Edit your comment" });
  await expect(commentEditor).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(commentEditor).toHaveCount(0);
  await expect(myPost.getByText("Day 3 of 28.")).toBeVisible();
  await commentMenu.click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  await commentEditor.fill("Day 4 of 28.");
  await submitOf(commentEditor, "Save").click();
  await expect(myPost.getByText("Day 4 of 28.")).toBeVisible();

  // Report someone else's comment: the dialog opens from the menu and the report reaches the moderators.
  await ownerPost.getByRole("button", { name: "Actions for Olu Owner's comment" }).first().click();
  await page.getByRole("menuitem", { name: "Report…" }).click();
  const report = page.getByRole("dialog", { name: "Report this comment" });
  await report.getByRole("radio", { name: "Spam or selling" }).check();
  await report.getByRole("button", { name: "Send report" }).click();
  await expect(report).toBeHidden();
  await expect(page.getByText("Thanks. The group's moderators will review your report.")).toBeVisible();
  await expect.poll(() => db.report.count({ where: { commentId: first.id, reporterId: member.id } })).toBe(1);

  // "View all" brings the fourth comment, rendered in the browser, and it answers like the others.
  await ownerPost.getByRole("button", { name: "View all 5 comments" }).click();
  await expect(ownerPost.getByText("Tip number 4")).toBeVisible();
  const fourth = ownerPost.getByRole("listitem").filter({ hasText: "Tip number 4" });
  const fourthLike = fourth.getByRole("button", { name: "Like", exact: true });
  await fourthLike.click();
  await expect(fourthLike).toHaveAttribute("aria-pressed", "true");
  await checkPage(page, "group-feed-islands");
});
