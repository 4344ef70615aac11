import type { Page } from "@playwright/test";
import { test, expect, checkPage, LONG_JOURNEY } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createProgram } from "../factories/mentorship";

// Each checkPage runs axe three times and takes three screenshots; the admin flow checks many screens.
test.describe.configure({ timeout: LONG_JOURNEY }); // the longest journeys: see fixtures.ts

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const sections = (page: Page) => page.getByRole("navigation", { name: "Group sections" });
const toast = (page: Page, text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text });

test("an admin switches mentorship on, creates a program from a template, edits a step and a question, and opens it", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const id = unique();
  const owner = await makeUser({ name: "Amara Okafor" });
  const group = await createGroup(db, owner, { name: `Cold Process Circle ${id}`, slug: `cold-${id}` });
  const base = `/groups/${group.slug}`;
  await loginAs(page, owner);

  // Settings: the switch explains what off means, and turns mentorship on.
  await page.goto(`${base}/settings`);
  const mentorship = page.getByRole("switch", { name: "Mentorship programs" });
  await expect(mentorship).toHaveAttribute("aria-checked", "false");
  await expect(page.getByText(/Off: members don't see the Mentorship tab/)).toBeVisible();
  await checkPage(page, "programs-admin-settings-off");
  await mentorship.click();
  await expect(toast(page, "Mentorship is on.")).toBeVisible();
  await expect(mentorship).toHaveAttribute("aria-checked", "true");
  expect((await db.group.findUniqueOrThrow({ where: { id: group.id } })).mentorshipEnabled).toBe(true);

  // The Mentorship tab, empty, invites the first program.
  await sections(page).getByRole("link", { name: "Mentorship" }).click();
  await expect(page.getByRole("heading", { name: "Mentorship", level: 2 })).toBeVisible();
  await expect(page.getByText("No programs yet")).toBeVisible();
  await checkPage(page, "programs-admin-list-empty");
  await page.getByRole("link", { name: "New program" }).click();

  // New program: switching templates refills the untouched details; a bad name is refused beside the field.
  await expect(page.getByRole("heading", { name: "New mentorship program" })).toBeVisible();
  const name = page.getByLabel("Name", { exact: true });
  await expect(page.getByRole("radio", { name: /^Learn the ropes/ })).toBeChecked();
  await expect(name).toHaveValue("Learn the ropes");
  await page.getByRole("radio", { name: /^Skill building/ }).check();
  await expect(name).toHaveValue("Skill building");
  await expect(page.getByLabel("Length in weeks")).toHaveValue("6");
  await page.getByRole("radio", { name: /^Learn the ropes/ }).check();
  await expect(page.getByLabel("Length in weeks")).toHaveValue("4");
  await checkPage(page, "programs-admin-new");
  await name.fill("Hi");
  await page.getByRole("button", { name: "Create draft program" }).click();
  await expect(page.getByText("Use at least 3 characters for the name.")).toBeVisible();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await name.fill(`Learn the ropes ${id}`);
  await page.getByLabel("Topics").fill("Cold process");
  await page.getByLabel("Topics").press("Enter");
  await page.getByLabel("Topics").fill("Lye safety");
  await page.getByRole("button", { name: "Add topic" }).click();
  await page.getByRole("checkbox", { name: "Keep taking applications while running" }).check();
  await page.getByRole("button", { name: "Create draft program" }).click();

  // The editor opens on the new draft, with the template's steps and questions.
  await expect(page.getByText("is ready as a draft")).toBeVisible();
  await expect(page.getByRole("heading", { name: `Learn the ropes ${id}`, level: 2 })).toBeVisible();
  const program = await db.program.findFirstOrThrow({ where: { groupId: group.id } });
  expect(program).toMatchObject({
    state: "DRAFT",
    lengthWeeks: 4,
    acceptWhileRunning: true,
    topics: ["Cold process", "Lye safety"],
  });
  expect(page.url()).toContain(`${base}/mentorship/${program.id}/edit`);
  await expect(page.getByRole("heading", { name: "Status: Draft" })).toBeVisible();
  await checkPage(page, "programs-admin-edit-details");

  // Details save with a toast.
  await page.getByLabel("Who it is for").fill("Soap makers in their first year.");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(toast(page, "Details saved.")).toBeVisible();

  // Steps: edit one in its dialog, with an error by the field first.
  await page.getByRole("tab", { name: /^Steps/ }).click();
  const steps = page.getByRole("list", { name: "Steps" });
  await expect(steps.getByRole("heading", { level: 4 })).toHaveText([
    "Meet each other",
    "How this group works",
    "Your first contribution",
    "Look back, look ahead",
  ]);
  await checkPage(page, "programs-admin-edit-steps");
  await page.getByRole("button", { name: "Edit Meet each other" }).click();
  const stepDialog = page.getByRole("dialog", { name: "Edit “Meet each other”" });
  await stepDialog.getByLabel("Title").fill("Meet and greet");
  await stepDialog.getByLabel("Due in week").fill("9");
  await stepDialog.getByRole("button", { name: "Add a prompt" }).click();
  await stepDialog.getByLabel("Prompt 3", { exact: true }).fill("What would make these weeks a success for you?");
  await checkPage(page, "programs-admin-step-dialog");
  await stepDialog.getByRole("button", { name: "Save step" }).click();
  await expect(stepDialog.getByText("The program lasts 4 weeks: choose week 4 or earlier.")).toBeVisible();
  await stepDialog.getByLabel("Due in week").fill("1");
  await stepDialog.getByRole("button", { name: "Save step" }).click();
  await expect(toast(page, "Step “Meet and greet” saved.")).toBeVisible();
  await expect(stepDialog).toBeHidden();
  await expect(steps.getByRole("heading", { level: 4 }).first()).toHaveText("Meet and greet");

  // Reorder with the Move buttons, then with the keyboard on the drag handle.
  await page.getByRole("button", { name: "Move step 2, How this group works up" }).click();
  await expect(toast(page, "New step order saved.")).toBeVisible();
  await expect(steps.getByRole("heading", { level: 4 }).first()).toHaveText("How this group works");
  // The list is busy until the page has the saved order. Then the keyboard drag, step by step as a screen reader
  // user hears it (each key waits for its announcement: keys sent faster than the page commits are not a drag).
  await expect(steps).not.toHaveAttribute("aria-busy", "true");
  const handle = page.getByRole("button", { name: "Drag to reorder step 1, How this group works" });
  const announced = (text: string) => page.getByRole("status").filter({ hasText: text });
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  await expect(announced("step 1, How this group works moved to position 1 of 4.")).toBeAttached();
  await page.keyboard.press("ArrowDown");
  await expect(announced("step 1, How this group works moved to position 2 of 4.")).toBeAttached();
  await page.keyboard.press("Space");
  await expect(announced("step 1, How this group works dropped at position 2 of 4.")).toBeAttached();
  await expect(steps.getByRole("heading", { level: 4 }).first()).toHaveText("Meet and greet");
  await expect
    .poll(async () =>
      (await db.programStep.findMany({ where: { programId: program.id }, orderBy: { position: "asc" } })).map(
        (s) => s.title,
      ),
    )
    .toEqual(["Meet and greet", "How this group works", "Your first contribution", "Look back, look ahead"]);
  const edited = await db.programStep.findFirstOrThrow({ where: { programId: program.id, title: "Meet and greet" } });
  expect(edited.prompts).toHaveLength(3);

  // Questions: edit a mentee question; limits that contradict each other are refused by the field.
  await page.getByRole("tab", { name: /^Mentee questions/ }).click();
  await checkPage(page, "programs-admin-edit-questions");
  await page.getByRole("button", { name: "Edit question 1" }).click();
  const questionDialog = page.getByRole("dialog", { name: "Edit question" });
  await questionDialog.getByLabel("Question", { exact: true }).fill("What would you like to learn first?");
  await questionDialog.getByLabel("Fewest characters").fill("500");
  await questionDialog.getByLabel("Most characters").fill("100");
  await questionDialog.getByRole("button", { name: "Save question" }).click();
  await expect(questionDialog.getByText("The minimum can't be more than the maximum.")).toBeVisible();
  await checkPage(page, "programs-admin-question-dialog");
  await questionDialog.getByLabel("Fewest characters").fill("10");
  await questionDialog.getByRole("button", { name: "Save question" }).click();
  await expect(toast(page, "Question saved.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "What would you like to learn first?" })).toBeVisible();
  const question = await db.applicationQuestion.findFirstOrThrow({
    where: { programId: program.id, role: "MENTEE", position: 0 },
  });
  expect(question).toMatchObject({ label: "What would you like to learn first?", minLength: 10, maxLength: 100 });

  // Open applications.
  await page.getByRole("button", { name: "Open applications" }).click();
  await expect(toast(page, "Applications are open.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Status: Open for applications" })).toBeVisible();
  expect((await db.program.findUniqueOrThrow({ where: { id: program.id } })).state).toBe("OPEN");
  await checkPage(page, "programs-admin-edit-open");

  // The list now shows it among the live programs, with counts for the admin.
  await page.getByRole("link", { name: "All programs" }).click();
  const card = page.getByRole("article", { name: `Learn the ropes ${id}` });
  await expect(card.getByText("Open for applications")).toBeVisible();
  await expect(card.getByText("To review")).toBeVisible();
  await checkPage(page, "programs-admin-list");
});

test("the state bar shows refusals, and closing asks first", async ({ page, db, makeUser, loginAs }) => {
  const id = unique();
  const owner = await makeUser({ name: "Diego Ramírez" });
  const group = await createGroup(db, owner, { slug: `refusals-${id}`, mentorshipEnabled: true });
  const empty = await createProgram(db, group, owner, { name: `Blank ${id}`, state: "DRAFT", steps: [] });
  const open = await createProgram(db, group, owner, { name: `Running soon ${id}`, state: "OPEN" });
  await loginAs(page, owner);

  await page.goto(`/groups/${group.slug}/mentorship/${empty.id}/edit?tab=steps`);
  await expect(page.getByText("No steps yet")).toBeVisible();
  await page.getByRole("button", { name: "Open applications" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Add at least one step before opening." })).toBeVisible();
  expect((await db.program.findUniqueOrThrow({ where: { id: empty.id } })).state).toBe("DRAFT");

  // A first step, added in its dialog; opening is still refused until both roles have questions.
  await page.getByRole("button", { name: "Add step" }).click();
  const addDialog = page.getByRole("dialog", { name: "Add a step" });
  await addDialog.getByLabel("Title").fill("Say hello");
  await addDialog.getByLabel("Prompt 1", { exact: true }).fill("What brings you here?");
  await addDialog.getByRole("button", { name: "Add step" }).click();
  await expect(toast(page, "Step “Say hello” added.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Steps" }).getByRole("heading", { name: "Say hello" })).toBeVisible();
  await page.getByRole("button", { name: "Open applications" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Add at least one question for mentors and one for mentees." }),
  ).toBeVisible();

  // Removing asks first; focus lands on the list's heading once the row is gone.
  await page.getByRole("button", { name: "Remove Say hello" }).click();
  await page.getByRole("dialog", { name: "Remove “Say hello”?" }).getByRole("button", { name: "Remove step" }).click();
  await expect(toast(page, "Step removed.")).toBeVisible();
  await expect(page.getByText("No steps yet")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Guided steps" })).toBeFocused();

  await page.goto(`/groups/${group.slug}/mentorship/${open.id}/edit`);
  await page.getByRole("button", { name: "Close program…" }).click();
  const dialog = page.getByRole("dialog", { name: `Close Running soon ${id}?` });
  await expect(dialog.getByText("No pairs are working right now.")).toBeVisible();
  await checkPage(page, "programs-admin-close-dialog");
  await dialog.getByRole("button", { name: "Close program" }).click();
  await expect(toast(page, "The program is closed.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Status: Closed" })).toBeVisible();
  await page.getByRole("tab", { name: /^Steps/ }).click();
  await expect(
    page
      .getByRole("tabpanel", { name: /^Steps/ })
      .getByText("This program is closed, so its steps and questions can no longer change."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Add step" })).toHaveCount(0);
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(toast(page, "The program is archived.")).toBeVisible();
  const archived = await db.program.findUniqueOrThrow({ where: { id: open.id } });
  expect(archived.state).toBe("CLOSED");
  expect(archived.archivedAt).not.toBeNull();
});

test("members see open programs and can ask to be told, but never the admin pages", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const id = unique();
  const owner = await makeUser({ name: "Mei Chen" });
  const member = await makeUser({ name: "Lina Haddad" });
  const group = await createGroup(db, owner, { slug: `members-${id}`, mentorshipEnabled: true, privacy: "PRIVATE" });
  await addMember(db, group, member);
  const open = await createProgram(db, group, owner, { name: `Learn the ropes ${id}`, state: "OPEN" });
  const draft = await createProgram(db, group, owner, { name: `Secret draft ${id}`, state: "DRAFT" });
  await createProgram(db, group, owner, { name: `Last spring ${id}`, state: "CLOSED" });
  const base = `/groups/${group.slug}/mentorship`;
  await loginAs(page, member);

  await page.goto(`/groups/${group.slug}`);
  await sections(page).getByRole("link", { name: "Mentorship" }).click();
  const card = page.getByRole("article", { name: `Learn the ropes ${id}` });
  await expect(card.getByText("Open for applications")).toBeVisible();
  await expect(card.getByText("2 steps")).toBeVisible();
  await expect(card.getByRole("link", { name: `Read and apply: Learn the ropes ${id}` })).toHaveAttribute(
    "href",
    `${base}/${open.id}`,
  );
  await expect(page.getByRole("heading", { name: "Past programs" })).toBeVisible();
  await expect(page.getByText(`Secret draft ${id}`)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "New program" })).toHaveCount(0);
  await expect(page.getByText("To review")).toHaveCount(0);

  const watch = page.getByRole("switch", { name: "Tell me when a program opens" });
  await expect(watch).toHaveAttribute("aria-checked", "false");
  await watch.click();
  await expect(toast(page, "We'll tell you when a program opens for applications.")).toBeVisible();
  await expect(watch).toHaveAttribute("aria-checked", "true");
  expect(await db.programWatch.count({ where: { groupId: group.id, userId: member.id } })).toBe(1);
  await checkPage(page, "programs-admin-list-member");

  for (const path of [`${base}/new`, `${base}/${open.id}/edit`, `${base}/${draft.id}/edit`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("with mentorship off, members lose the tab and admins see why", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  const id = unique();
  const owner = await makeUser({ name: "Sam Patel" });
  const member = await makeUser({ name: "Rowan Reed" });
  const group = await createGroup(db, owner, { slug: `off-${id}`, mentorshipEnabled: false });
  await addMember(db, group, member);
  await createProgram(db, group, owner, { name: `Paused ${id}`, state: "RUNNING" });

  await loginAs(page, member);
  await page.goto(`/groups/${group.slug}`);
  await expect(sections(page).getByRole("link", { name: "Members" })).toBeVisible();
  await expect(sections(page).getByRole("link", { name: "Mentorship" })).toHaveCount(0);
  expect((await page.goto(`/groups/${group.slug}/mentorship`))?.status()).toBe(404);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await loginAs(admin, owner);
  await admin.goto(`/groups/${group.slug}/mentorship`);
  await expect(admin.getByText("Mentorship is off", { exact: true })).toBeVisible();
  await expect(admin.getByRole("article", { name: `Paused ${id}` })).toBeVisible();
  await expect(admin.getByRole("link", { name: "New program" })).toHaveCount(0);
  await checkPage(admin, "programs-admin-list-off");
  await admin.getByRole("link", { name: "Turn it on in settings" }).click();
  await expect(admin.getByRole("switch", { name: "Mentorship programs" })).toHaveAttribute("aria-checked", "false");
  await adminContext.close();
});

test("the steps' Move buttons work before the drag code has arrived and after it; then the handle drags too", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  test.slow(); // a journey with a screenshot check: see the budgets in fixtures.ts
  const id = unique();
  const owner = await makeUser({ name: "Ines Duarte" });
  const group = await createGroup(db, owner, { slug: `drag-${id}`, mentorshipEnabled: true });
  const program = await createProgram(db, group, owner, {
    state: "DRAFT",
    steps: [
      { title: "Meet each other", dueWeek: 1 },
      { title: "Set a goal", dueWeek: 2 },
      { title: "Look back", dueWeek: 4 },
    ],
  });
  const order = async () =>
    (await db.programStep.findMany({ where: { programId: program.id }, orderBy: { position: "asc" } })).map(
      (s) => s.title,
    );

  // Issue 18: the drag library (dnd-kit) is not in the editor's first load. Hold back the script that carries it
  // (the one with dnd-kit's live region) until the Move buttons have been used without it.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes("DndLiveRegion")) {
      held += 1;
      await released;
    }
    await route.fulfill({ response, body });
  });

  await loginAs(page, owner);
  await page.goto(`/groups/${group.slug}/mentorship/${program.id}/edit?tab=steps`);
  const steps = page.getByRole("list", { name: "Steps" });
  const titles = steps.getByRole("heading", { level: 4 });
  await expect(titles).toHaveText(["Meet each other", "Set a goal", "Look back"]);
  // The page has hydrated and asked for the drag code, which is held: the handle is there, not working yet.
  await expect.poll(() => held).toBeGreaterThan(0);
  const handle = page.getByRole("button", { name: "Drag to reorder step 1, Meet each other" });
  await expect(handle).toHaveAttribute("aria-disabled", "true");
  await checkPage(page, "programs-admin-steps-before-drag-code");

  await page.getByRole("button", { name: "Move step 2, Set a goal up" }).click();
  await expect(toast(page, "New step order saved.")).toBeVisible();
  await expect(titles).toHaveText(["Set a goal", "Meet each other", "Look back"]);
  await expect.poll(order).toEqual(["Set a goal", "Meet each other", "Look back"]);
  await expect(steps).not.toHaveAttribute("aria-busy", "true");

  // The drag code arrives: the handle works, and so do the Move buttons.
  release();
  const moved = page.getByRole("button", { name: "Drag to reorder step 2, Meet each other" });
  await expect(moved).not.toHaveAttribute("aria-disabled", "true");
  await page.getByRole("button", { name: "Move step 2, Meet each other down" }).click();
  await expect(titles).toHaveText(["Set a goal", "Look back", "Meet each other"]);
  await expect.poll(order).toEqual(["Set a goal", "Look back", "Meet each other"]);
  await expect(steps).not.toHaveAttribute("aria-busy", "true");

  const first = page.getByRole("button", { name: "Drag to reorder step 1, Set a goal" });
  const announced = (text: string) => page.getByRole("status").filter({ hasText: text });
  await first.focus();
  await page.keyboard.press("Space");
  await expect(first).toHaveAttribute("aria-pressed", "true");
  await expect(announced("step 1, Set a goal moved to position 1 of 3.")).toBeAttached();
  await page.keyboard.press("ArrowDown");
  await expect(announced("step 1, Set a goal moved to position 2 of 3.")).toBeAttached();
  await page.keyboard.press("Space");
  await expect(announced("step 1, Set a goal dropped at position 2 of 3.")).toBeAttached();
  await expect.poll(order).toEqual(["Look back", "Set a goal", "Meet each other"]);
  await expect(titles).toHaveText(["Look back", "Set a goal", "Meet each other"]);
});
