/**
 * Membership administration on a real database: requests, roles, removal, bans, mutes, ownership, settings,
 * invitations and the audit log. Each rule is shown from both sides: who may, and who may not.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/policy";
import { toAppError, type AppError, type ErrorCode } from "@/lib/errors";
import { authorize } from "@/lib/auth/authorize";
import { getGroup } from "@/lib/groups/get-group";
import { joinGroup } from "@/lib/groups/join-group";
import { leaveGroup } from "@/lib/groups/leave-group";
import { findMembers } from "@/lib/groups/members/find-members";
import { findJoinRequests } from "@/lib/groups/members/find-join-requests";
import { decideJoinRequests } from "@/lib/groups/members/decide-join-requests";
import { changeRole } from "@/lib/groups/members/change-role";
import { removeMember } from "@/lib/groups/members/remove-member";
import { banMember } from "@/lib/groups/members/ban-member";
import { unbanMember } from "@/lib/groups/members/unban-member";
import { findBannedMembers } from "@/lib/groups/members/find-banned-members";
import { muteMember } from "@/lib/groups/members/mute-member";
import { unmuteMember } from "@/lib/groups/members/unmute-member";
import { transferOwnership } from "@/lib/groups/members/transfer-ownership";
import { updateGroup } from "@/lib/groups/members/update-group";
import { archiveGroup } from "@/lib/groups/members/archive-group";
import { inviteUser, INVITE_SENT } from "@/lib/groups/members/invite-user";
import { createInviteLink } from "@/lib/groups/members/create-invite-link";
import { revokeInvitation } from "@/lib/groups/members/revoke-invitation";
import { acceptInvitation } from "@/lib/groups/members/accept-invitation";
import { getInvitation } from "@/lib/groups/members/get-invitation";
import { findInvitations } from "@/lib/groups/members/find-invitations";
import { findAuditLog } from "@/lib/groups/members/find-audit-log";
import { INVITATION_PROBLEMS } from "@/lib/groups/members/invitation-state";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import { createGroup as createGroupService } from "@/lib/groups/create-group";

type User = Awaited<ReturnType<typeof createUser>>;

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return toAppError(error);
  }
  throw new Error("expected an error, but it succeeded");
}

async function expectCode(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await errorOf(promise);
  expect(error.code, error.message).toBe(code);
  return error;
}

const membershipOf = (group: { id: string }, user: { id: string }) =>
  db.membership.findUnique({ where: { groupId_userId: { groupId: group.id, userId: user.id } } });

/** A private group with one of each role, plus someone outside it. */
async function world(options: { privacy?: "PUBLIC" | "PRIVATE"; visibility?: "VISIBLE" | "HIDDEN" } = {}) {
  const owner = await createUser(db, { name: "Olu Owner" });
  const admin = await createUser(db, { name: "Amara Admin" });
  const moderator = await createUser(db, { name: "Mo Moderator" });
  const member = await createUser(db, { name: "Sam Member", bio: "I make lavender soap." });
  const outsider = await createUser(db, { name: "Otto Outsider" });
  const group = await createGroup(db, owner, {
    privacy: options.privacy ?? "PRIVATE",
    visibility: options.visibility ?? "VISIBLE",
    name: "Soap Makers",
  });
  const ownerM = await membershipOf(group, owner);
  const adminM = await addMember(db, group, admin, { role: "ADMIN" });
  const moderatorM = await addMember(db, group, moderator, { role: "MODERATOR" });
  const memberM = await addMember(db, group, member);
  return { owner, admin, moderator, member, outsider, group, ownerM: ownerM!, adminM, moderatorM, memberM };
}

async function request(group: { id: string; slug: string }, user: User, answer = "I love soap") {
  const question = await db.membershipQuestion.findFirst({ where: { groupId: group.id } });
  await joinGroup(user, group.slug, {
    answers: question ? [{ questionId: question.id, answer }] : [],
    acceptRules: true,
  });
  return (await membershipOf(group, user))!;
}

describe("join requests", () => {
  it("a moderator sees the queue with answers and rule agreement, oldest first, and approves one", async () => {
    const w = await world();
    await db.membershipQuestion.create({ data: { groupId: w.group.id, position: 0, prompt: "Why join?" } });
    await db.groupRule.create({ data: { groupId: w.group.id, position: 0, title: "Be kind" } });
    const first = await createUser(db, { name: "First Requester" });
    const second = await createUser(db, { name: "Second Requester" });
    const r1 = await request(w.group, first, "To learn cold process");
    await new Promise((r) => setTimeout(r, 5));
    await request(w.group, second, "Friends are here");

    const queue = await findJoinRequests(w.moderator, w.group.slug);
    expect(queue.total).toBe(2);
    expect(queue.requests.map((r) => r.name)).toEqual(["First Requester", "Second Requester"]);
    expect(queue.requests[0]).toMatchObject({
      answers: [{ prompt: "Why join?", answer: "To learn cold process" }],
      rulesAccepted: true,
    });
    expect(queue.requests[0]).not.toHaveProperty("email");

    const result = await decideJoinRequests(w.moderator, w.group.slug, { ids: [r1.id], decision: "approve" });
    expect(result.decided).toBe(1);
    const approved = await db.membership.findUniqueOrThrow({ where: { id: r1.id } });
    expect(approved).toMatchObject({ status: "ACTIVE", role: "MEMBER", decidedById: w.moderator.id });
    expect(approved.joinedAt).not.toBeNull();
    expect(await membershipOf(w.group, second)).toMatchObject({ status: "PENDING" });
    expect(
      await db.auditEvent.count({ where: { action: "membership.approve", targetId: r1.id, actorId: w.moderator.id } }),
    ).toBe(1);
    expect(await db.notification.findMany({ where: { userId: first.id }, select: { kind: true } })).toEqual([
      { kind: "group.request_decided" },
    ]);
    expect(await db.notification.count({ where: { userId: second.id } })).toBe(0);
  });

  it("declines, and bulk-approves several at once, auditing each", async () => {
    const w = await world();
    const people = await Promise.all([1, 2, 3, 4].map((i) => createUser(db, { name: `Req ${i}` })));
    const rows = [];
    for (const p of people) rows.push(await request(w.group, p));

    await decideJoinRequests(w.admin, w.group.slug, { ids: [rows[0]!.id], decision: "decline" });
    expect(await db.membership.findUniqueOrThrow({ where: { id: rows[0]!.id } })).toMatchObject({
      status: "DECLINED",
    });

    const bulk = await decideJoinRequests(w.admin, w.group.slug, {
      ids: rows.map((r) => r.id), // the declined one is no longer PENDING and is left alone
      decision: "approve",
    });
    expect(bulk.decided).toBe(3);
    expect(await db.membership.count({ where: { groupId: w.group.id, status: "ACTIVE", role: "MEMBER" } })).toBe(4);
    expect(await db.membership.findUniqueOrThrow({ where: { id: rows[0]!.id } })).toMatchObject({
      status: "DECLINED",
    });
    expect(await db.auditEvent.count({ where: { action: "membership.approve" } })).toBe(3);
    expect(await db.auditEvent.count({ where: { action: "membership.decline" } })).toBe(1);
  });

  it("a member cannot see or decide the queue", async () => {
    const w = await world();
    const requester = await createUser(db);
    const row = await request(w.group, requester);
    await expectCode(findJoinRequests(w.member, w.group.slug), "FORBIDDEN");
    await expectCode(decideJoinRequests(w.member, w.group.slug, { ids: [row.id], decision: "approve" }), "FORBIDDEN");
    await expectCode(findJoinRequests(w.outsider, w.group.slug), "FORBIDDEN");
    expect(await membershipOf(w.group, requester)).toMatchObject({ status: "PENDING" });
  });

  it("bulk approval only touches the given group's PENDING rows: group B's ids change nothing in B", async () => {
    const a = await world();
    const b = await world();
    const inA = await request(a.group, await createUser(db));
    const inB = await request(b.group, await createUser(db));
    const result = await decideJoinRequests(a.admin, a.group.slug, { ids: [inA.id, inB.id], decision: "approve" });
    expect(result.decided).toBe(1);
    expect(await db.membership.findUniqueOrThrow({ where: { id: inA.id } })).toMatchObject({ status: "ACTIVE" });
    expect(await db.membership.findUniqueOrThrow({ where: { id: inB.id } })).toMatchObject({ status: "PENDING" });
    expect(await db.auditEvent.count({ where: { groupId: b.group.id, action: "membership.approve" } })).toBe(0);
  });

  it("two moderators approving the same request at once decide it once", async () => {
    const w = await world();
    const row = await request(w.group, await createUser(db));
    const results = await Promise.all([
      decideJoinRequests(w.admin, w.group.slug, { ids: [row.id], decision: "approve" }),
      decideJoinRequests(w.moderator, w.group.slug, { ids: [row.id], decision: "decline" }),
    ]);
    expect(results.map((r) => r.decided).sort()).toEqual([0, 1]);
    expect(await db.auditEvent.count({ where: { targetId: row.id } })).toBe(1);
  });
});

describe("roles", () => {
  it("the owner makes an admin; an admin makes moderators but not admins", async () => {
    const w = await world();
    await changeRole(w.owner, w.memberM.id, { role: "ADMIN" });
    expect(await db.membership.findUniqueOrThrow({ where: { id: w.memberM.id } })).toMatchObject({ role: "ADMIN" });

    const other = await addMember(db, w.group, await createUser(db));
    await changeRole(w.admin, other.id, { role: "MODERATOR" });
    expect(await db.membership.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ role: "MODERATOR" });
    await changeRole(w.admin, other.id, { role: "MEMBER" });

    await expectCode(changeRole(w.admin, other.id, { role: "ADMIN" }), "FORBIDDEN");
    expect(await db.membership.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ role: "MEMBER" });

    const audit = await db.auditEvent.findMany({ where: { action: "membership.role" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => (a.data as { to: string }).to)).toEqual(["ADMIN", "MODERATOR", "MEMBER"]);
  });

  it("an admin cannot act on the owner or on another admin", async () => {
    const w = await world();
    const otherAdmin = await addMember(db, w.group, await createUser(db), { role: "ADMIN" });
    for (const target of [w.ownerM.id, otherAdmin.id]) {
      await expectCode(changeRole(w.admin, target, { role: "MEMBER" }), "FORBIDDEN");
      await expectCode(removeMember(w.admin, target), "FORBIDDEN");
      await expectCode(banMember(w.admin, target), "FORBIDDEN");
      await expectCode(muteMember(w.admin, target, { duration: "1d" }), "FORBIDDEN");
    }
    expect(await db.membership.findUniqueOrThrow({ where: { id: w.ownerM.id } })).toMatchObject({
      role: "OWNER",
      status: "ACTIVE",
    });
    expect(await db.membership.findUniqueOrThrow({ where: { id: otherAdmin.id } })).toMatchObject({
      role: "ADMIN",
      status: "ACTIVE",
      mutedUntil: null,
    });
  });

  it("a moderator manages members but cannot change roles or settings", async () => {
    const w = await world();
    await expectCode(changeRole(w.moderator, w.memberM.id, { role: "MODERATOR" }), "FORBIDDEN");
    await expectCode(updateGroup(w.moderator, w.group.slug, { name: "Taken over" }), "FORBIDDEN");
    await muteMember(w.moderator, w.memberM.id, { duration: "1h" });
    await removeMember(w.moderator, w.memberM.id);
    expect(await membershipOf(w.group, w.member)).toBeNull();
    expect((await db.group.findUniqueOrThrow({ where: { id: w.group.id } })).name).toBe("Soap Makers");
  });

  it("nobody uses the admin tools on themselves", async () => {
    const w = await world();
    await expectCode(changeRole(w.owner, w.ownerM.id, { role: "MEMBER" }), "FORBIDDEN");
    await expectCode(removeMember(w.admin, w.adminM.id), "FORBIDDEN");
    await expectCode(banMember(w.moderator, w.moderatorM.id), "FORBIDDEN");
  });

  it("an admin of group A acting on group B's members by id is refused", async () => {
    const a = await world({ privacy: "PUBLIC" });
    const b = await world({ privacy: "PRIVATE" });
    const bPublic = await world({ privacy: "PUBLIC" });
    await expectCode(removeMember(a.admin, b.memberM.id), "NOT_FOUND"); // B is private: they can't know of it
    await expectCode(banMember(a.owner, b.memberM.id), "NOT_FOUND");
    await expectCode(changeRole(a.owner, bPublic.memberM.id, { role: "ADMIN" }), "FORBIDDEN");
    await expectCode(muteMember(a.admin, bPublic.memberM.id, { duration: "30d" }), "FORBIDDEN");
    expect(await db.membership.findUniqueOrThrow({ where: { id: b.memberM.id } })).toMatchObject({
      status: "ACTIVE",
    });
    expect(await db.membership.findUniqueOrThrow({ where: { id: bPublic.memberM.id } })).toMatchObject({
      role: "MEMBER",
      mutedUntil: null,
    });
  });

  it("refuses extra fields and roles that are not assignable (no mass assignment)", async () => {
    const w = await world();
    for (const body of [
      { role: "MODERATOR", groupId: "other" },
      { role: "MODERATOR", status: "ACTIVE" },
      { role: "MODERATOR", userId: w.outsider.id },
      { role: "OWNER" },
    ]) {
      await expectCode(changeRole(w.owner, w.memberM.id, body), "INVALID_INPUT");
    }
    const requester = await request(w.group, await createUser(db));
    await expectCode(
      decideJoinRequests(w.owner, w.group.slug, { ids: [requester.id], decision: "approve", role: "ADMIN" }),
      "INVALID_INPUT",
    );
    await expectCode(updateGroup(w.owner, w.group.slug, { name: "New", createdById: w.outsider.id }), "INVALID_INPUT");
    await expectCode(updateGroup(w.owner, w.group.slug, { archivedAt: null }), "INVALID_INPUT");
    await expectCode(muteMember(w.owner, w.memberM.id, { duration: "1d", authorId: "x" }), "INVALID_INPUT");
    await expectCode(
      createInviteLink(w.owner, w.group.slug, { expiresInDays: 7, maxUses: 5, groupId: "x" }),
      "INVALID_INPUT",
    );
    await expectCode(inviteUser(w.owner, w.group.slug, { email: "a@example.test", role: "ADMIN" }), "INVALID_INPUT");
    expect(await db.membership.findUniqueOrThrow({ where: { id: w.memberM.id } })).toMatchObject({ role: "MEMBER" });
    expect(await membershipOf(w.group, { id: requester.userId })).toMatchObject({ status: "PENDING" });
  });
});

describe("remove, ban and mute", () => {
  it("a banned member cannot see the group or ask again; a banned requester neither; unban lets them ask", async () => {
    const w = await world();
    await banMember(w.moderator, w.memberM.id);
    expect(await membershipOf(w.group, w.member)).toMatchObject({ status: "BANNED" });
    await expectCode(getGroup(w.member, w.group.slug), "NOT_FOUND");
    await expectCode(joinGroup(w.member, w.group.slug, { acceptRules: true }), "NOT_FOUND");

    const requester = await createUser(db);
    const pending = await request(w.group, requester);
    await banMember(w.moderator, pending.id);
    await expectCode(joinGroup(requester, w.group.slug, {}), "NOT_FOUND");

    expect((await findBannedMembers(w.moderator, w.group.slug)).map((b) => b.userId).sort()).toEqual(
      [w.member.id, requester.id].sort(),
    );
    await expectCode(findBannedMembers(w.member, w.group.slug), "NOT_FOUND");

    await unbanMember(w.moderator, w.memberM.id);
    expect(await membershipOf(w.group, w.member)).toBeNull();
    await expect(getGroup(w.member, w.group.slug)).resolves.toMatchObject({ id: w.group.id });
    await expect(joinGroup(w.member, w.group.slug, {})).resolves.toEqual({ status: "PENDING" });
    expect(
      (await db.auditEvent.findMany({ where: { groupId: w.group.id }, select: { action: true } })).map((a) => a.action),
    ).toEqual(expect.arrayContaining(["membership.ban", "membership.unban"]));
  });

  it("a banned person cannot see a public group either (NOT_FOUND)", async () => {
    const w = await world({ privacy: "PUBLIC" });
    await banMember(w.admin, w.memberM.id);
    await expectCode(getGroup(w.member, w.group.slug), "NOT_FOUND");
    await expectCode(joinGroup(w.member, w.group.slug, {}), "NOT_FOUND");
  });

  it("removal ends the membership; the person may ask again", async () => {
    const w = await world();
    await removeMember(w.admin, w.memberM.id);
    expect(await membershipOf(w.group, w.member)).toBeNull();
    await expectCode(removeMember(w.admin, w.memberM.id), "NOT_FOUND");
    await expect(joinGroup(w.member, w.group.slug, {})).resolves.toEqual({ status: "PENDING" });
    expect(await db.auditEvent.count({ where: { action: "membership.remove", targetId: w.memberM.id } })).toBe(1);
  });

  it("a mute stops posting and commenting for the period, not reading or reacting", async () => {
    const w = await world();
    const muted = await muteMember(w.moderator, w.memberM.id, { duration: "7d" });
    const until = new Date(muted.mutedUntil).getTime();
    expect(until - Date.now()).toBeGreaterThan(7 * 24 * 3600 * 1000 - 60_000);

    const { scope } = await authorize(w.member, "group.read", { groupId: w.group.id });
    expect(can(w.member, "posts.create", scope)).toBe(false);
    expect(can(w.member, "comments.create", scope)).toBe(false);
    expect(can(w.member, "posts.read", scope)).toBe(true);
    expect(can(w.member, "reactions.create", scope)).toBe(true);
    // When the period is over, they may post again.
    expect(can(w.member, "posts.create", scope, new Date(until + 1000))).toBe(true);

    await unmuteMember(w.moderator, w.memberM.id);
    const after = await authorize(w.member, "group.read", { groupId: w.group.id });
    expect(can(w.member, "posts.create", after.scope)).toBe(true);
    await expectCode(unmuteMember(w.moderator, w.memberM.id), "CONFLICT");
    expect(await db.auditEvent.count({ where: { action: { in: ["membership.mute", "membership.unmute"] } } })).toBe(2);
  });

  it("a member cannot remove, ban or mute anyone", async () => {
    const w = await world();
    const other = await addMember(db, w.group, await createUser(db));
    await expectCode(removeMember(w.member, other.id), "FORBIDDEN");
    await expectCode(banMember(w.member, other.id), "FORBIDDEN");
    await expectCode(muteMember(w.member, other.id, { duration: "1h" }), "FORBIDDEN");
  });
});

describe("ownership", () => {
  it("the owner transfers to an active member and stays on as admin; then may leave", async () => {
    const w = await world();
    await expectCode(leaveGroup(w.owner, w.group.slug), "CONFLICT");
    const result = await transferOwnership(w.owner, { membershipId: w.memberM.id });
    expect(result.newOwnerName).toBe("Sam Member");
    expect(await membershipOf(w.group, w.member)).toMatchObject({ role: "OWNER" });
    expect(await membershipOf(w.group, w.owner)).toMatchObject({ role: "ADMIN" });
    expect(await db.auditEvent.count({ where: { action: "group.transfer", actorId: w.owner.id } })).toBe(1);
    await leaveGroup(w.owner, w.group.slug);
    expect(await membershipOf(w.group, w.owner)).toBeNull();
    await expectCode(leaveGroup(w.member, w.group.slug), "CONFLICT");
  });

  it("only the owner transfers, and only to an active member of the same group", async () => {
    const w = await world();
    await expectCode(transferOwnership(w.admin, { membershipId: w.memberM.id }), "FORBIDDEN");
    const pending = await request(w.group, await createUser(db));
    await expectCode(transferOwnership(w.owner, { membershipId: pending.id }), "CONFLICT");
    const other = await world();
    await expectCode(transferOwnership(w.owner, { membershipId: other.memberM.id }), "NOT_FOUND");
    expect(await db.membership.count({ where: { groupId: w.group.id, role: "OWNER" } })).toBe(1);
  });

  it("two transfers at once leave exactly one owner", async () => {
    const w = await world();
    await Promise.allSettled([
      transferOwnership(w.owner, { membershipId: w.memberM.id }),
      transferOwnership(w.owner, { membershipId: w.adminM.id }),
    ]);
    expect(await db.membership.count({ where: { groupId: w.group.id, role: "OWNER" } })).toBe(1);
    expect(await membershipOf(w.group, w.owner)).toMatchObject({ role: "ADMIN" });
  });
});

describe("settings and archiving", () => {
  it("an admin updates settings; rules and questions are replaced; the audit names the changed fields", async () => {
    const w = await world({ privacy: "PRIVATE", visibility: "HIDDEN" });
    await db.groupRule.create({ data: { groupId: w.group.id, position: 0, title: "Old rule" } });
    const result = await updateGroup(w.admin, w.group.slug, {
      name: "Soap Makers' Circle",
      privacy: "PUBLIC",
      rules: [{ title: "Be kind" }, { title: "No ads", body: "None at all." }],
      questions: [{ prompt: "What do you make?", required: true }],
    });
    expect(result.changed.sort()).toEqual(["name", "privacy", "questions", "rules", "visibility"].sort());
    const group = await db.group.findUniqueOrThrow({
      where: { id: w.group.id },
      include: { rules: { orderBy: { position: "asc" } }, questions: true },
    });
    expect(group).toMatchObject({ name: "Soap Makers' Circle", privacy: "PUBLIC", visibility: "VISIBLE" });
    expect(group.rules.map((r) => r.title)).toEqual(["Be kind", "No ads"]);
    expect(group.questions).toHaveLength(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "group.update" } });
    expect((audit.data as { fields: string[] }).fields).toContain("rules");

    // A public group cannot be hidden.
    await expectCode(updateGroup(w.admin, w.group.slug, { visibility: "HIDDEN", privacy: "PUBLIC" }), "INVALID_INPUT");
    // Nothing changed: nothing audited.
    expect((await updateGroup(w.admin, w.group.slug, { name: "Soap Makers' Circle" })).changed).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "group.update" } })).toBe(1);
    // Fields left out stay as they are.
    expect((await updateGroup(w.admin, w.group.slug, { description: "All about soap" })).changed).toEqual([
      "description",
    ]);
    expect(await db.groupRule.count({ where: { groupId: w.group.id } })).toBe(2);
    expect(await db.membershipQuestion.count({ where: { groupId: w.group.id } })).toBe(1);
  });

  it("switching to hidden moves the group to a new unguessable address; the old one answers 404 to everyone", async () => {
    const w = await world({ privacy: "PRIVATE", visibility: "VISIBLE" });
    const old = w.group.slug;
    const hidden = await updateGroup(w.admin, old, { visibility: "HIDDEN" });
    expect(hidden.changed).toEqual(["visibility", "slug"]);
    expect(hidden.slug).toMatch(new RegExp(`^${old}-[0-9a-z]{10}$`));

    // The old address tells nobody anything, members included; the new one opens for members only.
    for (const who of [null, w.outsider, w.member, w.admin, w.owner]) {
      await expectCode(getGroup(who, old), "NOT_FOUND");
    }
    for (const who of [w.member, w.moderator, w.admin, w.owner]) {
      expect((await getGroup(who, hidden.slug)).id).toBe(w.group.id);
    }
    await expectCode(getGroup(w.outsider, hidden.slug), "NOT_FOUND");
    await expectCode(getGroup(null, hidden.slug), "NOT_FOUND");

    // Audited with both addresses, which the group's admins may read; the activity says the address changed.
    const audit = await db.auditEvent.findFirstOrThrow({ where: { groupId: w.group.id, action: "group.update" } });
    expect(audit.data).toEqual({ fields: ["visibility", "slug"], fromSlug: old, toSlug: hidden.slug });
    const log = await findAuditLog(w.admin, hidden.slug, {});
    expect(log.entries[0]?.text).toMatch(/changed the group.s visibility and address/);

    // Other changes leave the hidden group where it is; switching back to visible keeps the address.
    expect(await updateGroup(w.admin, hidden.slug, { description: "Quiet now" })).toEqual({
      slug: hidden.slug,
      changed: ["description"],
    });
    expect(await updateGroup(w.admin, hidden.slug, { visibility: "VISIBLE" })).toEqual({
      slug: hidden.slug,
      changed: ["visibility"],
    });
    expect((await getGroup(w.outsider, hidden.slug)).id).toBe(w.group.id);
    await expectCode(getGroup(w.outsider, old), "NOT_FOUND");

    // The old address is free: anyone may take it.
    const taker = await createUser(db);
    const taken = await createGroupService(taker, { name: "Soap Makers", slug: old, privacy: "PUBLIC" });
    expect(taken.slug).toBe(old);
  });

  it("only someone who may change settings can hide the group, and a refused attempt moves nothing", async () => {
    const w = await world({ privacy: "PRIVATE", visibility: "VISIBLE" });
    await expectCode(updateGroup(w.moderator, w.group.slug, { visibility: "HIDDEN" }), "FORBIDDEN");
    await expectCode(updateGroup(w.member, w.group.slug, { visibility: "HIDDEN" }), "FORBIDDEN");
    await expectCode(updateGroup(w.outsider, w.group.slug, { visibility: "HIDDEN" }), "FORBIDDEN");
    expect(await db.group.findUniqueOrThrow({ where: { id: w.group.id } })).toMatchObject({
      slug: w.group.slug,
      visibility: "VISIBLE",
    });
  });

  it("archiving is owner-only, confirmed by the name, and keeps everything", async () => {
    const w = await world();
    await expectCode(archiveGroup(w.admin, w.group.slug, { confirmName: "Soap Makers" }), "FORBIDDEN");
    const wrong = await expectCode(archiveGroup(w.owner, w.group.slug, { confirmName: "soap" }), "INVALID_INPUT");
    expect(wrong.fields?.confirmName).toBeDefined();
    await archiveGroup(w.owner, w.group.slug, { confirmName: "Soap Makers" });
    const group = await db.group.findUniqueOrThrow({ where: { id: w.group.id } });
    expect(group.archivedAt).not.toBeNull();
    expect(await db.membership.count({ where: { groupId: w.group.id } })).toBe(4);
    await expectCode(getGroup(w.member, w.group.slug), "NOT_FOUND");
    await expect(getGroup(w.owner, w.group.slug)).resolves.toMatchObject({ archived: true });
    expect(await db.auditEvent.count({ where: { action: "group.archive" } })).toBe(1);
  });
});

describe("members list", () => {
  it("lists admins and moderators first, then members by join date, with role, join date and bio, never email", async () => {
    const w = await world();
    const late = await createUser(db, { name: "Zed Late" });
    await db.membership.create({
      data: { groupId: w.group.id, userId: late.id, status: "ACTIVE", joinedAt: new Date(Date.now() + 60_000) },
    });
    const page = await findMembers(w.member, w.group.slug, {});
    expect(page.restricted).toBe(false);
    expect(page.members.map((m) => m.role)).toEqual(["OWNER", "ADMIN", "MODERATOR", "MEMBER", "MEMBER"]);
    expect(page.members.at(-1)!.name).toBe("Zed Late");
    const sam = page.members.find((m) => m.userId === w.member.id)!;
    expect(sam).toMatchObject({ bio: "I make lavender soap.", isYou: true, manage: null });
    expect(sam.joinedAt).not.toBeNull();
    expect(JSON.stringify(page)).not.toContain("@example.test");
  });

  it("shows a private group's owners and admins, only, to a non-member; everyone to a public group's visitor", async () => {
    const w = await world();
    const visitorView = await findMembers(w.outsider, w.group.slug, {});
    expect(visitorView.restricted).toBe(true);
    expect(visitorView.members.map((m) => m.role)).toEqual(["OWNER", "ADMIN"]);
    const signedOut = await findMembers(null, w.group.slug, {});
    expect(signedOut.members.map((m) => m.role)).toEqual(["OWNER", "ADMIN"]);

    const open = await world({ privacy: "PUBLIC" });
    expect((await findMembers(null, open.group.slug, {})).members).toHaveLength(4);
  });

  it("searches by name (wildcards match literally) and pages with a cursor", async () => {
    const w = await world();
    for (let i = 0; i < 5; i++) await addMember(db, w.group, await createUser(db, { name: `Lavender ${i}` }));
    await addMember(db, w.group, await createUser(db, { name: "100% Olive" }));
    expect((await findMembers(w.member, w.group.slug, { q: "lavender" })).members).toHaveLength(5);
    expect((await findMembers(w.member, w.group.slug, { q: "%" })).members.map((m) => m.name)).toEqual(["100% Olive"]);
    expect((await findMembers(w.member, w.group.slug, { q: "_" })).members).toHaveLength(0);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await findMembers(w.member, w.group.slug, { limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.members.map((m) => m.membershipId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
  });

  it("offers each viewer only the tools the rules allow", async () => {
    const w = await world();
    const byId = async (viewer: User) =>
      Object.fromEntries((await findMembers(viewer, w.group.slug, {})).members.map((m) => [m.role, m.manage]));
    const asAdmin = await byId(w.admin);
    expect(asAdmin.OWNER).toBeNull();
    expect(asAdmin.ADMIN).toBeNull(); // themselves
    expect(asAdmin.MODERATOR).toEqual({ roles: ["MEMBER"], mute: true, remove: true, ban: true });
    expect(asAdmin.MEMBER).toEqual({ roles: ["MODERATOR"], mute: true, remove: true, ban: true });
    const asModerator = await byId(w.moderator);
    expect(asModerator.MEMBER).toEqual({ roles: [], mute: true, remove: true, ban: true });
    expect(asModerator.ADMIN).toBeNull();
    const asOwner = await byId(w.owner);
    expect(asOwner.ADMIN).toEqual({ roles: ["MODERATOR", "MEMBER"], mute: true, remove: true, ban: true });
    expect((await byId(w.member)).MEMBER).toBeNull();
  });
});

describe("invitations", () => {
  it("a hidden group is NOT_FOUND to others, visible to a personal invitee, who joins at once via an admin's invitation", async () => {
    const w = await world({ visibility: "HIDDEN" });
    const invitee = await createUser(db, { email: "invitee@example.test" });
    await expectCode(getGroup(invitee, w.group.slug), "NOT_FOUND");
    await expectCode(findMembers(invitee, w.group.slug, {}), "NOT_FOUND");

    expect(await inviteUser(w.admin, w.group.slug, { email: "INVITEE@example.test" })).toEqual({
      message: INVITE_SENT,
    });
    const group = await getGroup(invitee, w.group.slug);
    expect(group.viewer.invited).toBe(true);
    expect(await db.notification.findFirst({ where: { userId: invitee.id } })).toMatchObject({
      kind: "group.invited",
      url: `/groups/${w.group.slug}`,
    });
    await expectCode(getGroup(w.outsider, w.group.slug), "NOT_FOUND");

    await expect(joinGroup(invitee, w.group.slug, {})).resolves.toEqual({ status: "ACTIVE" });
    const invitation = await db.invitation.findFirstOrThrow({ where: { inviteeId: invitee.id } });
    expect(invitation.acceptedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "invitation.create", actorId: w.admin.id } })).toBe(1);
  });

  it("a plain member's personal invitation leads to a request, not membership", async () => {
    const w = await world({ visibility: "HIDDEN" });
    const invitee = await createUser(db, { email: "friend@example.test" });
    await inviteUser(w.member, w.group.slug, { email: "friend@example.test" });
    await expect(joinGroup(invitee, w.group.slug, {})).resolves.toEqual({ status: "PENDING" });
  });

  it("answers the same for unknown emails, members and banned people, and invites none of them", async () => {
    const w = await world();
    const banned = await createUser(db, { email: "banned@example.test" });
    const bannedRow = await addMember(db, w.group, banned);
    await banMember(w.admin, bannedRow.id);
    const member = await db.user.findUniqueOrThrow({ where: { id: w.member.id } });
    for (const email of ["nobody@example.test", member.email, "banned@example.test"]) {
      expect(await inviteUser(w.admin, w.group.slug, { email })).toEqual({ message: INVITE_SENT });
    }
    expect(await db.invitation.count()).toBe(0);
    expect(await db.notification.count()).toBe(0);
    await expectCode(inviteUser(w.outsider, w.group.slug, { email: "nobody@example.test" }), "FORBIDDEN");
  });

  it("a link admits at once when an admin made it; a member's link makes a request", async () => {
    const w = await world();
    const adminLink = await createInviteLink(w.admin, w.group.slug, { expiresInDays: 7, maxUses: null });
    expect(adminLink.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: adminLink.id } });
    expect(stored.tokenHash).not.toContain(adminLink.token);
    expect(stored.tokenHash).toHaveLength(64);

    const joiner = await createUser(db);
    const preview = await getInvitation(joiner, adminLink.token);
    expect(preview).toMatchObject({ state: "valid", admitsAtOnce: true, group: { name: "Soap Makers" } });
    await expect(acceptInvitation(joiner, { token: adminLink.token })).resolves.toMatchObject({ status: "ACTIVE" });

    const memberLink = await createInviteLink(w.member, w.group.slug, { expiresInDays: 1, maxUses: 3 });
    const requester = await createUser(db);
    await expect(acceptInvitation(requester, { token: memberLink.token })).resolves.toMatchObject({
      status: "PENDING",
    });
    expect(await membershipOf(w.group, requester)).toMatchObject({ status: "PENDING" });
  });

  it("the inviter's standing is judged at acceptance: a demoted admin's link no longer admits", async () => {
    const w = await world();
    const link = await createInviteLink(w.admin, w.group.slug, { expiresInDays: 7, maxUses: null });
    await changeRole(w.owner, w.adminM.id, { role: "MEMBER" });
    const joiner = await createUser(db);
    await expect(acceptInvitation(joiner, { token: link.token })).resolves.toMatchObject({ status: "PENDING" });
  });

  it("requires agreement to the rules when the group has them", async () => {
    const w = await world();
    await db.groupRule.create({ data: { groupId: w.group.id, position: 0, title: "Be kind" } });
    const link = await createInviteLink(w.admin, w.group.slug, { expiresInDays: 7, maxUses: 1 });
    const joiner = await createUser(db);
    const error = await expectCode(acceptInvitation(joiner, { token: link.token }), "INVALID_INPUT");
    expect(error.fields?.acceptRules).toBeDefined();
    await acceptInvitation(joiner, { token: link.token, acceptRules: true });
    expect((await membershipOf(w.group, joiner))?.rulesAcceptedAt).not.toBeNull();
  });

  it("5 simultaneous accepts on a 2-use link make exactly 2 memberships", async () => {
    const w = await world();
    const link = await createInviteLink(w.admin, w.group.slug, { expiresInDays: 7, maxUses: 2 });
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => createUser(db)));
    const results = await Promise.allSettled(people.map((p) => acceptInvitation(p, { token: link.token })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect(toAppError((r as PromiseRejectedResult).reason).code).toBe("NOT_FOUND");
    }
    expect(await db.membership.count({ where: { groupId: w.group.id, userId: { in: people.map((p) => p.id) } } })).toBe(
      2,
    );
    expect((await db.invitation.findUniqueOrThrow({ where: { id: link.id } })).useCount).toBe(2);
    expect(await getInvitation(null, link.token)).toMatchObject({ state: "used" });
  });

  it("refuses expired, revoked and made-up links with a plain explanation", async () => {
    const w = await world();
    const expired = await createInviteLink(w.admin, w.group.slug, { expiresInDays: 1, maxUses: null });
    await db.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const joiner = await createUser(db);
    const e1 = await expectCode(acceptInvitation(joiner, { token: expired.token }), "NOT_FOUND");
    expect(e1.message).toBe(INVITATION_PROBLEMS.expired);
    expect(await getInvitation(joiner, expired.token)).toEqual({
      state: "expired",
      message: INVITATION_PROBLEMS.expired,
    });

    const revoked = await createInviteLink(w.admin, w.group.slug, { expiresInDays: 30, maxUses: null });
    await revokeInvitation(w.moderator, revoked.id);
    const e2 = await expectCode(acceptInvitation(joiner, { token: revoked.token }), "NOT_FOUND");
    expect(e2.message).toBe(INVITATION_PROBLEMS.revoked);

    await expectCode(acceptInvitation(joiner, { token: "x".repeat(43) }), "NOT_FOUND");
    expect(await getInvitation(joiner, "not a token")).toMatchObject({ state: "invalid" });
    expect(await membershipOf(w.group, joiner)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "invitation.revoke" } })).toBe(1);
  });

  it("a banned person's acceptance is refused as NOT_FOUND", async () => {
    const w = await world();
    const link = await createInviteLink(w.admin, w.group.slug, { expiresInDays: 7, maxUses: null });
    await banMember(w.admin, w.memberM.id);
    await expectCode(acceptInvitation(w.member, { token: link.token }), "NOT_FOUND");
    expect(await getInvitation(w.member, link.token)).toMatchObject({ state: "invalid" });
    expect(await membershipOf(w.group, w.member)).toMatchObject({ status: "BANNED" });
  });

  it("lists open invitations: all for moderators, their own for members; only the inviter or a moderator revokes", async () => {
    const w = await world();
    const mine = await createInviteLink(w.member, w.group.slug, { expiresInDays: 7, maxUses: 2 });
    const admins = await createInviteLink(w.admin, w.group.slug, { expiresInDays: 7, maxUses: null });
    expect((await findInvitations(w.moderator, w.group.slug)).map((i) => i.id).sort()).toEqual(
      [mine.id, admins.id].sort(),
    );
    const forMember = await findInvitations(w.member, w.group.slug);
    expect(forMember.map((i) => i.id)).toEqual([mine.id]);
    expect(forMember[0]).toMatchObject({ kind: "link", canRevoke: true, maxUses: 2, useCount: 0 });
    expect(JSON.stringify(forMember)).not.toContain(mine.token);

    const other = await addMember(db, w.group, await createUser(db));
    // Someone else's invitation does not exist for a member, nor for another group's owner.
    await expectCode(revokeInvitation({ ...w.member, id: other.userId }, admins.id), "NOT_FOUND");
    const elsewhere = await world();
    await expectCode(revokeInvitation(elsewhere.owner, admins.id), "NOT_FOUND"); // group A's invitation, B's owner
    await revokeInvitation(w.member, mine.id);
    await expectCode(revokeInvitation(w.member, mine.id), "CONFLICT");
    expect(await findInvitations(w.moderator, w.group.slug)).toHaveLength(1);
  });
});

describe("audit log", () => {
  it("owners and admins read who did what, newest first, in sentences; moderators and members may not", async () => {
    const w = await world();
    const requester = await createUser(db, { name: "Sam Requester" });
    const row = await request(w.group, requester);
    await decideJoinRequests(w.moderator, w.group.slug, { ids: [row.id], decision: "approve" });
    await changeRole(w.admin, w.memberM.id, { role: "MODERATOR" });
    await muteMember(w.admin, row.id, { duration: "1d" });
    await updateGroup(w.admin, w.group.slug, { description: "All about soap" });

    const log = await findAuditLog(w.admin, w.group.slug, {});
    expect(log.entries.map((e) => `${e.actorName} ${e.text}`)).toEqual([
      "Amara Admin changed the group's description",
      "Amara Admin muted Sam Requester for 1 day",
      "Amara Admin made Sam Member a moderator",
      "Mo Moderator approved Sam Requester's request",
    ]);
    await expectCode(findAuditLog(w.moderator, w.group.slug, {}), "FORBIDDEN");
    await expectCode(findAuditLog(w.member, w.group.slug, {}), "FORBIDDEN");
    await expectCode(findAuditLog(w.outsider, w.group.slug, {}), "FORBIDDEN");

    const first = await findAuditLog(w.owner, w.group.slug, { limit: 3 });
    expect(first.entries).toHaveLength(3);
    const second = await findAuditLog(w.owner, w.group.slug, { limit: 3, cursor: first.nextCursor! });
    expect(second.entries.map((e) => e.text)).toEqual(["approved Sam Requester's request"]);
    expect(second.nextCursor).toBeNull();
  });
});
