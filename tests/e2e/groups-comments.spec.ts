import { test, expect, checkPage } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createComment, createPost } from "../factories/feed";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

// The feed sends a post's first comments only; "View all N comments" reads the rest in place, page by page.
test("a member sees a post's first comments, then all of them, and the feed stays small", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  test.slow();
  const owner = await makeUser({ name: "Olu Owner" });
  const member = await makeUser({ name: "Mina Member" });
  const group = await createGroup(db, owner, { name: "Busy Lathers", slug: `busy-${unique()}` });
  await addMember(db, group, member);
  const post = await createPost(db, group, owner, { body: "Which oils do you swear by?", createdAt: minutesAgo(120) });
  // 25 comments: more than one page of the full list (20 top-level comments per page).
  for (let i = 1; i <= 25; i++)
    await createComment(db, post, member, { body: `Answer number ${i}`, createdAt: minutesAgo(100 - i) });

  await loginAs(page, member);
  await page.goto(`/groups/${group.slug}`);
  const comments = page.getByRole("region", { name: "Comments on Olu Owner's post" });
  await expect(comments.getByText("Answer number 1", { exact: true })).toBeVisible();
  await expect(comments.getByText("Answer number 3", { exact: true })).toBeVisible();
  await expect(comments.getByText("Answer number 4", { exact: true })).toHaveCount(0);
  await checkPage(page, "group-feed-first-comments");

  await comments.getByRole("button", { name: "View all 25 comments" }).click();
  await expect(comments.getByText("Answer number 20", { exact: true })).toBeVisible();
  await expect(comments.getByText("Answer number 21", { exact: true })).toHaveCount(0);
  await comments.getByRole("button", { name: "Show more comments" }).click();
  await expect(comments.getByText("Answer number 25", { exact: true })).toBeVisible();
  await expect(comments.getByRole("button", { name: "Show more comments" })).toHaveCount(0);
  await checkPage(page, "group-feed-all-comments");
});
