import type { Page } from "@playwright/test";
import { test, expect, checkPage, LONG_JOURNEY } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import type { PrismaClient } from "../../lib/db/generated/client";
import type { createUser } from "../factories/users";

// Each checkPage runs axe three times and takes three screenshots; this flow checks many pages.
test.describe.configure({ timeout: LONG_JOURNEY }); // the longest journeys: see fixtures.ts

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

type MakeUser = (overrides?: { name?: string; bio?: string; timeZone?: string }) => ReturnType<typeof createUser>;

/** checkPage, and no sideways scrolling at phone width. */
async function check(page: Page, name: string) {
  await checkPage(page, name);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (size) await page.setViewportSize(size);
  expect(width, `${name}: the page scrolls sideways at phone width`).toBeLessThanOrEqual(390);
}

const LANGUAGE_OPTIONS = ["English", "Spanish", "French", "Portuguese"];

/**
 * A public group with mentorship on and an OPEN program with steps and questions for both roles, plus a few
 * applications from others so the queue is lived in.
 */
async function seedProgram(db: PrismaClient, makeUser: MakeUser) {
  const id = unique();
  const owner = await makeUser({ name: "Olu Owner" });
  const mentee = await makeUser({ name: "Mia Mentee", bio: "Two batches in, one seized." });
  const mentor = await makeUser({ name: "Max Mentor", bio: "Soap maker for twenty years." });
  const member = await makeUser({ name: "Wren Withdrawer" });
  const others = await Promise.all([
    makeUser({ name: "Inès Moreau" }),
    makeUser({ name: "Kofi Mensah" }),
    makeUser({ name: "Lena Novak" }),
  ]);
  const group = await createGroup(db, owner, {
    name: `Cold Process Circle ${id}`,
    slug: `cold-process-${id}`,
    description: "Soap makers who share recipes, failed batches and lye safety.",
    mentorshipEnabled: true,
  });
  for (const u of [mentee, mentor, member, ...others]) await addMember(db, group, u);
  const program = await db.program.create({
    data: {
      groupId: group.id,
      name: "First batch buddies",
      description:
        "New to soap? Get paired with someone who has made hundreds of batches. Four weeks, from your first safe lye solution to a bar you are proud of.",
      audience: "Members who joined in the last few months, and makers happy to show them around.",
      template: "LEARN_THE_ROPES",
      state: "OPEN",
      openedAt: new Date(),
      lengthWeeks: 4,
      defaultMentorCapacity: 2,
      topics: ["Cold process", "Fragrance", "Colour"],
      createdById: owner.id,
      steps: {
        create: [
          {
            position: 0,
            dueWeek: 1,
            title: "Meet each other",
            guidance: "Say hello and agree how you'll talk.",
            prompts: ["What brought you to soap?"],
          },
          {
            position: 1,
            dueWeek: 2,
            title: "Lye safety",
            guidance: "Walk through gloves, goggles and ventilation.",
            prompts: ["What scares you about lye?", "Where will you work?"],
            isGoalStep: true,
          },
          {
            position: 2,
            dueWeek: 3,
            title: "Your first batch",
            guidance: "Make a simple recipe together, on a call or in person.",
            prompts: ["What went better than expected?"],
          },
          {
            position: 3,
            dueWeek: 4,
            title: "Look back, look ahead",
            guidance: "Talk about what changed and what comes next.",
            prompts: ["What will you make next?"],
          },
        ],
      },
    },
  });
  const q = (role: "MENTOR" | "MENTEE", position: number, data: Record<string, unknown>) =>
    db.applicationQuestion.create({ data: { programId: program.id, role, position, ...data } as never });
  const menteeQuestions = {
    goal: await q("MENTEE", 0, {
      kind: "LONG_TEXT",
      label: "What would you like help with?",
      required: true,
      minLength: 20,
      maxLength: 2000,
      help: "A few sentences are plenty.",
    }),
    topics: await q("MENTEE", 1, {
      kind: "TOPICS",
      label: "Which topics would you like to cover?",
      required: true,
      maxChoices: 5,
    }),
    availability: await q("MENTEE", 2, {
      kind: "AVAILABILITY",
      label: "When and how often can you meet?",
      required: true,
    }),
    languages: await q("MENTEE", 3, {
      kind: "LANGUAGES",
      label: "Which languages are you comfortable in?",
      required: true,
      options: LANGUAGE_OPTIONS,
      maxChoices: 3,
    }),
    experience: await q("MENTEE", 4, {
      kind: "SINGLE_CHOICE",
      label: "How many batches have you made?",
      options: ["None yet", "One to five", "More than five"],
    }),
    help: await q("MENTEE", 5, {
      kind: "MULTIPLE_CHOICE",
      label: "What would help most?",
      options: ["Recipes", "Safety checks", "Troubleshooting", "Selling"],
      maxChoices: 2,
    }),
  };
  const mentorQuestions = {
    experience: await q("MENTOR", 0, {
      kind: "LONG_TEXT",
      label: "How long have you been making soap?",
      required: true,
      minLength: 20,
      maxLength: 2000,
    }),
    topics: await q("MENTOR", 1, {
      kind: "TOPICS",
      label: "Which topics can you help with?",
      required: true,
      maxChoices: 5,
    }),
    availability: await q("MENTOR", 2, {
      kind: "AVAILABILITY",
      label: "When and how often can you meet?",
      required: true,
    }),
    languages: await q("MENTOR", 3, {
      kind: "LANGUAGES",
      label: "Which languages are you comfortable in?",
      required: true,
      options: LANGUAGE_OPTIONS,
    }),
    job: await q("MENTOR", 4, { kind: "SHORT_TEXT", label: "What do you do when you're not making soap?" }),
  };
  const seeded = [
    {
      user: others[0]!,
      role: "MENTEE",
      state: "PENDING",
      topics: ["Fragrance"],
      languages: ["French"],
      timeZone: "Europe/Paris",
      text: "I want to learn fragrance blending without it fading in a week.",
    },
    {
      user: others[1]!,
      role: "MENTEE",
      state: "WAITLISTED",
      topics: ["Colour"],
      languages: ["English"],
      timeZone: "Africa/Accra",
      text: "My colours morph in the mould and I do not know why.",
    },
    {
      user: others[2]!,
      role: "MENTOR",
      state: "DECLINED",
      topics: ["Cold process"],
      languages: ["English"],
      timeZone: "Europe/Prague",
      text: "I sell soap at markets and have done for a decade.",
    },
  ] as const;
  for (const s of seeded) {
    const qs = s.role === "MENTEE" ? menteeQuestions : mentorQuestions;
    await db.application.create({
      data: {
        programId: program.id,
        userId: s.user.id,
        role: s.role,
        state: s.state,
        topics: [...s.topics],
        languages: [...s.languages],
        timeZone: s.timeZone,
        cadence: "WEEKLY",
        capacity: s.role === "MENTOR" ? 2 : null,
        submittedAt: new Date(Date.now() - 86_400_000),
        answers: {
          [(s.role === "MENTEE" ? menteeQuestions.goal : mentorQuestions.experience).id]: s.text,
          [qs.topics.id]: [...s.topics],
          [qs.availability.id]: { timeZone: s.timeZone, cadence: "WEEKLY" },
          [qs.languages.id]: [...s.languages],
        },
      },
    });
  }
  // Wren applied and will change their mind.
  await db.application.create({
    data: {
      programId: program.id,
      userId: member.id,
      role: "MENTEE",
      state: "PENDING",
      submittedAt: new Date(),
      answers: { [menteeQuestions.goal.id]: "I would like to try hot process one day." },
    },
  });
  return { group, program, owner, mentee, mentor, member, base: `/groups/${group.slug}/mentorship/${program.id}` };
}

test("members apply as mentee and mentor, the admin reviews and approves both, the applicants see it", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  const { owner, mentee, mentor, member, base, group } = await seedProgram(db, makeUser);

  // The mentee (in Lisbon) reads the program page: what it is, the commitments and the steps.
  const menteeContext = await browser.newContext({ timezoneId: "Europe/Lisbon" });
  const menteePage = await menteeContext.newPage();
  await loginAs(menteePage, mentee);
  await menteePage.goto(base);
  await expect(menteePage.getByRole("heading", { level: 2, name: "First batch buddies" })).toBeVisible();
  await expect(menteePage.getByText("Open for applications")).toBeVisible();
  await expect(menteePage.getByText("4 weeks", { exact: true })).toBeVisible();
  await expect(menteePage.getByRole("heading", { name: "As a mentee" })).toBeVisible();
  await expect(menteePage.getByText("Guide up to 2 mentees at a time.", { exact: false })).toBeVisible();
  const steps = menteePage.getByRole("list", { name: "Guided steps" });
  await expect(steps.getByRole("heading", { level: 3 })).toHaveCount(4);
  await expect(steps.getByText("Week 2")).toBeVisible();
  await expect(steps.getByText("What scares you about lye?")).toBeVisible();
  await expect(menteePage.getByRole("link", { name: "Review applications" })).toHaveCount(0);
  await check(menteePage, "programs-program-member");

  // Applying: the profile's languages are filled in, and the zone is the browser's (the profile has only UTC, as
  // an account that never chose one). A first submission shows every other required question's error, with focus
  // on the first.
  await menteePage.getByRole("link", { name: "Apply as a mentee" }).click();
  await expect(menteePage.getByRole("heading", { name: "Apply as a mentee" })).toBeVisible();
  await expect(menteePage.getByLabel("Time zone")).toHaveValue("Europe/Lisbon");
  await expect(menteePage.getByRole("main").getByRole("button", { name: "English" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await check(menteePage, "programs-apply-form");
  await menteePage.getByRole("button", { name: "Submit application" }).click();
  await expect(menteePage.getByTestId("form-error")).toHaveText("Some answers need your attention.");
  await expect(menteePage.getByText("This question needs an answer.")).toHaveCount(3);
  const goal = menteePage.getByLabel("What would you like help with?");
  await expect(goal).toBeFocused();
  await check(menteePage, "programs-apply-errors");

  // Some answers, one too short; what was entered survives the failed submission.
  await goal.fill("Soap, mostly.");
  await menteePage.getByRole("button", { name: "Cold process" }).click();
  const ownTopic = menteePage.getByRole("textbox", { name: "Add a topic of your own" });
  await ownTopic.fill("Lye safety");
  await ownTopic.press("Enter");
  await menteePage.getByRole("radio", { name: "One to five" }).check();
  await menteePage.getByRole("button", { name: "Submit application" }).click();
  await expect(menteePage.getByText("Write at least 20 characters.")).toBeVisible();
  await expect(goal).toBeFocused();
  await expect(goal).toHaveValue("Soap, mostly.");
  await expect(menteePage.getByRole("button", { name: "Cold process" })).toHaveAttribute("aria-pressed", "true");
  await expect(menteePage.getByRole("button", { name: "Remove Lye safety" })).toBeVisible();
  await expect(menteePage.getByRole("radio", { name: "One to five" })).toBeChecked();

  // A draft keeps it all on the server, and nobody is asked for the rest yet.
  await goal.fill("My first batch seized in the pot. I want to understand trace and do it safely.");
  await menteePage.getByRole("button", { name: "Save draft" }).click();
  await expect(menteePage.getByText("Draft saved. Only you can see it until you submit it.")).toBeVisible();
  await menteePage.goto(base);
  const menteePanel = menteePage.getByRole("region", { name: "Your mentee application" });
  await expect(menteePanel.getByText("Draft", { exact: true })).toBeVisible();
  await menteePanel.getByRole("link", { name: /Continue your draft/ }).click();
  await expect(menteePage.getByRole("heading", { name: "Finish your mentee application" })).toBeVisible();
  await expect(goal).toHaveValue(/seized in the pot/);
  await expect(menteePage.getByRole("button", { name: "Remove Lye safety" })).toBeVisible();

  // The rest, then submit: back on the program page, told it's in, and pending.
  await menteePage.getByRole("radio", { name: "Every two weeks" }).check();
  const ownLanguage = menteePage.getByRole("textbox", { name: "Add a language of your own" });
  await ownLanguage.fill("Catalan,");
  await expect(menteePage.getByRole("button", { name: "Remove Catalan" })).toBeVisible();
  await menteePage.getByRole("checkbox", { name: "Safety checks" }).check();
  await menteePage.getByRole("button", { name: "Submit application" }).click();
  await expect(menteePage).toHaveURL(new RegExp(`${base}$`));
  await expect(menteePage.getByText("Your application is in.", { exact: false })).toBeVisible();
  await expect(menteePanel.getByText("Pending review")).toBeVisible();
  await expect(menteePanel.getByRole("link", { name: /Edit answers/ })).toBeVisible();
  // One role per person in this program: the mentor button gives way to the reason.
  await expect(menteePage.getByRole("link", { name: "Apply as a mentor" })).toHaveCount(0);
  await expect(menteePage.getByText("you applied as a mentee", { exact: false })).toBeVisible();

  // The mentor applies with a capacity; an impossible one is refused and kept.
  const mentorContext = await browser.newContext();
  const mentorPage = await mentorContext.newPage();
  await loginAs(mentorPage, mentor);
  await mentorPage.goto(`${base}/apply?role=MENTOR`);
  await expect(mentorPage.getByRole("heading", { name: "Apply as a mentor" })).toBeVisible();
  const capacity = mentorPage.getByLabel("How many mentees can you take at once?");
  await expect(capacity).toHaveValue("2");
  await mentorPage
    .getByLabel("How long have you been making soap?")
    .fill("Twenty years of cold process, and I teach a class at the library.");
  // What was typed but never saved is kept in this browser, and offered back after the tab is reloaded.
  await expect
    .poll(() => mentorPage.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith("kinship:apply:"))))
    .toBe(true);
  await mentorPage.reload();
  await expect(mentorPage.getByLabel("How long have you been making soap?")).toHaveValue("");
  await mentorPage.getByRole("button", { name: "Restore them" }).click();
  await expect(mentorPage.getByLabel("How long have you been making soap?")).toHaveValue(/Twenty years/);
  await mentorPage.getByRole("button", { name: "Fragrance" }).click();
  await mentorPage.getByRole("radio", { name: "Every week" }).check();
  await mentorPage.getByRole("button", { name: "Spanish" }).click();
  await mentorPage.getByLabel("What do you do when you're not making soap?").fill("Chemistry teacher");
  await capacity.fill("11");
  await mentorPage.getByRole("button", { name: "Submit application" }).click();
  await expect(mentorPage.getByText("Take at most 10 mentees.")).toBeVisible();
  await expect(capacity).toBeFocused();
  await expect(mentorPage.getByLabel("What do you do when you're not making soap?")).toHaveValue("Chemistry teacher");
  await capacity.fill("3");
  await mentorPage.getByRole("button", { name: "Submit application" }).click();
  await expect(
    mentorPage.getByRole("region", { name: "Your mentor application" }).getByText("Pending review"),
  ).toBeVisible();

  // The admin sees the counts on the program page and opens the queue.
  await loginAs(page, owner);
  await page.goto(base);
  const bar = page.getByRole("region", { name: "Program management" });
  await expect(bar.getByText("Mentees: 4 (3 pending)")).toBeVisible();
  await expect(bar.getByRole("link", { name: "Edit program" })).toHaveAttribute("href", `${base}/edit`);
  await check(page, "programs-program-admin");
  await bar.getByRole("link", { name: /Review applications/ }).click();
  await expect(page.getByRole("heading", { name: "Applications" })).toBeVisible();
  const rows = page.getByRole("list", { name: "Applications" });
  await expect(rows.locator(":scope > li")).toHaveCount(3);
  await expect(rows.getByRole("link", { name: "Mia Mentee" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Waitlisted/ })).toContainText("1");
  await check(page, "programs-queue");

  // Filters and search narrow the list, and live in the URL.
  await page.getByLabel("Topic", { exact: true }).selectOption("Lye safety");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/topic=Lye\+safety/);
  await expect(rows.locator(":scope > li")).toHaveCount(1);
  await expect(rows.getByRole("link", { name: "Mia Mentee" })).toBeVisible();
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/applications$/);
  await expect(rows.locator(":scope > li")).toHaveCount(3);
  await page.getByLabel("Search names and answers").fill("fragrance blending");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=fragrance\+blending/);
  await expect(rows.locator(":scope > li")).toHaveCount(1);
  await expect(rows.getByRole("link", { name: "Inès Moreau" })).toBeVisible();
  await page.goto(`${base}/applications?language=Catalan`);
  await expect(rows.locator(":scope > li")).toHaveCount(1);
  await page.goto(`${base}/applications?state=MATCHED`);
  await expect(page.getByText("No matched mentee applications.")).toBeVisible();

  // Approve the mentee in bulk, with a message.
  await page.goto(`${base}/applications`);
  await page.getByRole("checkbox", { name: "Select Mia Mentee" }).check();
  await expect(page.getByText("1 selected")).toBeVisible();
  await page.getByRole("button", { name: "Approve selected" }).click();
  const bulk = page.getByRole("dialog", { name: "Approve 1 application?" });
  await bulk.getByLabel("Message to the applicant").fill("Welcome! Max will be in touch about lye safety.");
  await bulk.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText("Approved 1 application. We've let them know.")).toBeVisible();
  await expect(bulk).toBeHidden();
  await expect(rows.getByRole("link", { name: "Mia Mentee" })).toHaveCount(0);
  await expect(rows.locator(":scope > li")).toHaveCount(2);

  // The mentor from the detail page: the answers beside their history.
  await page
    .getByRole("navigation", { name: "Role" })
    .getByRole("link", { name: /^Mentors/ })
    .click();
  await expect(page).toHaveURL(/role=MENTOR/);
  await expect(rows.getByText("Up to 3 mentees")).toBeVisible();
  await rows.getByRole("link", { name: "Max Mentor" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Max Mentor" })).toBeVisible();
  await expect(page.getByText("Can take up to 3 mentees")).toBeVisible();
  await expect(page.getByText("Twenty years of cold process", { exact: false })).toBeVisible();
  await expect(page.getByText("Chemistry teacher")).toBeVisible();
  await expect(page.getByText("Every week")).toBeVisible();
  const history = page.getByRole("complementary", { name: "About the applicant" });
  await expect(history.getByText("Member since")).toBeVisible();
  await expect(history.getByText("None: this is their first.")).toBeVisible();
  await check(page, "programs-application-detail");
  await page.getByRole("button", { name: "Approve" }).click();
  const single = page.getByRole("dialog", { name: "Approve Max Mentor?" });
  await single.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText("Approved 1 application. We've let them know.")).toBeVisible();
  const decision = page.getByRole("region", { name: "Decision" });
  await expect(decision.getByText("Approved", { exact: true })).toBeVisible();
  await expect(decision.getByText(/Last decided/)).toBeVisible();
  await expect(decision.getByRole("button", { name: "Waitlist" })).toBeVisible();
  await expect(decision.getByRole("button", { name: "Approve" })).toHaveCount(0);

  // Both applicants see it, the mentee with the admin's message.
  await menteePage.reload();
  await expect(menteePanel.getByText("Approved", { exact: true })).toBeVisible();
  await expect(menteePanel.getByText("Welcome! Max will be in touch about lye safety.")).toBeVisible();
  await check(menteePage, "programs-program-approved");
  await mentorPage.reload();
  await expect(
    mentorPage.getByRole("region", { name: "Your mentor application" }).getByText("Approved", { exact: true }),
  ).toBeVisible();

  // A member who changes their mind withdraws, after confirming, and may apply again.
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await loginAs(memberPage, member);
  await memberPage.goto(base);
  const memberPanel = memberPage.getByRole("region", { name: "Your mentee application" });
  await memberPanel.getByRole("button", { name: /Withdraw/ }).click();
  const confirm = memberPage.getByRole("dialog", { name: "Withdraw your mentee application?" });
  await confirm.getByRole("button", { name: "Withdraw application" }).click();
  await expect(memberPage.getByText("Your application is withdrawn.")).toBeVisible();
  await expect(confirm).toBeHidden();
  await expect(memberPanel.getByText("Withdrawn", { exact: true })).toBeVisible();
  await expect(memberPage.getByRole("link", { name: "Apply again as a mentee" })).toBeVisible();
  // Starting again begins from the earlier answers; a draft they no longer want is discarded for good.
  await memberPage.getByRole("link", { name: "Apply again as a mentee" }).click();
  await expect(memberPage.getByLabel("What would you like help with?")).toHaveValue(/hot process/);
  await memberPage.getByRole("button", { name: "Save draft" }).click();
  await expect(memberPage.getByText("Draft saved.", { exact: false })).toBeVisible();
  await memberPage.goto(base);
  await memberPanel.getByRole("button", { name: /Discard draft/ }).click();
  const discard = memberPage.getByRole("dialog", { name: "Discard your mentee draft?" });
  await discard.getByRole("button", { name: "Discard draft" }).click();
  await expect(memberPage.getByText("Your draft is discarded.")).toBeVisible();
  await expect(memberPanel).toHaveCount(0);
  await expect(memberPage.getByRole("link", { name: "Apply as a mentee" })).toBeVisible();

  // Members may not open the queue or an application: they don't exist for them.
  for (const path of [
    `${base}/applications`,
    `${base}/applications/${(await db.application.findFirstOrThrow({ where: { userId: mentor.id } })).id}`,
  ]) {
    const response = await memberPage.goto(path);
    expect(response?.status(), path).toBe(404);
  }

  // Someone outside the (public) group reads the program and is asked to join first.
  const visitor = await makeUser({ name: "Vic Visitor" });
  const visitorContext = await browser.newContext();
  const visitorPage = await visitorContext.newPage();
  await loginAs(visitorPage, visitor);
  await visitorPage.goto(base);
  await expect(visitorPage.getByRole("heading", { level: 2, name: "First batch buddies" })).toBeVisible();
  await expect(visitorPage.getByRole("link", { name: "Join the group to apply" })).toHaveAttribute(
    "href",
    `/groups/${group.slug}`,
  );
  await expect(visitorPage.getByRole("link", { name: "Apply as a mentee" })).toHaveCount(0);
  await check(visitorPage, "programs-program-visitor");

  for (const context of [menteeContext, mentorContext, memberContext, visitorContext]) await context.close();
});

test("a long queue loads more on demand, and select all decides every loaded application at once", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const { owner, program, group, base } = await seedProgram(db, makeUser);
  const many = await Promise.all(Array.from({ length: 26 }, (_, i) => makeUser({ name: `Applicant ${i + 1}` })));
  for (const [i, u] of many.entries()) {
    await addMember(db, group, u);
    await db.application.create({
      data: {
        programId: program.id,
        userId: u.id,
        role: "MENTEE",
        state: "PENDING",
        topics: ["Colour"],
        submittedAt: new Date(),
        createdAt: new Date(Date.now() + (i + 1) * 1000),
      },
    });
  }
  await loginAs(page, owner);
  await page.goto(`${base}/applications`);
  const rows = page.getByRole("list", { name: "Applications" }).locator(":scope > li");
  await expect(rows).toHaveCount(25);
  await expect(page.getByRole("link", { name: /^Pending/ })).toContainText("28");
  await page.getByRole("button", { name: "Load more" }).click();
  await expect(rows).toHaveCount(28);
  await expect(page.getByRole("link", { name: "Applicant 26" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);

  await page.getByRole("checkbox", { name: "Select all" }).check();
  await expect(page.getByText("28 selected")).toBeVisible();
  await page.getByRole("button", { name: "Waitlist selected" }).click();
  const dialog = page.getByRole("dialog", { name: "Waitlist 28 applications?" });
  await dialog.getByRole("button", { name: "Waitlist", exact: true }).click();
  await expect(page.getByText("Waitlisted 28 applications. We've let them know.")).toBeVisible();
  await expect(page.getByText("No pending mentee applications.")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Waitlisted/ })).toContainText("29");
});
