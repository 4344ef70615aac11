/**
 * The browser tests' chat world: a running program with one active pair (thread + introduction, as matching leaves
 * it), a signed-in page per person, and the thread's common gestures.
 */
import type { Browser, Page } from "@playwright/test";
import type { PrismaClient } from "../../../lib/db/generated/client";
import { expect } from "../fixtures";
import { addMember, createGroup } from "../../factories/groups";
import { createApplication, createPairing, createProgram } from "../../factories/mentorship";

export type MakeUser = (o?: { name?: string; timeZone?: string }) => Promise<{ id: string; sessionVersion: number }>;

export const toast = (page: Page, text: string | RegExp) =>
  page.locator("[data-sonner-toast]").filter({ hasText: text });
export const log = (page: Page) => page.getByRole("log");
export const bubble = (page: Page, text: string) => log(page).getByTestId("message").filter({ hasText: text });

/** A running program in a group with one active pair (thread + introduction, as matching leaves it). */
export async function world(db: PrismaClient, makeUser: MakeUser) {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const admin = await makeUser({ name: "Amara Okafor" });
  const mentor = await makeUser({ name: "Diego Ramírez", timeZone: "America/Mexico_City" });
  const mentee = await makeUser({ name: "Sam Newcomer", timeZone: "Europe/Lisbon" });
  const outsider = await makeUser({ name: "Olive Outsider" });
  const group = await createGroup(db, admin, {
    name: `Soap Circle ${id}`,
    slug: `soap-${id}`,
    mentorshipEnabled: true,
  });
  for (const user of [mentor, mentee, outsider]) await addMember(db, group, user);
  const program = await createProgram(db, group, admin, { name: `Soap school ${id}`, state: "RUNNING" });
  const side = async (user: { id: string }, role: "MENTOR" | "MENTEE") => ({
    application: await createApplication(db, program, user, role, { state: "MATCHED" }),
    user,
  });
  const pairing = await createPairing(db, program, await side(mentor, "MENTOR"), await side(mentee, "MENTEE"), admin);
  return {
    admin,
    mentor,
    mentee,
    outsider,
    group,
    pairing,
    threadId: pairing.thread!.id,
    url: `/pairings/${pairing.id}/thread`,
  };
}

export async function open(
  browser: Browser,
  loginAs: (p: Page, u: { id: string; sessionVersion: number }) => Promise<void>,
  user: { id: string; sessionVersion: number },
  url: string,
  timezoneId: string,
) {
  const page = await (await browser.newContext({ timezoneId })).newPage();
  await loginAs(page, user);
  await page.goto(url);
  await expect(page.getByTestId("introduction")).toBeVisible();
  return page;
}

export async function send(page: Page, text: string) {
  const box = page.getByRole("textbox", { name: /^Message to/ });
  await box.fill(text);
  await box.press("Enter");
  await expect(bubble(page, text)).toBeVisible();
}

export async function messageAction(page: Page, text: string, action: string) {
  const row = bubble(page, text);
  await row.hover();
  await row.getByRole("button", { name: /^Actions for/ }).click();
  await page.getByRole("menuitem", { name: action }).click();
}
