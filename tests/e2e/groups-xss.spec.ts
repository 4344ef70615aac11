import { createHash, randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createComment, createPost } from "../factories/feed";

/**
 * Stored XSS: markup, event handlers and dangerous URL schemes typed into every text a group shows. Each must
 * render as the characters it is: visible, inert, and never an attribute, an element or a link.
 */
const PAYLOADS = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=1">`,
  `<svg onload=window.__xss=1>`,
  `javascript:window.__xss=1`,
  `"><iframe srcdoc="<script>parent.__xss=1</script>">`,
  `[click](javascript:window.__xss=1)`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==`,
  `<a href="javascript:alert('xss')">click me</a>`,
  `<img src=x onerror=alert(document.domain)>`,
  `https://example.com/?q="><svg/onload=window.__xss=1>`,
  `</script><script>window.__xss=1</script>`,
  `{{constructor.constructor('window.__xss=1')()}}`,
] as const;

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Fails the test on any alert/confirm/prompt the page opens. */
function guard(page: Page, dialogs: string[]) {
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()} (${page.url()})`);
    void dialog.dismiss();
  });
}

/** Nothing ran, and nothing dangerous made it into the DOM as an element, attribute or link. */
async function expectInert(page: Page, view: string) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `${view}: __xss`).toBeUndefined();
  await expect(page.locator('a[href^="javascript:" i]'), `${view}: javascript: links`).toHaveCount(0);
  await expect(page.locator('a[href^="data:" i]'), `${view}: data: links`).toHaveCount(0);
  await expect(
    page.locator("iframe, [srcdoc], [onerror], [onload], img[src='x']"),
    `${view}: injected nodes`,
  ).toHaveCount(0);
  // Every <script> in the document is one the app put there: it carries the CSP nonce, or (a signed-out visitor's
  // page served from the cache, decision 025) its sha256 is one the page's CSP lists.
  const unsigned = await page.evaluate(async () => {
    const scripts = [...document.querySelectorAll("script")].filter((s) => !s.nonce && !s.src.includes("/_next/"));
    return Promise.all(
      scripts.map(async (s) => {
        const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(s.textContent ?? ""));
        return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
      }),
    );
  });
  if (unsigned.length === 0) return;
  const csp = (await page.request.get(page.url(), { headers: { accept: "text/html" } })).headers()[
    "content-security-policy"
  ];
  const stray = unsigned.filter((hash) => !(csp ?? "").includes(hash));
  expect(stray, `${view}: scripts neither with the nonce nor hashed in the CSP`).toEqual([]);
}

async function expectText(page: Page, text: string, view: string) {
  await expect(page.getByText(text, { exact: false }).first(), `${view}: "${text}" shown as text`).toBeVisible();
}

test("payloads stored in group names, descriptions, rules, questions, answers, posts, comments and reports render inert everywhere", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  test.setTimeout(120_000);
  const id = unique();
  const token = `xss${id}`;
  const dialogs: string[] = [];
  guard(page, dialogs);

  const owner = await makeUser({ name: "Olu Owner" });
  const mallory = await makeUser({ name: `Mallory <svg onload=window.__xss=1>`, bio: PAYLOADS[1] });
  const reporter = await makeUser({ name: "Rita Reporter" });
  const groupName = `${token} <img src=x onerror="window.__xss=1">`;
  const group = await createGroup(db, owner, {
    name: groupName,
    slug: `xss-${id}`,
    privacy: "PRIVATE",
    description: PAYLOADS.join("\n"),
  });
  await db.groupRule.createMany({
    data: PAYLOADS.slice(0, 6).map((p, position) => ({
      groupId: group.id,
      position,
      title: p,
      body: PAYLOADS[6 + position],
    })),
  });
  await db.membershipQuestion.createMany({
    data: PAYLOADS.slice(0, 3).map((p, position) => ({
      groupId: group.id,
      position,
      prompt: `${p} why?`,
      required: true,
    })),
  });
  await addMember(db, group, reporter);

  // Mallory asks to join: the header, the private notice and the join dialog show the payloads as text.
  const malloryContext = await browser.newContext();
  const malloryPage = await malloryContext.newPage();
  guard(malloryPage, dialogs);
  await loginAs(malloryPage, mallory);
  await malloryPage.goto(`/groups/${group.slug}`);
  await expect(malloryPage.getByRole("heading", { level: 1, name: groupName })).toBeVisible();
  await expectText(malloryPage, PAYLOADS[4], "private notice");
  await expectInert(malloryPage, "private group page");
  await malloryPage.getByRole("button", { name: "Request to join" }).click();
  const dialog = malloryPage.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: `Join ${groupName}` })).toBeVisible();
  for (const p of PAYLOADS.slice(0, 6)) await expect(dialog.getByText(p, { exact: false }).first()).toBeVisible();
  await expect(dialog.getByText(`${PAYLOADS[0]} why?`)).toBeVisible();
  const answers = dialog.getByRole("textbox");
  await expect(answers).toHaveCount(3);
  for (let i = 0; i < 3; i++) await answers.nth(i).fill(`${PAYLOADS[7 + i]} answer ${i}`);
  await dialog.getByRole("checkbox", { name: "I agree to follow the group's rules." }).check();
  await expectInert(malloryPage, "join dialog");
  await dialog.getByRole("button", { name: "Send request" }).click();
  await expect(malloryPage.getByText("Request pending")).toBeVisible();

  // The owner reads the request (name, bio, questions, answers) and the notification about it.
  await loginAs(page, owner);
  await page.goto(`/groups/${group.slug}/requests`);
  const requests = page.getByRole("list", { name: "Join requests" });
  await expect(requests.getByRole("heading", { name: mallory.name })).toBeVisible();
  await expect(requests.getByText(PAYLOADS[1], { exact: true })).toBeVisible(); // the bio
  for (let i = 0; i < 3; i++) {
    await expect(requests.getByText(`${PAYLOADS[i]} why?`)).toBeVisible();
    await expect(requests.getByText(`${PAYLOADS[7 + i]} answer ${i}`)).toBeVisible();
  }
  await expectInert(page, "requests");

  await page.goto("/notifications");
  await expectText(page, `${mallory.name} asks to join ${groupName}`, "notifications page");
  await expectInert(page, "notifications page");
  await page.getByRole("button", { name: /^Notifications/ }).click();
  await expect(page.getByRole("menuitem", { name: new RegExp(`asks to join ${token}`) })).toBeVisible();
  await expectInert(page, "notification menu");
  await page.keyboard.press("Escape");

  await page.goto(`/groups/${group.slug}/requests`);
  await page.getByRole("button", { name: `Approve ${mallory.name}` }).click();
  await expect(page.getByText("No requests to review")).toBeVisible();

  // Mallory's posts and comments, a pinned one, one waiting for approval, and a report with a note.
  const posts = [];
  for (const [i, p] of PAYLOADS.entries()) {
    posts.push(await createPost(db, group, mallory, { body: `Post ${i}: ${p}`, pinned: i === 0 }));
  }
  await createPost(db, group, mallory, { body: `Pending: ${PAYLOADS[4]}`, status: "PENDING_APPROVAL" });
  const first = await createComment(db, posts[1]!, mallory, { body: `Comment: ${PAYLOADS[2]}` });
  await createComment(db, posts[1]!, reporter, { body: `Reply: ${PAYLOADS[5]}`, parentId: first.id });
  await db.report.create({
    data: { groupId: group.id, reporterId: reporter.id, postId: posts[3]!.id, reason: "SPAM", note: PAYLOADS[9] },
  });

  // Discussion, as the owner: every post, the comment and the reply, the pending queue. The feed shows ten posts a
  // page; the rest are a "Load more posts" away, followed as a reader would, and every page must be inert.
  await page.goto(`/groups/${group.slug}`);
  await expectText(page, `Pending: ${PAYLOADS[4]}`, "pending queue");
  const feedPosts = page.getByRole("list", { name: "Posts" }).getByRole("article");
  const shown: string[] = [];
  for (let n = 1; n <= 3; n++) {
    await expect(feedPosts.first()).toBeVisible();
    shown.push(...(await feedPosts.allInnerTexts()));
    await expectInert(page, `discussion, page ${n}`);
    const more = page.getByRole("link", { name: "Load more posts" });
    if ((await more.count()) === 0) break;
    // The next page has arrived when the list's last post is another one (a pinned post may lead every page).
    const url = page.url();
    const last = (await feedPosts.last().textContent()) ?? "";
    await more.click();
    await expect(page).not.toHaveURL(url);
    await expect(feedPosts.last()).not.toHaveText(last);
  }
  const discussion = shown.join("\n");
  for (const [i, p] of PAYLOADS.entries()) {
    expect(discussion, `discussion: "Post ${i}: ${p}" shown as text`).toContain(`Post ${i}: ${p}`);
  }
  expect(discussion, "discussion: the comment shown as text").toContain(`Comment: ${PAYLOADS[2]}`);
  expect(discussion, "discussion: the reply shown as text").toContain(`Reply: ${PAYLOADS[5]}`);
  await page.goto(`/groups/${group.slug}`);
  // The only links in posts are the http(s) ones, with the quote and markup left out of the address.
  const links = await page
    .getByRole("list", { name: "Posts" })
    .locator("a[href]")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  for (const href of links) expect(href).toMatch(/^https:\/\/example\.com\/\?q=$/);

  // The owner removes a post with a payload as the reason.
  const removedPost = page.getByRole("listitem").filter({ hasText: `Post 6: ${PAYLOADS[6]}` });
  await removedPost.getByRole("button", { name: /^Actions for Mallory/ }).click();
  await page.getByRole("menuitem", { name: "Remove…" }).click();
  const removeDialog = page.getByRole("dialog", { name: "Remove this post?" });
  await removeDialog.getByLabel("Reason").fill(`${PAYLOADS[1]} spam`);
  await removeDialog.getByRole("button", { name: "Remove post" }).click();
  await expect(removeDialog).toBeHidden();
  await expectInert(page, "discussion after removal");

  await page.goto(`/groups/${group.slug}/about`);
  for (const p of PAYLOADS.slice(0, 6)) await expectText(page, p, "about: rules");
  await expectText(page, PAYLOADS[11], "about: description");
  await expectInert(page, "about");

  await page.goto(`/groups/${group.slug}/members`);
  await expect(page.getByRole("list", { name: "Members" }).getByText(mallory.name, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: `Manage ${mallory.name}` }).click();
  await expect(page.getByRole("menuitem", { name: "Change role…" })).toBeVisible();
  await expectInert(page, "members");
  await page.keyboard.press("Escape");

  await page.goto(`/groups/${group.slug}/reports`);
  await expectText(page, PAYLOADS[9], "reports: note");
  await expectText(page, `Post 3: ${PAYLOADS[3]}`, "reports: reported post");
  await expectInert(page, "reports");

  await page.goto(`/groups/${group.slug}/activity`);
  await expectText(page, `approved ${mallory.name}'s request`, "activity: approval");
  await expectText(page, `removed a post by ${mallory.name}: ${PAYLOADS[1]} spam`, "activity: removal");
  await expectInert(page, "activity");

  await page.goto(`/groups/${group.slug}/settings`);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(groupName);
  await expect(page.getByLabel("Description")).toHaveValue(PAYLOADS.join("\n"));
  await expect(page.getByLabel("Rule 1", { exact: true })).toHaveValue(PAYLOADS[0]);
  await expectInert(page, "settings");

  // The author sees the removal, with the reason as text.
  await malloryPage.goto(`/groups/${group.slug}`);
  await expectText(malloryPage, `A moderator removed this post: “${PAYLOADS[1]} spam”.`, "author's removed post");
  await expectInert(malloryPage, "author's discussion");

  // A signed-out visitor: the directory search and the private group's page.
  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  guard(visitorPage, dialogs);
  await visitorPage.goto(`/groups?q=${token}`);
  const card = visitorPage.getByRole("list", { name: "Groups" }).getByRole("listitem");
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("link", { name: groupName })).toHaveAttribute("href", `/groups/${group.slug}`);
  await expectText(visitorPage, PAYLOADS[0], "directory card");
  await expectInert(visitorPage, "directory");
  await visitorPage.goto(`/groups/${group.slug}`);
  await expect(visitorPage.getByRole("heading", { level: 1, name: groupName })).toBeVisible();
  await expectInert(visitorPage, "visitor group page");

  // An invitation link shows the name, description and rules.
  const inviteToken = randomBytes(32).toString("base64url");
  await db.invitation.create({
    data: {
      groupId: group.id,
      invitedById: owner.id,
      tokenHash: createHash("sha256").update(inviteToken, "utf8").digest("hex"),
      expiresAt: new Date(Date.now() + 86_400_000),
      maxUses: 5,
    },
  });
  const invitee = await makeUser();
  await loginAs(visitorPage, invitee);
  await visitorPage.goto(`/invite/${inviteToken}`);
  await expect(visitorPage.getByRole("heading", { level: 1, name: groupName })).toBeVisible();
  await expectText(visitorPage, PAYLOADS[10], "invitation: description");
  await expectText(visitorPage, PAYLOADS[5], "invitation: rules");
  await expectInert(visitorPage, "invitation");

  expect(dialogs, "dialogs opened by payloads").toEqual([]);
  for (const p of [page, malloryPage, visitorPage])
    expect(await p.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await malloryContext.close();
  await visitor.close();
});
