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

// The group page sends ten posts at a time (issue 18: a page of posts with their first comments, under 200 KB).
test("the feed shows the newest ten posts, and 'Load more posts' the next ten", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  test.slow();
  const owner = await makeUser({ name: "Olu Owner" });
  const member = await makeUser({ name: "Mina Member" });
  const group = await createGroup(db, owner, { name: "Many Lathers", slug: `many-${unique()}` });
  await addMember(db, group, member);
  for (let i = 1; i <= 23; i++) {
    const post = await createPost(db, group, owner, { body: `Batch report ${i}`, createdAt: minutesAgo(100 - i) });
    if (i === 23) await createComment(db, post, member, { body: "Lovely colour", createdAt: minutesAgo(1) });
  }

  await loginAs(page, member);
  await page.goto(`/groups/${group.slug}`);
  const posts = page.getByRole("list", { name: "Posts" }).getByRole("article");
  await expect(posts).toHaveCount(10);
  await expect(posts.first()).toContainText("Batch report 23");
  await expect(posts.last()).toContainText("Batch report 14");
  await expect(page.getByText("Batch report 13", { exact: true })).toHaveCount(0);
  // Every post and comment still has its menu and reaction picker, their icons drawn from the page's sprite.
  await expect(page.getByRole("button", { name: "Actions for Mina Member's comment" })).toBeVisible();
  await expect(posts.first().getByRole("button", { name: "Choose a reaction" }).first()).toBeVisible();
  await checkPage(page, "group-feed-first-page");

  await page.getByRole("link", { name: "Load more posts" }).click();
  await expect(posts).toHaveCount(10);
  await expect(posts.first()).toContainText("Batch report 13");
  await expect(posts.last()).toContainText("Batch report 4");
  await page.getByRole("link", { name: "Load more posts" }).click();
  await expect(posts).toHaveCount(3);
  await expect(page.getByText("You've reached the beginning of the discussion.")).toBeVisible();
  await page.getByRole("link", { name: "Back to the newest posts" }).click();
  await expect(posts.first()).toContainText("Batch report 23");
});
