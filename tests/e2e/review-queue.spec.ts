import type { Page } from "@playwright/test";
import { test, expect, checkPage } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createProgram } from "../factories/mentorship";
import { createApplicant, type Profile } from "../factories/matching";

test.describe.configure({ timeout: 180_000 });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const heading = (page: Page, name: string) => page.getByRole("heading", { level: 2, name, exact: true });
const toast = (page: Page, text: string) => page.locator("[data-sonner-toast]").filter({ hasText: text });

test("an admin decides and moves on with the keyboard, skips ahead, and is told when the queue is empty", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const owner = await makeUser({ name: "Olu Owner" });
  const group = await createGroup(db, owner, { name: `Queue Circle ${unique()}`, mentorshipEnabled: true });
  const program = await createProgram(db, group, owner, { name: "Spring cohort", state: "OPEN" });
  let minute = 0;
  const applicant = async (name: string, role: "MENTOR" | "MENTEE", profile: Profile = {}) => {
    const a = await createApplicant(db, program, name, role, { state: "PENDING", ...profile });
    minute += 1;
    await db.application.update({
      where: { id: a.application.id },
      data: { createdAt: new Date(Date.UTC(2026, 2, 1, 9, minute)) },
    });
    return a.application.id;
  };
  const ana = await applicant("Ana Alvarez", "MENTEE");
  await applicant("Ben Brooks", "MENTEE");
  await applicant("Cleo Costa", "MENTEE");
  await applicant("Dev Desai", "MENTEE");
  await applicant("Mona Mentor", "MENTOR");
  const queue = `/groups/${group.slug}/mentorship/${program.id}/applications`;

  await loginAs(page, owner);
  await page.goto(queue);
  await page.getByRole("link", { name: "Ana Alvarez" }).click();
  await expect(heading(page, "Ana Alvarez")).toBeVisible();
  // The shortcuts are on the buttons, for eyes and for assistive technology.
  const approve = page.getByRole("button", { name: "Approve" });
  await expect(approve).toHaveAttribute("aria-keyshortcuts", "A");
  await expect(page.getByRole("button", { name: "Decline" })).toHaveAttribute("aria-keyshortcuts", "D");
  await expect(page.getByRole("link", { name: "Skip", exact: true })).toHaveAttribute("aria-keyshortcuts", "N");
  await expect(page.getByText("Press a key to decide")).toBeVisible();
  await checkPage(page, "review-next-detail");

  // A opens the approval with "Approve and next" ready; typing the message fires no shortcut.
  await page.keyboard.press("a");
  const approveDialog = page.getByRole("dialog", { name: "Approve Ana Alvarez?" });
  await expect(approveDialog.getByRole("button", { name: "Approve and next" })).toBeFocused();
  const message = approveDialog.getByLabel("Message to the applicant");
  await message.click();
  await page.keyboard.type("Welcome, and do write back: we need a new hand.");
  await expect(message).toHaveValue("Welcome, and do write back: we need a new hand.");
  await expect(page.getByRole("dialog")).toHaveCount(1);
  await approveDialog.getByRole("button", { name: "Approve and next" }).click();
  await expect(heading(page, "Ben Brooks")).toBeVisible();
  await expect(toast(page, "Approved 1 application. We've let them know.")).toBeVisible();
  expect(await db.application.findUniqueOrThrow({ where: { id: ana } })).toMatchObject({
    state: "APPROVED",
    decisionMessage: "Welcome, and do write back: we need a new hand.",
  });

  // D, Enter: declined, and on to Cleo. N skips her to Dev.
  await page.keyboard.press("d");
  await expect(page.getByRole("dialog", { name: "Decline Ben Brooks?" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(heading(page, "Cleo Costa")).toBeVisible();
  await page.keyboard.press("n");
  await expect(heading(page, "Dev Desai")).toBeVisible();
  // Dev is the last in line, so next is Cleo, skipped earlier.
  await page.keyboard.press("a");
  await page.keyboard.press("Enter");
  await expect(heading(page, "Cleo Costa")).toBeVisible();
  // Cleo is the last one: the panel says so and links back.
  await expect(page.getByRole("link", { name: "Skip", exact: true })).toHaveCount(0);
  await page.keyboard.press("w");
  await page.keyboard.press("Enter");
  const empty = page.getByRole("heading", { name: "The queue is empty" });
  await expect(empty).toBeVisible();
  await expect(empty).toBeFocused();
  await expect(
    page.getByText("That was the last one: no more pending mentee applications to decide in this view."),
  ).toBeVisible();
  await checkPage(page, "review-next-empty");
  await page.getByRole("link", { name: "Back to the applications" }).click();
  await expect(page.getByText("No pending mentee applications.")).toBeVisible();
  expect(
    (
      await db.application.findMany({ where: { programId: program.id, role: "MENTEE" }, orderBy: { createdAt: "asc" } })
    ).map((a) => a.state),
  ).toEqual(["APPROVED", "DECLINED", "WAITLISTED", "APPROVED"]);
  // The mentor was never in the mentees' view.
  expect(await db.application.count({ where: { programId: program.id, role: "MENTOR", state: "PENDING" } })).toBe(1);
});

test("a filtered view across both roles decides mentors and mentees together and says what it did", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const owner = await makeUser({ name: "Olu Owner" });
  const member = await makeUser({ name: "Mel Member" });
  const group = await createGroup(db, owner, { name: `Both Circle ${unique()}`, mentorshipEnabled: true });
  await addMember(db, group, member);
  const program = await createProgram(db, group, owner, { name: "Spring cohort", state: "OPEN" });
  const spanish = { languages: ["Spanish"] };
  await createApplicant(db, program, "Elena Spanish", "MENTEE", { state: "PENDING", ...spanish });
  await createApplicant(db, program, "Marco Spanish", "MENTOR", { state: "PENDING", ...spanish });
  await createApplicant(db, program, "Alba Approved", "MENTEE", { state: "APPROVED", ...spanish });
  await createApplicant(db, program, "Ed English", "MENTOR", { state: "PENDING", languages: ["English"] });
  const queue = `/groups/${group.slug}/mentorship/${program.id}/applications`;

  await loginAs(page, owner);
  await page.goto(queue);
  await page.getByRole("navigation", { name: "Role" }).getByRole("link", { name: /^Both/ }).click();
  await expect(page).toHaveURL(/role=ALL/);
  await page.getByRole("navigation", { name: "State" }).getByRole("link", { name: /^All/ }).click();
  await expect(page).toHaveURL(/role=ALL&state=ALL/);
  await page.getByLabel("Language").selectOption("Spanish");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/role=ALL&state=ALL.*language=Spanish/);
  const rows = page.getByRole("list", { name: "Applications" }).locator(":scope > li");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "Marco Spanish" }).getByText("Mentor", { exact: true })).toBeVisible();
  await expect(page.getByText("Tick mentors and mentees to decide on them together.")).toBeVisible();
  await checkPage(page, "review-both-roles");

  await page.getByRole("checkbox", { name: "Select all" }).check();
  await page.getByRole("button", { name: "Approve selected" }).click();
  const dialog = page.getByRole("dialog", { name: "Approve 3 applications?" });
  await dialog.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(
    page.getByText(
      "Approved 2 applications (1 mentee, 1 mentor). We've let them know. Left as it was: 1 already approved.",
    ),
  ).toBeVisible();
  const states = await db.application.findMany({
    where: { programId: program.id },
    select: { user: { select: { name: true } }, state: true },
  });
  expect(Object.fromEntries(states.map((s) => [s.user.name, s.state]))).toEqual({
    "Elena Spanish": "APPROVED",
    "Marco Spanish": "APPROVED",
    "Alba Approved": "APPROVED",
    "Ed English": "PENDING",
  });

  // A member has no queue, in any view, and no next application.
  await page.context().clearCookies();
  await loginAs(page, member);
  const denied = await page.goto(`${queue}?role=ALL&language=Spanish`);
  expect(denied?.status()).toBe(404);
});
