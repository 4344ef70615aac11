/**
 * Issue 8's read state in the browser: unread message counts in the navigation and on My mentorships rise as the
 * partner writes and fall as messages are read or deleted, live in every open tab, without reloading; the thread in
 * front of you counts none and raises no toast.
 */
import type { Page } from "@playwright/test";
import { test, expect, checkPage } from "./fixtures";
import { bubble, messageAction, open, send, toast, world } from "./support/chat-world";

test.describe.configure({ timeout: 180_000 });

const navLink = (page: Page) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Mentorships/ });

test("unread counts rise and fall live in the navigation and the pair list; seen follows", async ({
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  const w = await world(db, makeUser);
  const mentee = await open(browser, loginAs, w.mentee, w.url, "Europe/Lisbon");

  // The mentor is elsewhere: My mentorships, in two tabs.
  const mentorContext = await browser.newContext({ timezoneId: "America/Mexico_City" });
  const list = await mentorContext.newPage();
  await loginAs(list, w.mentor);
  await list.goto("/mentorships");
  await expect(list.getByRole("heading", { name: "My mentorships" })).toBeVisible();
  await expect(navLink(list)).toHaveAccessibleName("Mentorships");
  await expect(list.getByTestId("unread-thread")).toHaveCount(0);
  const other = await mentorContext.newPage();
  await other.goto("/groups");
  await expect(navLink(other)).toHaveAccessibleName("Mentorships");

  // The mentee writes twice: both of the mentor's tabs count them without reloading; the mentee's own count none.
  await send(mentee, "Hi Diego, are you free this week?");
  await send(mentee, "I found a lye calculator we could use.");
  for (const page of [list, other]) await expect(navLink(page)).toHaveAccessibleName("Mentorships 2 unread messages");
  const unread = list.getByRole("link", { name: "2 unread messages", exact: true });
  await expect(unread).toBeVisible();
  await expect(navLink(mentee)).toHaveAccessibleName("Mentorships");
  await checkPage(list, "mentorships-unread");

  // A deleted message no longer counts.
  await messageAction(mentee, "I found a lye calculator", "Delete");
  await mentee.getByRole("dialog", { name: "Delete this message?" }).getByRole("button", { name: "Delete" }).click();
  await expect(toast(mentee, "Message deleted.")).toBeVisible();
  for (const page of [list, other]) await expect(navLink(page)).toHaveAccessibleName("Mentorships 1 unread message");
  await expect(list.getByRole("link", { name: "1 unread message", exact: true })).toBeVisible();
  await expect(bubble(mentee, "are you free this week?").getByTestId("receipt")).toHaveText("Sent");

  // The mentor follows the link into the thread and reads it: every tab's count falls to none, the mentee sees "Seen".
  await list.getByRole("link", { name: "1 unread message", exact: true }).click();
  await expect(list).toHaveURL(new RegExp(`${w.url}$`));
  await expect(bubble(list, "are you free this week?")).toBeVisible();
  await expect(bubble(mentee, "are you free this week?").getByTestId("receipt")).toHaveText("Seen");
  for (const page of [list, other]) await expect(navLink(page)).toHaveAccessibleName("Mentorships");

  // While the mentor reads the thread, a new message shows there, counts nothing and raises no toast; the other tab
  // counts it only until the thread has marked it read.
  await list.bringToFront();
  await send(mentee, "Great, Thursday then!");
  await expect(bubble(list, "Great, Thursday then!")).toBeVisible();
  await expect(bubble(mentee, "Great, Thursday then!").getByTestId("receipt")).toHaveText("Seen");
  await expect(navLink(list)).toHaveAccessibleName("Mentorships");
  await expect(navLink(other)).toHaveAccessibleName("Mentorships");
  await expect(toast(list, "Sam Newcomer wrote to you")).toHaveCount(0);

  // On the mentee's pair space, the mentor's reply shows as unread on the way into the conversation. She wrote a
  // moment ago, so she is still in the conversation: no notification, no toast.
  await mentee.goto(`/pairings/${w.pairing.id}`);
  await expect(mentee.getByRole("link", { name: "Open the conversation" })).toBeVisible();
  await list.getByRole("textbox", { name: "Message to Sam" }).fill("See you Thursday.");
  await list.getByRole("textbox", { name: "Message to Sam" }).press("Enter");
  await expect(mentee.getByRole("link", { name: "Open the conversation 1 unread message" })).toBeVisible();
  await expect(navLink(mentee)).toHaveAccessibleName("Mentorships 1 unread message");
  expect(await db.notification.count({ where: { userId: w.mentee.id, kind: "message.received" } })).toBe(0);
});
