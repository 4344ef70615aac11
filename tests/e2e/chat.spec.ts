/**
 * Issue 8 in the browser: the pair's private thread in two browser contexts. The mentee writes, the mentor sees it
 * without reloading and replies; "Seen", edits and deletions show on both sides; a retried send (same client id)
 * stores one message; an XSS corpus renders as text; a report reaches the owner's queue with that message alone
 * (moderators see no message, members no queue) and the owner warns its author; outsiders and the group's admin get
 * 404 for the thread; an ended mentorship is read-only. axe checks the thread and the queue (light, dark, phone) and
 * saves screenshots.
 */
import { test, expect, checkPage } from "./fixtures";
import { addMember } from "../factories/groups";
import { bubble, log, messageAction, open, send, toast, world } from "./support/chat-world";
import { backdate, newClientId, seedMessages } from "../factories/chat";

test.describe.configure({ timeout: 180_000 });

test("mentee and mentor chat live: send, reply, seen, edit, delete, drafts", async ({
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  const w = await world(db, makeUser);
  const mentee = await open(browser, loginAs, w.mentee, w.url, "Europe/Lisbon");
  const mentor = await open(browser, loginAs, w.mentor, w.url, "America/Mexico_City");

  // The admins' introduction opens the thread, set apart and labelled.
  await expect(mentee.getByTestId("introduction")).toContainText("Introduction from the admins");
  await expect(mentee.getByTestId("introduction")).toContainText("You both love soap. Say hello!");
  await expect(mentee.getByRole("heading", { level: 1, name: "Diego Ramírez" })).toBeVisible();

  // The mentee sends with Enter; the mentor sees it without reloading; the mentee then sees "Seen".
  await send(mentee, "Hello Diego! When shall we meet?");
  await expect(bubble(mentor, "Hello Diego! When shall we meet?")).toBeVisible();
  await expect(bubble(mentee, "Hello Diego!").getByTestId("receipt")).toHaveText("Seen");

  // The mentor replies over two lines (Shift+Enter) with a link; it arrives as text with a working link.
  const box = mentor.getByRole("textbox", { name: "Message to Sam" });
  await box.fill("Thursday works.");
  await box.press("Shift+Enter");
  await box.pressSequentially("Recipes: https://example.com/soap.");
  await box.press("Enter");
  await expect(box).toHaveValue("");
  const reply = bubble(mentee, "Thursday works.");
  await expect(reply).toContainText("Recipes:");
  await expect(reply.getByRole("link", { name: "https://example.com/soap" })).toHaveAttribute(
    "href",
    "https://example.com/soap",
  );
  await expect(bubble(mentor, "Thursday works.").getByTestId("receipt")).toHaveText("Seen");

  // The mentee edits their message; both see the new words marked "Edited".
  await messageAction(mentee, "Hello Diego!", "Edit");
  const edit = mentee.getByRole("textbox", { name: "Edit your message" });
  await edit.fill("Hello Diego! Could we meet on Thursday?");
  await edit.press("Enter");
  for (const page of [mentee, mentor]) {
    await expect(bubble(page, "Could we meet on Thursday?")).toContainText("Edited");
    await expect(log(page).getByText("When shall we meet?")).toHaveCount(0);
  }

  // The mentor deletes a message sent by mistake; both see it as deleted.
  await send(mentor, "Oops, wrong conversation");
  await expect(bubble(mentee, "Oops, wrong conversation")).toBeVisible();
  await messageAction(mentor, "Oops, wrong conversation", "Delete");
  await mentor.getByRole("dialog", { name: "Delete this message?" }).getByRole("button", { name: "Delete" }).click();
  await expect(toast(mentor, "Message deleted.")).toBeVisible();
  for (const page of [mentor, mentee]) {
    await expect(log(page).getByText("This message was deleted")).toBeVisible();
    await expect(log(page).getByText("Oops, wrong conversation")).toHaveCount(0);
  }

  // The partner's message can be reported; your own cannot; there is no edit on theirs.
  const theirs = bubble(mentee, "Thursday works.");
  await theirs.hover();
  await theirs.getByRole("button", { name: "Actions for Diego Ramírez's message" }).click();
  await expect(mentee.getByRole("menuitem", { name: "Report" })).toBeVisible();
  await expect(mentee.getByRole("menuitem", { name: "Edit" })).toHaveCount(0);
  await mentee.keyboard.press("Escape");

  // A draft survives a reload.
  await mentee.getByRole("textbox", { name: "Message to Diego" }).fill("Half-written thought");
  await mentee.reload();
  await expect(mentee.getByRole("textbox", { name: "Message to Diego" })).toHaveValue("Half-written thought");

  expect(await db.message.count({ where: { threadId: w.threadId } })).toBe(4);
  await checkPage(mentee, "chat-thread");
  await mentee.context().close();
  await mentor.context().close();
});

test("a send is stored once however often it is retried", async ({ browser, db, makeUser, loginAs }) => {
  const w = await world(db, makeUser);
  const page = await open(browser, loginAs, w.mentee, w.url, "Europe/Lisbon");
  const api = `/api/v1/threads/${w.threadId}/messages`;
  const origin = new URL(page.url()).origin;

  // The same client id twice from the page's own session: one message, the same answer.
  const clientId = newClientId("e2e");
  const first = await page.request.post(api, { data: { clientId, body: "Sent twice" }, headers: { origin } });
  const second = await page.request.post(api, { data: { clientId, body: "Sent twice" }, headers: { origin } });
  expect(first.status()).toBe(201);
  expect(second.status()).toBe(201);
  expect((await second.json()).id).toBe((await first.json()).id);
  expect(await db.message.count({ where: { threadId: w.threadId, clientId } })).toBe(1);
  await expect(bubble(page, "Sent twice")).toHaveCount(1);

  // A send that times out shows "Not sent"; Retry resends the same id and the message appears once.
  const posted: string[] = [];
  await page.route(`**${api}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    posted.push((route.request().postDataJSON() as { clientId: string }).clientId);
    if (posted.length === 1)
      return route.fulfill({ status: 408, json: { error: { code: "TIMEOUT", message: "The connection timed out." } } });
    return route.continue();
  });
  const box = page.getByRole("textbox", { name: "Message to Diego" });
  await box.fill("Through a bad connection");
  await box.press("Enter");
  const pending = log(page).getByTestId("pending-message");
  await expect(pending).toContainText("Not sent: The connection timed out.");
  await checkPage(page, "chat-send-failed");
  await pending.getByRole("button", { name: "Retry" }).click();
  await expect(bubble(page, "Through a bad connection")).toHaveCount(1);
  await expect(pending).toHaveCount(0);
  expect(posted).toHaveLength(2);
  expect(posted[1]).toBe(posted[0]);
  expect(await db.message.count({ where: { threadId: w.threadId, body: "Through a bad connection" } })).toBe(1);

  // The answer lost after the server stored it: the stream brings the message, still once.
  await page.unrouteAll();
  await page.route(`**${api}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    await route.fetch();
    return route.fulfill({ status: 408, json: { error: { code: "TIMEOUT", message: "The connection timed out." } } });
  });
  await box.fill("Answer lost on the way back");
  await box.press("Enter");
  await expect(bubble(page, "Answer lost on the way back")).toHaveCount(1);
  await expect(pending).toHaveCount(0);
  expect(await db.message.count({ where: { threadId: w.threadId, body: "Answer lost on the way back" } })).toBe(1);
  await page.context().close();
});

test("an XSS corpus renders as text for both; a report reaches the admins' queue with that message alone", async ({
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  const w = await world(db, makeUser);
  const mentee = await open(browser, loginAs, w.mentee, w.url, "Europe/Lisbon");
  const mentor = await open(browser, loginAs, w.mentor, w.url, "America/Mexico_City");
  // Something private that nobody reports: it must never reach the admins.
  const secret = "Between us: my landlord wants me out by March.";
  await send(mentee, secret);
  const corpus = ["<img src=x onerror=window.__xss=1>", "<script>window.__xss=1</script>", "javascript:alert(1)"];
  for (const text of corpus) await send(mentor, text);
  for (const page of [mentor, mentee]) {
    for (const text of corpus) await expect(log(page).getByText(text, { exact: true })).toBeVisible();
    await expect(log(page).locator("img, script")).toHaveCount(0);
    await expect(log(page).getByRole("link")).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  }

  await messageAction(mentee, "javascript:alert(1)", "Report");
  const dialog = mentee.getByRole("dialog", { name: "Report this message" });
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(dialog.getByText("Choose a reason.")).toBeVisible();
  await checkPage(mentee, "chat-report-dialog");
  await dialog.getByRole("radio", { name: "Harassment or bullying" }).check();
  await dialog.getByRole("textbox", { name: /Anything the admins should know/ }).fill("Strange links again.");
  await dialog.getByRole("button", { name: "Send report" }).click();
  await expect(toast(mentee, "The group's admins will review this message.")).toBeVisible();
  const message = await db.message.findFirstOrThrow({ where: { threadId: w.threadId, body: "javascript:alert(1)" } });
  const report = await db.report.findFirstOrThrow({ where: { messageId: message.id } });
  expect(report).toMatchObject({ reporterId: w.mentee.id, reason: "HARASSMENT", note: "Strange links again." });
  await mentee.context().close();

  // Moderators review posts, not private conversations: the queue shows them no message; a member has no queue.
  const reportsUrl = `/groups/${w.group.slug}/reports`;
  const moderator = await makeUser({ name: "Mo Moderator" });
  await addMember(db, w.group, moderator, { role: "MODERATOR" });
  const modPage = await (await browser.newContext()).newPage();
  await loginAs(modPage, moderator);
  expect((await modPage.goto(reportsUrl))?.status()).toBe(200);
  await expect(modPage.getByRole("heading", { name: "Reports", exact: true })).toBeVisible();
  await expect(modPage.getByRole("heading", { name: "Reported messages" })).toHaveCount(0);
  // Not even the tab's count hints that a conversation was reported.
  await expect(
    modPage.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: /^Reports/ }),
  ).toHaveText("Reports");
  expect(await modPage.content()).not.toContain("javascript:alert(1)");
  await modPage.context().close();
  const memberPage = await (await browser.newContext()).newPage();
  await loginAs(memberPage, w.outsider);
  expect((await memberPage.goto(reportsUrl))?.status()).toBe(404);
  await memberPage.context().close();

  // The group's owner finds the reported message in the queue, alone: who reported it, why, and who wrote it.
  const admin = await (await browser.newContext({ timezoneId: "Europe/Berlin" })).newPage();
  await loginAs(admin, w.admin);
  await admin.goto(`/groups/${w.group.slug}`);
  await admin
    .getByRole("navigation", { name: "Group sections" })
    .getByRole("link", { name: /^Reports/ })
    .click();
  const queue = admin.getByRole("region", { name: "Reported messages" });
  const item = queue.getByRole("article");
  await expect(item).toHaveCount(1);
  await expect(item.getByRole("heading")).toContainText("Harassment or bullying");
  await expect(item).toContainText("Reported by Sam Newcomer");
  await expect(item.getByText("Strange links again.")).toBeVisible();
  const reported = item.getByRole("figure");
  await expect(reported).toContainText("Diego Ramírez");
  await expect(reported.getByText("javascript:alert(1)", { exact: true })).toBeVisible();
  await expect(reported.getByRole("link")).toHaveCount(0);
  // Nothing else from the conversation is on the page, nor in the HTML or the data sent with it (a fresh load, so
  // the page's own server payload is inlined).
  for (const text of [secret, ...corpus.slice(0, 2), "You both love soap"])
    await expect(admin.getByText(text)).toHaveCount(0);
  await admin.reload();
  await expect(item).toHaveCount(1);
  const html = await admin.content();
  expect(html).toContain("javascript:alert(1)");
  for (const text of ["landlord", "__xss", "You both love soap"]) expect(html).not.toContain(text);
  await checkPage(admin, "chat-report-queue");

  // The owner warns the author with a note: the author is told, and the report leaves the queue.
  await expect(item.getByRole("radio", { name: /Warn the author/ })).toBeChecked();
  await item.getByRole("textbox", { name: "Note to the author (optional)" }).fill("Please share recipe links only.");
  await item.getByRole("button", { name: "Warn the author" }).click();
  await expect(toast(admin, "Warning sent to the author.")).toBeVisible();
  await expect(item).toHaveCount(0);
  await expect(queue.getByText("No reported messages.")).toBeVisible();
  expect(await db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
    status: "RESOLVED",
    resolution: "warn",
    resolvedById: w.admin.id,
  });
  await mentor.goto("/notifications");
  await expect(mentor.getByText(`A warning from the admins of ${w.group.name}`)).toBeVisible();
  await expect(mentor.getByText("Please share recipe links only.")).toBeVisible();
  await admin.context().close();
  await mentor.context().close();
});

test("history loads upward by day; outsiders get 404; an ended mentorship is read-only", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  const w = await world(db, makeUser);
  const intro = await db.message.findFirstOrThrow({ where: { threadId: w.threadId } });
  await backdate(db, intro.id, 3 * 86_400_000);
  const seeded = await seedMessages(db, w.threadId, [w.mentee, w.mentor], 60, "Earlier note");
  for (const m of seeded.slice(1, 31)) await backdate(db, m.id, 2 * 86_400_000);

  // An outsider member and the group's admin see nothing.
  for (const user of [w.outsider, w.admin]) {
    const other = await (await browser.newContext()).newPage();
    await loginAs(other, user);
    expect((await other.goto(w.url))?.status()).toBe(404);
    await other.context().close();
  }

  await loginAs(page, w.mentee);
  await page.goto(w.url);
  await expect(bubble(page, "Earlier note 60")).toBeVisible();
  await expect(bubble(page, "Earlier note 10")).toHaveCount(0);
  await log(page).getByRole("button", { name: "Load older messages" }).click();
  await expect(bubble(page, "Earlier note 10").first()).toBeAttached();
  await expect(page.getByTestId("introduction")).toBeAttached();
  await expect(log(page).getByText("This is the start of your conversation.")).toBeAttached();
  await expect(log(page).getByRole("heading", { name: "Today" })).toBeAttached();

  await db.pairing.update({ where: { id: w.pairing.id }, data: { state: "ENDED", endedAt: new Date() } });
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "This mentorship has ended" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Message to/ })).toHaveCount(0);
  await checkPage(page, "chat-thread-ended");
});
