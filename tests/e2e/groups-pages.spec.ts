import { createHash, randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, checkPage } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createComment, createPost, react } from "../factories/feed";
import type { PrismaClient } from "../../lib/db/generated/client";
import type { createUser } from "../factories/users";

// Each checkPage runs axe three times and takes three screenshots; these tests check many pages.
test.describe.configure({ timeout: 150_000 });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

type MakeUser = (overrides?: { name?: string; bio?: string }) => ReturnType<typeof createUser>;

/** checkPage (axe in light, dark and phone, with screenshots), and no sideways scrolling at phone width. */
async function check(page: Page, name: string) {
  await checkPage(page, name);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (size) await page.setViewportSize(size);
  expect(width, `${name}: the page scrolls sideways at phone width`).toBeLessThanOrEqual(390);
}

function hashToken(token: string) {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * A lived-in private group: an owner, a moderator, members (one muted, one banned), rules and questions, posts
 * (pinned, with comments and replies, one waiting for approval), a join request with answers, a report, an
 * invitation link and some activity.
 */
async function seedGroup(db: PrismaClient, makeUser: MakeUser) {
  const id = unique();
  const owner = await makeUser({ name: "Amara Okafor" });
  const moderator = await makeUser({ name: "Diego Ramírez", bio: "Soap maker for twenty years." });
  const member = await makeUser({ name: "Mei Chen", bio: "I make shampoo bars and teach at the library." });
  const newcomer = await makeUser({ name: "Lina Haddad" });
  const muted = await makeUser({ name: "Sam Patel" });
  const banned = await makeUser({ name: "Rowan Spammer" });
  const requester = await makeUser({ name: "Inès Moreau", bio: "Curious about cold process." });
  const group = await createGroup(db, owner, {
    name: `Cold Process Circle ${id}`,
    slug: `cold-process-${id}`,
    privacy: "PRIVATE",
    description: "Soap makers who share recipes, failed batches and lye safety.\nNew makers are welcome; ask anything.",
  });
  await db.group.update({ where: { id: group.id }, data: { postApprovalRequired: true } });
  await db.groupRule.createMany({
    data: [
      { groupId: group.id, position: 0, title: "Be kind", body: "Everyone's first batch seizes." },
      { groupId: group.id, position: 1, title: "Lye safety first", body: "Gloves and goggles in every photo." },
    ],
  });
  const question = await db.membershipQuestion.create({
    data: { groupId: group.id, position: 0, prompt: "What brings you to soap making?", required: true },
  });
  await addMember(db, group, moderator, { role: "MODERATOR" });
  await addMember(db, group, member);
  await addMember(db, group, newcomer);
  const mutedMembership = await addMember(db, group, muted);
  await db.membership.update({
    where: { id: mutedMembership.id },
    data: { mutedUntil: new Date(Date.now() + 86_400_000) },
  });
  await addMember(db, group, banned, { status: "BANNED" });
  const request = await addMember(db, group, requester, { status: "PENDING" });
  await db.membership.update({
    where: { id: request.id },
    data: {
      answers: [
        {
          questionId: question.id,
          prompt: question.prompt,
          answer: "My grandmother made soap.\nI want to learn it properly.",
        },
      ],
      rulesAcceptedAt: new Date(),
    },
  });

  const hour = 3_600_000;
  const pinned = await createPost(db, group, owner, {
    body: "Welcome! Read the rules, then introduce yourself below. Our lye guide: https://example.com/lye-safety",
    pinned: true,
    createdAt: new Date(Date.now() - 48 * hour),
  });
  const question1 = await createPost(db, group, member, {
    body: "Is 5% superfat too much for a beginner bar? My last batch felt greasy.",
    createdAt: new Date(Date.now() - 5 * hour),
  });
  const c1 = await createComment(db, question1, moderator, { body: "5% is a kind place to start. Cure it longer." });
  await createComment(db, question1, member, { body: "Thanks! I'll wait four more weeks.", parentId: c1.id });
  for (const body of ["Same question here.", "Try 3% with olive oil.", "Castile needs months.", "Thanks all!"])
    await createComment(db, question1, newcomer, { body });
  await react(db, owner, { postId: question1.id }, "LIKE");
  await react(db, moderator, { postId: question1.id }, "LOVE");
  await react(db, member, { postId: pinned.id }, "CARE");
  const reported = await createPost(db, group, muted, {
    body: "Buy my soap moulds at a discount, message me!",
    createdAt: new Date(Date.now() - hour),
  });
  await createPost(db, group, newcomer, {
    body: "Hello everyone, here is my first swirl attempt.",
    status: "PENDING_APPROVAL",
  });
  await db.report.create({
    data: {
      groupId: group.id,
      reporterId: member.id,
      postId: reported.id,
      reason: "SPAM",
      note: "They posted the same advert in three groups.",
    },
  });
  const token = randomBytes(32).toString("base64url");
  await db.invitation.create({
    data: {
      groupId: group.id,
      invitedById: owner.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
      maxUses: 10,
    },
  });
  const invitee = await makeUser({ name: "Priya Natarajan" });
  await db.invitation.create({ data: { groupId: group.id, invitedById: owner.id, inviteeId: invitee.id } });
  await db.auditEvent.createMany({
    data: [
      { groupId: group.id, actorId: owner.id, action: "group.create", targetType: "group", targetId: group.id },
      {
        groupId: group.id,
        actorId: owner.id,
        action: "membership.role",
        targetType: "membership",
        targetId: moderator.id,
        data: { userId: moderator.id, name: moderator.name, from: "MEMBER", to: "MODERATOR" },
      },
      {
        groupId: group.id,
        actorId: moderator.id,
        action: "membership.mute",
        targetType: "membership",
        targetId: mutedMembership.id,
        data: { userId: muted.id, name: muted.name, duration: "1d" },
      },
      {
        groupId: group.id,
        actorId: owner.id,
        action: "membership.ban",
        targetType: "membership",
        targetId: banned.id,
        data: { userId: banned.id, name: banned.name },
      },
      { groupId: group.id, actorId: owner.id, action: "post.pin", targetType: "post", targetId: pinned.id },
      {
        groupId: group.id,
        actorId: owner.id,
        action: "group.update",
        targetType: "group",
        targetId: group.id,
        data: { fields: ["description", "rules", "postApprovalRequired"] },
      },
    ],
  });
  return { group, owner, moderator, member, requester, token };
}

test("the directory and the create form are accessible", async ({ page, db, makeUser, loginAs }) => {
  const id = unique();
  const owner = await makeUser({ name: "Amara Okafor" });
  for (const [name, description, privacy] of [
    [`Soap Makers ${id}`, "Cold process, hot process and melt-and-pour. Beginners welcome.", "PUBLIC"],
    [`Soap Careers ${id}`, "Turning a hobby into a small business, without losing the joy of it.", "PRIVATE"],
    [`Soap Parents ${id}`, "Parents who make soap with their children on weekends.", "PUBLIC"],
  ] as const)
    await createGroup(db, owner, { name, description, privacy, slug: `${name.toLowerCase().replace(/ /g, "-")}` });

  // Signed out, with results.
  await page.goto(`/groups?q=${encodeURIComponent(`soap ${id}`)}`);
  await expect(page.getByRole("list", { name: "Groups" }).getByRole("listitem")).toHaveCount(3);
  await expect(page.getByRole("link", { name: "Create a group" })).toHaveCount(0);
  await check(page, "groups-directory-signed-out");

  // Signed in: your groups, the directory, and a search that finds nothing.
  await loginAs(page, owner);
  await page.goto("/groups");
  await expect(page.getByRole("heading", { name: "Your groups" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Your groups" }).getByRole("link")).toHaveCount(3);
  await check(page, "groups-directory-signed-in");

  await page.getByLabel("Search groups").fill(`nothing-matches-${id}`);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByText(`No groups match “nothing-matches-${id}”.`, { exact: false })).toBeVisible();
  await check(page, "groups-directory-empty-search");

  // A newcomer with no groups yet.
  await loginAs(page, await makeUser());
  await page.goto("/groups");
  await expect(page.getByText("You haven't joined a group yet.", { exact: false })).toBeVisible();
  await check(page, "groups-directory-no-groups");

  await page.goto("/groups/new");
  await expect(page.getByRole("heading", { name: "Create a group" })).toBeVisible();
  await check(page, "groups-new");

  // Errors: an empty name, an empty rule title and an empty question.
  await page.getByRole("radio", { name: /^Private/ }).check();
  await page.getByRole("button", { name: "Add a rule" }).click();
  await page.getByRole("button", { name: "Add a question" }).click();
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Use at least 3 characters for the name.")).toBeVisible();
  await expect(page.getByLabel("Rule 1", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Question 1", { exact: true })).toHaveAttribute("aria-invalid", "true");
  // The choices made stay shown as made (the form is not reset to its initial state).
  await expect(page.getByRole("radio", { name: /^Private/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^Hide this group/ })).not.toBeChecked();
  await check(page, "groups-new-errors");
});

test("a group's Discussion, About and Members are accessible to its admin", async ({ page, db, makeUser, loginAs }) => {
  const { group, owner } = await seedGroup(db, makeUser);
  await loginAs(page, owner);

  await page.goto(`/groups/${group.slug}`);
  await expect(page.getByRole("heading", { name: "1 post is waiting for approval" })).toBeVisible();
  await expect(page.getByText("Pinned", { exact: true })).toBeVisible();
  await expect(page.getByText("5% is a kind place to start. Cure it longer.")).toBeVisible();
  // The feed sends the first three comments; the rest load in place.
  await expect(page.getByText("Thanks all!")).toHaveCount(0);
  await check(page, "group-discussion-admin");
  await page.getByRole("button", { name: "View all 6 comments" }).click();
  await expect(page.getByText("Thanks all!")).toBeVisible();

  // The post menu and the removal dialog.
  await page.getByRole("button", { name: "Actions for Sam Patel's post" }).click();
  await expect(page.getByRole("menuitem", { name: "Remove…" })).toBeVisible();
  await check(page, "group-post-menu-open");
  await page.getByRole("menuitem", { name: "Remove…" }).click();
  await expect(page.getByRole("dialog", { name: "Remove this post?" })).toBeVisible();
  await check(page, "group-remove-dialog");
  await page.keyboard.press("Escape");

  await page.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "About" }).click();
  await expect(page.getByRole("heading", { name: "About this group" })).toBeVisible();
  await expect(page.getByText("Lye safety first")).toBeVisible();
  await check(page, "group-about");

  await page.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("list", { name: "Members" }).getByText("Diego Ramírez")).toBeVisible();
  await expect(page.getByText("Rowan Spammer")).toBeVisible();
  await check(page, "group-members-admin");
  await page.getByRole("button", { name: "Manage Mei Chen" }).click();
  await expect(page.getByRole("menuitem", { name: "Change role…" })).toBeVisible();
  await check(page, "group-members-menu-open");
  await page.getByRole("menuitem", { name: "Change role…" }).click();
  await expect(page.getByRole("dialog", { name: "Change Mei Chen's role" })).toBeVisible();
  await check(page, "group-members-role-dialog");
});

test("a group's Discussion is accessible to a member, with a post waiting for approval", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const { group } = await seedGroup(db, makeUser);
  const newcomer = await db.user.findFirstOrThrow({
    where: { name: "Lina Haddad", memberships: { some: { groupId: group.id } } },
  });
  await loginAs(page, newcomer);
  await page.goto(`/groups/${group.slug}`);
  await expect(
    page.getByText("Waiting for approval. Only you and the group's moderators", { exact: false }),
  ).toBeVisible();
  await expect(page.getByText("A moderator reviews posts by new members before they appear.")).toBeVisible();
  await check(page, "group-discussion-member");
});

test("the admin pages (Requests, Reports, Settings, Activity) are accessible", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const { group, owner } = await seedGroup(db, makeUser);
  await loginAs(page, owner);
  const sections = page.getByRole("navigation", { name: "Group sections" });

  await page.goto(`/groups/${group.slug}`);
  await sections.getByRole("link", { name: /Requests/ }).click();
  await expect(page.getByRole("heading", { name: "Join requests" })).toBeVisible();
  await expect(page.getByText("My grandmother made soap.", { exact: false })).toBeVisible();
  await check(page, "group-requests");

  await sections.getByRole("link", { name: /Reports/ }).click();
  await expect(page.getByRole("heading", { name: "Reports", exact: true })).toBeVisible();
  await expect(page.getByText("They posted the same advert in three groups.")).toBeVisible();
  await check(page, "group-reports");
  await page.getByRole("button", { name: "Remove post…" }).click();
  await expect(page.getByRole("dialog", { name: "Remove this post?" })).toBeVisible();
  await check(page, "group-reports-remove-dialog");
  await page.keyboard.press("Escape");

  await sections.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Group settings" })).toBeVisible();
  await check(page, "group-settings");

  await sections.getByRole("link", { name: "Activity" }).click();
  await expect(page.getByText("Amara Okafor made Diego Ramírez a moderator")).toBeVisible();
  await check(page, "group-activity");
});

test("invitations, the join dialog and a private group seen from outside are accessible", async ({
  page,
  db,
  makeUser,
  loginAs,
}) => {
  const { group, token } = await seedGroup(db, makeUser);

  // A visitor sees the private group's name and description only.
  await page.goto(`/groups/${group.slug}`);
  await expect(page.getByRole("heading", { name: "This group is private. Join to see its posts." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to join" })).toBeVisible();
  await check(page, "group-private-visitor");

  await page.goto(`/invite/${token}`);
  await expect(page.getByRole("link", { name: "Sign in to accept" })).toBeVisible();
  await check(page, "invite-valid-signed-out");

  await page.goto(`/invite/not-a-real-token-${unique()}`);
  await expect(page.getByRole("heading", { name: "This invitation can't be used" })).toBeVisible();
  await check(page, "invite-invalid");

  const outsider = await makeUser({ name: "Tomás Rivera" });
  await loginAs(page, outsider);
  await page.goto(`/invite/${token}`);
  await expect(page.getByRole("heading", { level: 1, name: group.name })).toBeVisible();
  await expect(page.getByRole("button", { name: "Accept invitation" })).toBeVisible();
  await check(page, "invite-valid");
  // Accepting without agreeing to the rules explains what to do.
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page.getByText("Please agree to the group's rules.").first()).toBeVisible();
  await check(page, "invite-valid-error");

  await page.goto(`/groups/${group.slug}`);
  await page.getByRole("button", { name: "Request to join" }).click();
  await expect(page.getByRole("dialog", { name: `Join ${group.name}` })).toBeVisible();
  await check(page, "group-join-dialog");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("Please answer this question.")).toBeVisible();
  await check(page, "group-join-dialog-errors");
});
