/**
 * Chat hardening in the browser: a repeated Delete (or Save of an edit) acts once, with one toast; signing out leaves
 * no draft or unsent message in the browser's storage; a screen reader hears a sent message once (not its "Sending…"
 * placeholder too) and not a whole page of history when older messages load; right-to-left text and names can't
 * reorder what is around them; a malformed Origin header is refused as cross-site (403), not a server error.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { bubble, log, messageAction, open, send, toast, world } from "./support/chat-world";
import { seedMessages } from "../factories/chat";

test.describe.configure({ timeout: 120_000 });

const errorToasts = (page: Page) => page.locator('[data-sonner-toast][data-type="error"]');

/** The text a screen reader can reach: the page's accessibility tree as Chromium exposes it. */
async function spokenText(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && n.role?.value === "StaticText").map((n) => String(n.name?.value ?? ""));
}

/** Requests of one method to the API, and how many have been answered. */
function watch(page: Page, method: string, path: RegExp) {
  const seen = { sent: 0, answered: 0 };
  page.on("request", (r) => {
    if (r.method() === method && path.test(new URL(r.url()).pathname)) seen.sent += 1;
  });
  page.on("requestfinished", (r) => {
    if (r.method() === method && path.test(new URL(r.url()).pathname)) seen.answered += 1;
  });
  return seen;
}

test("pressing Delete or Save twice deletes once and saves once", async ({ browser, db, makeUser, loginAs }) => {
  const w = await world(db, makeUser);
  const page = await open(browser, loginAs, w.mentee, w.url, "Europe/Lisbon");
  await send(page, "Sent by mistake");
  await send(page, "Typo in thsi one");

  // A busy button is only aria-disabled (it keeps focus), so a second Enter still reaches it.
  const deletes = watch(page, "DELETE", /^\/api\/v1\/messages\//);
  await messageAction(page, "Sent by mistake", "Delete");
  await page.getByRole("dialog", { name: "Delete this message?" }).getByRole("button", { name: "Delete" }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(toast(page, "Message deleted.")).toHaveCount(1);
  await expect(log(page).getByText("This message was deleted")).toBeVisible();
  await expect.poll(() => deletes.answered).toBe(deletes.sent);
  expect(deletes.sent).toBe(1);
  await expect(errorToasts(page)).toHaveCount(0);

  const patches = watch(page, "PATCH", /^\/api\/v1\/messages\//);
  await messageAction(page, "Typo in thsi one", "Edit");
  await page.getByRole("textbox", { name: "Edit your message" }).fill("Typo in this one");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(bubble(page, "Typo in this one")).toContainText("Edited");
  await expect.poll(() => patches.answered).toBe(patches.sent);
  expect(patches.sent).toBe(1);
  await expect(errorToasts(page)).toHaveCount(0);
  expect(await db.message.count({ where: { threadId: w.threadId, deletedAt: { not: null } } })).toBe(1);
});

test("signing out removes drafts and unsent messages from the browser", async ({ browser, db, makeUser, loginAs }) => {
  const w = await world(db, makeUser);
  const page = await open(browser, loginAs, w.mentee, w.url, "Europe/Lisbon");
  const chatKeys = () =>
    page.evaluate(() => Object.keys(localStorage).filter((k) => /^kinship:(draft|outbox):/.test(k)));

  // A message that could not be sent stays in the outbox; a half-written one is a draft.
  await page.route(`**/api/v1/threads/${w.threadId}/messages`, (route) =>
    route.request().method() === "POST"
      ? route.fulfill({ status: 408, json: { error: { code: "TIMEOUT", message: "The connection timed out." } } })
      : route.continue(),
  );
  const box = page.getByRole("textbox", { name: "Message to Diego" });
  await box.fill("My new address is 12 Rose Lane");
  await box.press("Enter");
  await expect(log(page).getByTestId("pending-message")).toContainText("Not sent");
  await box.fill("Half-written: my bank said");
  await page.evaluate(() => localStorage.setItem("unrelated-setting", "kept"));
  expect((await chatKeys()).map((k) => k.split(":")[1]).sort()).toEqual(["draft", "outbox"]);

  await page.getByRole("button", { name: "Account menu for Sam Newcomer" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByText("You're signed out.")).toBeVisible();
  expect(await chatKeys()).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem("unrelated-setting"))).toBe("kept");

  // Signed in again, nothing of it comes back.
  await loginAs(page, w.mentee);
  await page.goto(w.url);
  await expect(page.getByTestId("introduction")).toBeVisible();
  await expect(box).toHaveValue("");
  await expect(log(page).getByTestId("pending-message")).toHaveCount(0);
});

test("a screen reader hears a sent message once, and no history as it loads", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const w = await world(db, makeUser);
  await seedMessages(db, w.threadId, [w.mentee, w.mentor], 60, "Earlier note");
  await loginAs(page, w.mentee);
  await page.goto(w.url);
  await expect(bubble(page, "Earlier note 60")).toBeVisible();
  const api = `/api/v1/threads/${w.threadId}/messages`;

  // While the message is on its way, its placeholder is kept out of the live log; a status says "Sending…".
  let deliver!: () => void;
  const held = new Promise<void>((resolve) => (deliver = resolve));
  await page.route(`**${api}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    await held;
    return route.continue();
  });
  const text = "Does Thursday still work for you?";
  const box = page.getByRole("textbox", { name: "Message to Diego" });
  await box.fill(text);
  await box.press("Enter");
  await expect(log(page).getByTestId("pending-message")).toContainText("Sending…");
  await expect(page.getByTestId("send-status")).toHaveText("Sending…");
  expect((await spokenText(page)).filter((t) => t.includes(text))).toEqual([]);
  deliver();
  await expect(bubble(page, text)).toBeVisible();
  await expect(log(page).getByTestId("pending-message")).toHaveCount(0);
  await expect(page.getByTestId("send-status")).toHaveText("");
  expect((await spokenText(page)).filter((t) => t.includes(text))).toHaveLength(1);

  // A send that fails is there for everyone, with why and Retry.
  await page.unrouteAll();
  await page.route(`**${api}`, (route) =>
    route.request().method() === "POST"
      ? route.fulfill({ status: 408, json: { error: { code: "TIMEOUT", message: "The connection timed out." } } })
      : route.continue(),
  );
  await box.fill("This one will fail");
  await box.press("Enter");
  await expect(log(page).getByTestId("pending-message")).toContainText("Not sent");
  await expect(page.getByTestId("send-status")).toHaveText("");
  const spoken = await spokenText(page);
  expect(spoken.filter((t) => t.includes("This one will fail"))).toHaveLength(1);
  expect(spoken.join("")).toContain("Not sent: The connection timed out.");
  expect(spoken).toContain("Retry");
  await page.unrouteAll();

  // Loading older messages: the log is busy until they are in place, then live again.
  let answer!: () => void;
  const waiting = new Promise<void>((resolve) => (answer = resolve));
  await page.route(
    (url) => url.pathname === api && url.searchParams.has("before"),
    async (route) => {
      await waiting;
      return route.continue();
    },
  );
  await log(page).getByRole("button", { name: "Load older messages" }).click();
  await expect(log(page)).toHaveAttribute("aria-busy", "true");
  answer();
  await expect(log(page).getByText("Earlier note 5", { exact: true })).toBeAttached();
  await expect(log(page)).not.toHaveAttribute("aria-busy", "true");
});

test("right-to-left text keeps its direction and can't reorder a name's surroundings", async ({
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  const w = await world(db, makeUser);
  // A name ending in a right-to-left override: unisolated, it would flip the time shown after it.
  await db.user.update({ where: { id: w.mentee.id }, data: { name: "Sam \u202Ereh" } });
  const mentee = await open(browser, loginAs, w.mentee, w.url, "Europe/Lisbon");
  const mentor = await open(browser, loginAs, w.mentor, w.url, "America/Mexico_City");
  await send(mentee, "مرحبا دييغو، متى نلتقي؟");
  await send(mentee, "Plain English after it");

  const arabic = bubble(mentor, "مرحبا دييغو");
  await expect(arabic.locator('[dir="auto"]')).toHaveCount(1);
  expect(await arabic.locator('[dir="auto"]').evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  expect(
    await bubble(mentor, "Plain English after it")
      .locator('[dir="auto"]')
      .evaluate((el) => getComputedStyle(el).direction),
  ).toBe("ltr");

  // The header of the run: the name isolated, the time still to its right.
  const name = arabic.locator("p bdi");
  await expect(name).toHaveText("Sam \u202Ereh");
  const nameBox = (await name.boundingBox())!;
  const timeBox = (await arabic.locator("p time").boundingBox())!;
  expect(timeBox.x).toBeGreaterThanOrEqual(nameBox.x + nameBox.width - 1);
});

test("a malformed Origin header is refused as cross-site, not a server error", async ({ request }) => {
  for (const origin of ["null", "::::", "http://"]) {
    const res = await request.post("/api/v1/threads/thread-id/messages", {
      headers: { origin },
      data: { clientId: "clientid-1", body: "Hi" },
    });
    expect(res.status(), `Origin: ${origin}`).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
  }
  // A server action's POST with an unparseable Origin, too.
  for (const origin of ["::::", "http://"]) {
    const res = await request.post("/sign-in", {
      headers: { origin, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(res.status(), `server action, Origin: ${origin}`).toBe(403);
  }
});
