import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requestAccountDeletion } from "@/lib/accounts/deletion/request-deletion";
import { cancelDeletionOnSignIn } from "@/lib/accounts/deletion/cancel-deletion";
import { eraseAccount, eraseDueAccounts } from "@/lib/accounts/deletion/erase-account";
import { DELETION_GRACE_MS } from "@/lib/accounts/deletion/constants";
import { getPrivacyPage } from "@/lib/accounts/privacy-page";
import { findBlockingGroups } from "@/lib/accounts/deletion/blocking-groups";
import { transferOwnership } from "@/lib/groups/members/transfer-ownership";
import { authenticate } from "@/lib/accounts/authenticate";
import { signUp } from "@/lib/accounts/sign-up";
import { resolveSessionUser } from "@/lib/auth/session-user";
import { getPost } from "@/lib/groups/feed/get-post";
import { findMessages } from "@/lib/chat/find-messages";
import { setStorageForTests } from "@/lib/storage";
import { LocalDiskStorage } from "@/lib/storage/local-disk";
import { chatWorld } from "../factories/chat";
import { createComment, createPost, react } from "../factories/feed";
import { addMember, createGroup } from "../factories/groups";
import { createCheckIn } from "../factories/mentorship";
import { createUser, DEFAULT_PASSWORD } from "../factories/users";

const ip = () => `10.9.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;
const DAY = 24 * 60 * 60 * 1000;

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError, but it succeeded");
}

/** The local disk under a temporary folder, remembering which prefixes were deleted. */
class RecordingStorage extends LocalDiskStorage {
  deletedPrefixes: string[] = [];
  override async deletePrefix(prefix: string): Promise<void> {
    this.deletedPrefixes.push(prefix);
    await super.deletePrefix(prefix);
  }
}

let root: string;
let files: RecordingStorage;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "kinship-erase-"));
});
afterAll(async () => {
  setStorageForTests(undefined);
  await rm(root, { recursive: true, force: true });
});
beforeEach(() => {
  files = new RecordingStorage(root);
  setStorageForTests(files);
});

/**
 * Mia (a mentee in an active pair with Max) with everything a member leaves behind: a post, a comment, a reaction,
 * messages, a check-in, an application, notifications, a linked provider, a photo file, audit rows naming her.
 */
async function leaverWorld() {
  const world = await chatWorld(db);
  const { w, pair, mentee } = world;
  await db.user.update({
    where: { id: mentee.id },
    data: {
      bio: "I make lavender soap.",
      image: "/photos/mia.webp",
      photoVersion: "1",
      languages: ["English", "Urdu"],
      timeZone: "Asia/Karachi",
      emailVerifiedAt: new Date(),
      lastSignInAt: new Date(),
      emailDigest: true,
    },
  });
  const reader = await createUser(db, { name: "Rae Reader" });
  await addMember(db, w.group, reader);
  const post = await createPost(db, w.group, mentee, { body: "My first batch of soap!" });
  await createComment(db, post, mentee, { body: "Update: it set overnight." });
  await react(db, mentee, { postId: post.id });
  await db.message.create({
    data: { threadId: pair.threadId, clientId: "mia-message-1", authorId: mentee.id, body: "Thank you, Max." },
  });
  await createCheckIn(db, { id: pair.id }, w.steps[0]!, mentee, { reflection: "Mia's reflection" });
  await db.notification.create({ data: { userId: mentee.id, kind: "post.comment", title: "Hi", url: "/" } });
  await db.notificationPreference.create({
    data: { userId: mentee.id, kind: "post.comment", inApp: true, email: false },
  });
  await db.programWatch.create({ data: { groupId: w.group.id, userId: mentee.id } });
  await db.threadRead.create({ data: { threadId: pair.threadId, userId: mentee.id, lastReadSeq: 1 } });
  await db.account.create({ data: { userId: mentee.id, provider: "github", providerAccountId: "gh-mia" } });
  await db.email.create({
    data: {
      idempotencyKey: "mia-old",
      userId: mentee.id,
      to: mentee.email,
      kind: "digest",
      subject: "s",
      text: "t",
      html: "h",
    },
  });
  // Sent to her address with no user attached ("someone tried to sign up with your address").
  await db.email.create({
    data: {
      idempotencyKey: "mia-no-user",
      userId: null,
      to: mentee.email,
      kind: "account.signup_existing",
      subject: "s",
      text: "Hi Mia",
      html: "h",
    },
  });
  await db.application.update({
    where: { id: world.pair.mentee.application.id },
    data: { decisionMessage: "Welcome aboard, Mia!" },
  });
  await db.auditEvent.create({
    data: {
      groupId: w.group.id,
      actorId: w.admin.id,
      action: "membership.approve",
      targetType: "membership",
      targetId: "m1",
      data: { userId: mentee.id, name: mentee.name },
    },
  });
  await files.put(`photos/${mentee.id}/1/160.webp`, Buffer.from("photo"), "image/webp");
  return { ...world, reader, post };
}

async function dueNow(userId: string) {
  await db.user.update({
    where: { id: userId },
    data: { deletionRequestedAt: new Date(Date.now() - DELETION_GRACE_MS - DAY) },
  });
}

describe("asking to delete an account", () => {
  it("is refused to the owner of an open group, naming each group, until it is handed over", async () => {
    const owner = await createUser(db, { name: "Olga Owner" });
    const a = await createGroup(db, owner, { name: "Soap Makers" });
    await createGroup(db, owner, { name: "Candle Club" });
    const archived = await createGroup(db, owner, { name: "Old Club" });
    await db.group.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const page = await getPrivacyPage(owner);
    expect(page.blockingGroups.map((g) => g.name)).toEqual(["Candle Club", "Soap Makers"]);
    const error = await errorOf(requestAccountDeletion(owner, { confirmation: DEFAULT_PASSWORD }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("Soap Makers");
    expect(error.message).toContain("Candle Club");
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).deletionRequestedAt).toBeNull();

    // Admins (not owners) of a group are not held back.
    const other = await createUser(db);
    await db.membership.updateMany({ where: { groupId: a.id, userId: owner.id }, data: { role: "ADMIN" } });
    await addMember(db, a, other, { role: "OWNER" });
    expect((await getPrivacyPage(owner)).blockingGroups.map((g) => g.name)).toEqual(["Candle Club"]);
  });

  it("needs the password; then records the request, ends every session and emails when it becomes final", async () => {
    const mia = await createUser(db, { name: "Mia", timeZone: "Europe/Paris" });
    const wrong = await errorOf(requestAccountDeletion(mia, { confirmation: "not my password" }));
    expect(wrong.code).toBe("INVALID_INPUT");
    expect(wrong.fields?.confirmation).toEqual(["That's not your current password."]);
    expect((await db.user.findUniqueOrThrow({ where: { id: mia.id } })).deletionRequestedAt).toBeNull();

    const before = Date.now();
    const { dueAt } = await requestAccountDeletion(mia, { confirmation: DEFAULT_PASSWORD });
    const row = await db.user.findUniqueOrThrow({ where: { id: mia.id } });
    expect(row.deletionRequestedAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(dueAt.getTime() - row.deletionRequestedAt!.getTime()).toBe(7 * DAY);
    expect(await resolveSessionUser({ uid: mia.id, sv: mia.sessionVersion })).toBeNull();
    const email = await db.email.findFirstOrThrow({ where: { userId: mia.id, kind: "account.deletion_requested" } });
    expect(email.to).toBe(mia.email);
    expect(email.text).toContain("signing in before that date cancels the deletion");
    expect(email.text).toContain("Europe/Paris");
    expect(email.text).not.toContain(DEFAULT_PASSWORD);
  });

  it("asks an account without a password (GitHub/Google only) to type its email address instead", async () => {
    const oauth = await createUser(db, { password: null, email: "only-oauth@example.test" });
    expect((await getPrivacyPage(oauth)).hasPassword).toBe(false);
    const wrong = await errorOf(requestAccountDeletion(oauth, { confirmation: "someone@example.test" }));
    expect(wrong.fields?.confirmation).toEqual(["Type the email address of this account."]);
    await requestAccountDeletion(oauth, { confirmation: " Only-OAuth@Example.test " });
    expect((await db.user.findUniqueOrThrow({ where: { id: oauth.id } })).deletionRequestedAt).not.toBeNull();
  });

  it("is cancelled by signing in during the grace period, and then never erased", async () => {
    const mia = await createUser(db);
    await requestAccountDeletion(mia, { confirmation: DEFAULT_PASSWORD });
    await authenticate({ email: mia.email, password: DEFAULT_PASSWORD }, { ip: ip() });
    expect(await cancelDeletionOnSignIn(mia.id)).toBe(true);
    expect(await cancelDeletionOnSignIn(mia.id)).toBe(false); // nothing left to cancel: no second message
    const row = await db.user.findUniqueOrThrow({ where: { id: mia.id } });
    expect(row.deletionRequestedAt).toBeNull();
    expect(await eraseDueAccounts(new Date(Date.now() + 30 * DAY))).toEqual({ erased: 0, blocked: 0 });
    expect((await db.user.findUniqueOrThrow({ where: { id: mia.id } })).name).toBe(mia.name);
  });
});

describe("the erasure job", () => {
  it("waits for the grace period to pass", async () => {
    const mia = await createUser(db, { name: "Mia" });
    await requestAccountDeletion(mia, { confirmation: DEFAULT_PASSWORD });
    expect(await eraseDueAccounts(new Date(Date.now() + 6 * DAY))).toEqual({ erased: 0, blocked: 0 });
    expect(await eraseAccount(mia.id, new Date(Date.now() + 6 * DAY))).toBe("not-due");
    expect((await db.user.findUniqueOrThrow({ where: { id: mia.id } })).erasedAt).toBeNull();
    expect(await eraseDueAccounts(new Date(Date.now() + 7 * DAY + 60_000))).toEqual({ erased: 1, blocked: 0 });
  });

  it("erases exactly the personal fields and the member's own rows, and keeps what others had", async () => {
    const { w, pair, mentor, mentee, reader, post } = await leaverWorld();
    const oldEmail = mentee.email;
    await dueNow(mentee.id);
    const before = await db.user.findUniqueOrThrow({ where: { id: mentee.id } });

    expect(await eraseDueAccounts()).toEqual({ erased: 1, blocked: 0 });

    const u = await db.user.findUniqueOrThrow({ where: { id: mentee.id } });
    expect(u.name).toBe("Former member");
    expect(u.email).toBe(`erased-${mentee.id}@invalid`);
    expect(u.passwordHash).toBeNull();
    expect(u.bio).toBe("");
    expect(u.image).toBeNull();
    expect(u.photoVersion).toBeNull();
    expect(u.languages).toEqual([]);
    expect(u.timeZone).toBe("UTC");
    expect(u.emailVerifiedAt).toBeNull();
    expect(u.lastSignInAt).toBeNull();
    expect(u.emailDigest).toBe(false);
    expect(u.erasedAt).not.toBeNull();
    expect(u.sessionVersion).toBe(before.sessionVersion + 1);
    expect(u.createdAt).toEqual(before.createdAt); // the row itself stays, with its id

    const where = { userId: mentee.id };
    expect(await db.account.count({ where })).toBe(0);
    expect(await db.accountToken.count({ where })).toBe(0);
    expect(await db.notification.count({ where })).toBe(0);
    expect(await db.notificationPreference.count({ where })).toBe(0);
    expect(await db.programWatch.count({ where })).toBe(0);
    expect(await db.reaction.count({ where })).toBe(0);
    expect(await db.threadRead.count({ where })).toBe(0);
    expect(await db.email.count({ where })).toBe(0);
    expect(await db.email.count({ where: { to: oldEmail } })).toBe(0);
    expect(await db.membership.count({ where })).toBe(0);
    expect(files.deletedPrefixes).toContain(`photos/${mentee.id}`);
    expect(await files.get(`photos/${mentee.id}/1/160.webp`)).toBeNull();

    // Applications withdrawn, their answers gone; the pairing ended.
    const apps = await db.application.findMany({ where });
    expect(apps.map((a) => a.state)).toEqual(["WITHDRAWN"]);
    expect(apps[0]).toMatchObject({
      answers: {},
      goals: "",
      experience: "",
      topics: [],
      languages: [],
      decisionMessage: null,
    });
    const pairing = await db.pairing.findUniqueOrThrow({ where: { id: pair.id } });
    expect(pairing.state).toBe("ENDED");
    expect(pairing.endReason).toBe("Former member left the group.");

    // What stays: her post and message, readable by those who had them, now by "Former member".
    const seen = await getPost(reader, post.id);
    expect(seen.body).toBe("My first batch of soap!");
    expect(seen.author.name).toBe("Former member");
    const thread = await findMessages(mentor, pair.threadId);
    const hers = thread.messages.find((m) => m.body === "Thank you, Max.");
    expect(hers?.author.name).toBe("Former member");
    expect(await db.comment.count({ where: { authorId: mentee.id } })).toBe(1);
    expect(await db.checkIn.count({ where })).toBe(1);

    // Audit rows keep the ids, not the name.
    const audit = await db.auditEvent.findMany({ where: { groupId: w.group.id }, orderBy: { createdAt: "asc" } });
    expect(JSON.stringify(audit.map((a) => a.data))).not.toContain("Mia Mentee");
    expect(audit.find((a) => a.action === "membership.approve")?.data).toEqual({
      userId: mentee.id,
      name: "Former member",
    });
    expect(audit.some((a) => a.action === "pairing.end")).toBe(true);
  });

  it("tells the partner the pairing ended because their partner is no longer a member, never why", async () => {
    const { mentor, mentee } = await leaverWorld();
    await dueNow(mentee.id);
    await eraseDueAccounts();
    const told = await db.notification.findMany({ where: { userId: mentor.id, kind: "pairing.ended" } });
    expect(told).toHaveLength(1);
    const text = `${told[0]!.title} ${told[0]!.body}`;
    expect(text).toContain("is no longer a member of the group");
    expect(text).not.toMatch(/delet|erase|account|former/i);
  });

  it("deletes an archive a build stored while the erasure ran", async () => {
    const mia = await createUser(db);
    await dueNow(mia.id);
    const late = `exports/${mia.id}/late.zip`;
    // A build stores its zip just after the erasure deleted the member's files, before the erasure commits.
    setStorageForTests(
      new (class extends LocalDiskStorage {
        stored = false;
        override async deletePrefix(prefix: string): Promise<void> {
          await super.deletePrefix(prefix);
          if (prefix.startsWith("exports/") && !this.stored) {
            this.stored = true;
            await super.put(late, Buffer.from("zip"), "application/zip");
          }
        }
      })(root),
    );
    expect(await eraseAccount(mia.id)).toBe("erased");
    expect(await files.get(late)).toBeNull();
  });

  it("is idempotent: a second run, or two workers at once, erase once and tell the partner once", async () => {
    const { mentor, mentee } = await leaverWorld();
    await dueNow(mentee.id);
    const outcomes = await Promise.all([eraseAccount(mentee.id), eraseAccount(mentee.id)]);
    expect(outcomes.sort()).toEqual(["erased", "not-due"]);
    const after = await db.user.findUniqueOrThrow({ where: { id: mentee.id } });
    expect(await eraseDueAccounts()).toEqual({ erased: 0, blocked: 0 });
    expect(await eraseAccount(mentee.id)).toBe("not-due");
    expect(await db.user.findUniqueOrThrow({ where: { id: mentee.id } })).toEqual(after);
    expect(await db.notification.count({ where: { userId: mentor.id, kind: "pairing.ended" } })).toBe(1);
  });

  it("a group cannot be handed to a member who asked to be deleted (it would stall the erasure); to anyone else it can", async () => {
    const olu = await createUser(db, { name: "Olu Owner" });
    const group = await createGroup(db, olu, { name: "Soap Makers" });
    const mia = await createUser(db, { name: "Mia Leaving" });
    const rae = await createUser(db, { name: "Rae Staying" });
    const miaMembership = await addMember(db, group, mia);
    const raeMembership = await addMember(db, group, rae);
    await requestAccountDeletion(mia, { confirmation: DEFAULT_PASSWORD });

    const refused = await errorOf(transferOwnership(olu, { membershipId: miaMembership.id }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe("Ownership can't go to Mia Leaving right now. Choose another member.");
    expect(await findBlockingGroups(mia.id)).toEqual([]);
    expect((await findBlockingGroups(olu.id)).map((g) => g.name)).toEqual(["Soap Makers"]);

    await transferOwnership(olu, { membershipId: raeMembership.id });
    expect((await findBlockingGroups(rae.id)).map((g) => g.name)).toEqual(["Soap Makers"]);
  });

  it("waits, and says so, when the member was handed a group during the grace period", async () => {
    const mia = await createUser(db);
    await requestAccountDeletion(mia, { confirmation: DEFAULT_PASSWORD });
    await createGroup(db, mia, { name: "Handed over" });
    await dueNow(mia.id);
    await files.put(`photos/${mia.id}/1/160.webp`, Buffer.from("photo"), "image/webp");
    expect(await eraseDueAccounts()).toEqual({ erased: 0, blocked: 1 });
    expect((await db.user.findUniqueOrThrow({ where: { id: mia.id } })).erasedAt).toBeNull();
    // Nothing is lost while it waits: the photo is still there.
    expect(files.deletedPrefixes).toEqual([]);
    expect(await files.get(`photos/${mia.id}/1/160.webp`)).not.toBeNull();
  });

  it("leaves an account that can never sign in again, and frees its address for a new sign-up", async () => {
    const mia = await createUser(db, { email: "mia@example.test" });
    await requestAccountDeletion(mia, { confirmation: DEFAULT_PASSWORD });
    await dueNow(mia.id);
    await eraseDueAccounts();
    const refused = await errorOf(
      authenticate({ email: "mia@example.test", password: DEFAULT_PASSWORD }, { ip: ip() }),
    );
    expect(refused.code).toBe("INVALID_INPUT");
    const erased = await errorOf(
      authenticate({ email: `erased-${mia.id}@invalid`, password: DEFAULT_PASSWORD }, { ip: ip() }),
    );
    expect(erased.code).toBe("INVALID_INPUT");
    expect(await cancelDeletionOnSignIn(mia.id)).toBe(false);

    await signUp({ name: "Mia Again", email: "mia@example.test", password: "a brand new password" }, { ip: ip() });
    const fresh = await db.user.findUniqueOrThrow({ where: { email: "mia@example.test" } });
    expect(fresh.id).not.toBe(mia.id);
    expect(fresh.erasedAt).toBeNull();
  });
});
