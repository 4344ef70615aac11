/**
 * Email verification on a real database (issue 15, item 1; docs/decisions/018-account-links.md): sign-up answers
 * the same for a new and a taken address, links are single use and expire, a resend retires the old link and is
 * limited, an unconfirmed account is refused every gated action with EMAIL_UNVERIFIED until it confirms, and a
 * provider's verified address counts as confirmed.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { LIMITS } from "@/lib/auth/rate-limit";
import { verifyPassword } from "@/lib/auth/password";
import { signUp } from "@/lib/accounts/sign-up";
import { authenticate, INVALID_CREDENTIALS } from "@/lib/accounts/authenticate";
import {
  confirmEmail,
  inspectVerificationLink,
  resendFromLink,
  resendVerification,
} from "@/lib/accounts/confirm-email";
import { issueToken } from "@/lib/accounts/tokens";
import { linkOAuthAccount } from "@/lib/accounts/link-oauth-account";
import { createGroup as createGroupService } from "@/lib/groups/create-group";
import { joinGroup } from "@/lib/groups/join-group";
import { acceptInvitation } from "@/lib/groups/members/accept-invitation";
import { createInviteLink } from "@/lib/groups/members/create-invite-link";
import { createPost } from "@/lib/groups/feed/create-post";
import { createComment } from "@/lib/groups/feed/create-comment";
import { setReaction } from "@/lib/groups/feed/set-reaction";
import { sendMessage } from "@/lib/chat/send-message";
import { applyToProgram } from "@/lib/programs/applications/save-application";
import { createUser, DEFAULT_PASSWORD } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import { createPost as seedPost } from "../factories/feed";
import { chatWorld, newClientId } from "../factories/chat";
import { answersFor, createProgram, questionsOf } from "../factories/mentorship";

const ip = () => `10.1.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;
const HOUR = 60 * 60 * 1000;

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError, but it succeeded");
}

const emailsTo = (to: string) =>
  db.email.findMany({
    where: { to },
    orderBy: { createdAt: "asc" },
    select: { kind: true, subject: true, text: true },
  });

/** The token in the newest verification email to `to`. */
async function linkFor(to: string): Promise<string> {
  const emails = (await emailsTo(to)).filter((e) => e.kind === "account.verify-email");
  const match = emails.at(-1)?.text.match(/\/verify-email\?token=([A-Za-z0-9_-]{43})/);
  if (!match) throw new Error(`no verification link to ${to}`);
  return match[1]!;
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 50; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("timed out waiting");
}

describe("sign-up without telling who is registered", () => {
  it("a new address and a taken one get the same answer; the new one a link, the owner a warning", async () => {
    const owner = await createUser(db, { name: "Olu Owner", email: "olu@example.test" });
    const fresh = await signUp(
      { name: "Nia New", email: "nia@example.test", password: "a long password" },
      { ip: ip() },
    );
    const taken = await signUp(
      { name: "Mallory", email: "OLU@example.test", password: "mallory's password" },
      { ip: ip() },
    );
    expect(taken).toEqual(fresh);

    // The new address: an unverified account and one verification email with a link.
    const nia = await db.user.findUniqueOrThrow({ where: { email: "nia@example.test" } });
    expect(nia.emailVerifiedAt).toBeNull();
    const toNia = await emailsTo("nia@example.test");
    expect(toNia.map((e) => e.kind)).toEqual(["account.verify-email"]);
    expect(toNia[0]!.text).toMatch(/\/verify-email\?token=[A-Za-z0-9_-]{43}/);

    // The taken address: its owner hears about it, with a way to sign in or reset; nothing of theirs changed.
    const toOlu = await emailsTo("olu@example.test");
    expect(toOlu.map((e) => e.kind)).toEqual(["account.sign-up-attempt"]);
    expect(toOlu[0]!.subject).toBe("Someone tried to sign up with your address");
    expect(toOlu[0]!.text).toContain("/sign-in");
    expect(toOlu[0]!.text).toContain("/forgot-password");
    const after = await db.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(after.name).toBe("Olu Owner");
    expect(after.passwordHash).toBe(owner.passwordHash);
    expect(await db.accountToken.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("the limit per address answers the same for a new and a taken address", async () => {
    await createUser(db, { email: "taken@example.test" });
    for (const email of ["taken@example.test", "free@example.test"]) {
      for (let i = 0; i < LIMITS.accountEmailPerAccount.points; i++)
        await signUp({ name: "P", email, password: "a long password" }, { ip: ip() });
      expect((await errorOf(signUp({ name: "P", email, password: "a long password" }, { ip: ip() }))).code).toBe(
        "RATE_LIMITED",
      );
    }
  });

  it("signing up again for an unconfirmed address takes it over: new password, new link, the old link dead", async () => {
    await signUp({ name: "Squatter", email: "kim@example.test", password: "squatter password" }, { ip: ip() });
    const squatterLink = await linkFor("kim@example.test");
    await signUp({ name: "Kim", email: "kim@example.test", password: "kim's own password" }, { ip: ip() });
    const kim = await db.user.findUniqueOrThrow({ where: { email: "kim@example.test" } });
    expect(kim.name).toBe("Kim");
    expect(await verifyPassword(kim.passwordHash, "kim's own password")).toBe(true);
    expect((await inspectVerificationLink(squatterLink)).status).toBe("expired");
    const link = await linkFor("kim@example.test");
    await confirmEmail({ token: link, password: "kim's own password" }, { actor: null, ip: ip() });
    expect((await db.user.findUniqueOrThrow({ where: { id: kim.id } })).emailVerifiedAt).not.toBeNull();
  });

  it("a sign-up never sets a password on an unconfirmed account someone signs in to with a provider", async () => {
    const owner = await linkOAuthAccount({
      provider: "google",
      providerAccountId: "g-unverified",
      email: "ola@example.test",
      emailVerified: false,
      name: "Ola",
    });
    await expect(
      signUp({ name: "Mallory", email: "ola@example.test", password: "mallory's password" }, { ip: ip() }),
    ).resolves.toBeUndefined();
    const row = await db.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(row.name).toBe("Ola");
    expect(row.passwordHash).toBeNull();
    expect((await emailsTo("ola@example.test")).map((e) => e.kind)).toEqual([
      "account.verify-email",
      "account.sign-up-attempt",
    ]);
  });

  it("an unconfirmed account cannot sign in, with the wrong-password answer, and the mailbox gets a fresh link", async () => {
    await signUp({ name: "Uma", email: "uma@example.test", password: "uma's password" }, { ip: ip() });
    const first = await linkFor("uma@example.test");
    const refused = await errorOf(
      authenticate({ email: "uma@example.test", password: "uma's password" }, { ip: ip() }),
    );
    const wrong = await errorOf(
      authenticate({ email: "uma@example.test", password: "not her password" }, { ip: ip() }),
    );
    expect(refused.message).toBe(INVALID_CREDENTIALS);
    expect(refused.code).toBe(wrong.code);
    const emails = await until(
      () => emailsTo("uma@example.test"),
      (list) => list.length === 2,
    );
    expect(emails.map((e) => e.kind)).toEqual(["account.verify-email", "account.verify-email"]);
    expect(await linkFor("uma@example.test")).not.toBe(first);
    // Once confirmed, the same password signs in.
    await confirmEmail(
      { token: await linkFor("uma@example.test"), password: "uma's password" },
      { actor: null, ip: ip() },
    );
    await expect(
      authenticate({ email: "uma@example.test", password: "uma's password" }, { ip: ip() }),
    ).resolves.toMatchObject({ email: "uma@example.test" });
  });
});

describe("the verification link", () => {
  async function unverified() {
    await signUp({ name: "Lea", email: "lea@example.test", password: "lea's password" }, { ip: ip() });
    const user = await db.user.findUniqueOrThrow({ where: { email: "lea@example.test" } });
    return { user, link: await linkFor(user.email) };
  }

  it("opening it reads it without using it; confirming uses it once and says so the second time", async () => {
    const { user, link } = await unverified();
    expect(await inspectVerificationLink(link)).toMatchObject({ status: "valid", email: "lea@example.test" });
    expect(await inspectVerificationLink(link)).toMatchObject({ status: "valid" }); // a scanner's visit spends nothing
    await expect(confirmEmail({ token: link, password: "lea's password" }, { actor: null, ip: ip() })).resolves.toEqual(
      { email: "lea@example.test", name: "Lea", signedIn: false },
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    const again = await errorOf(confirmEmail({ token: link, password: "lea's password" }, { actor: null, ip: ip() }));
    expect(again.message).toBe("This link has already been used.");
    expect(await inspectVerificationLink(link)).toEqual({ status: "used", confirmed: true });
  });

  it("signed out, it needs the account's password; a wrong one leaves the link unused", async () => {
    const { user, link } = await unverified();
    const wrong = await errorOf(confirmEmail({ token: link, password: "a guess at it" }, { actor: null, ip: ip() }));
    expect(wrong.code).toBe("INVALID_INPUT");
    expect(wrong.fields?.password).toBeTruthy();
    const none = await errorOf(confirmEmail({ token: link }, { actor: null, ip: ip() }));
    expect(none.code).toBe("INVALID_INPUT");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
    expect(await inspectVerificationLink(link)).toMatchObject({ status: "valid" });
    // Even signed in to that account, an account with a password confirms with it.
    expect((await errorOf(confirmEmail({ token: link }, { actor: user, ip: ip() }))).code).toBe("INVALID_INPUT");
    await expect(
      confirmEmail({ token: link, password: "lea's password" }, { actor: user, ip: ip() }),
    ).resolves.toMatchObject({ signedIn: true });
  });

  it("an account with no password (a provider's) confirms from its own session, and only from it", async () => {
    const user = await createUser(db, { email: "sol@example.test", password: null, verified: false });
    const stranger = await createUser(db);
    await resendVerification(user, { ip: ip() });
    const link = await linkFor(user.email);
    expect((await errorOf(confirmEmail({ token: link }, { actor: null, ip: ip() }))).code).toBe("UNAUTHENTICATED");
    expect((await errorOf(confirmEmail({ token: link }, { actor: stranger, ip: ip() }))).code).toBe("UNAUTHENTICATED");
    await expect(confirmEmail({ token: link }, { actor: user, ip: ip() })).resolves.toMatchObject({ signedIn: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
  });

  it("expires after 24 hours, says so, and a new one can be sent from it", async () => {
    const user = await createUser(db, { email: "old@example.test", verified: false });
    const stale = await db.$transaction((tx) =>
      issueToken(tx, {
        userId: user.id,
        purpose: "VERIFY_EMAIL",
        email: user.email,
        now: new Date(Date.now() - 25 * HOUR),
      }),
    );
    expect(await inspectVerificationLink(stale)).toEqual({ status: "expired" });
    const error = await errorOf(confirmEmail({ token: stale, password: DEFAULT_PASSWORD }, { actor: null, ip: ip() }));
    expect(error.message).toMatch(/expired/);
    await expect(resendFromLink({ token: stale }, { ip: ip() })).resolves.toEqual({ status: "sent" });
    const fresh = await linkFor("old@example.test");
    await confirmEmail({ token: fresh, password: DEFAULT_PASSWORD }, { actor: null, ip: ip() });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    // From then on, a dead link's "send a new one" only says the address is confirmed.
    await expect(resendFromLink({ token: stale }, { ip: ip() })).resolves.toEqual({ status: "confirmed" });
  });

  it("a made-up or mangled link is invalid and sends nothing", async () => {
    for (const token of ["", "x".repeat(43), "not a token", "a".repeat(500)]) {
      expect(await inspectVerificationLink(token)).toEqual({ status: "invalid" });
      expect((await errorOf(confirmEmail({ token }, { actor: null, ip: ip() }))).code).toBe("NOT_FOUND");
    }
    expect((await errorOf(resendFromLink({ token: "x".repeat(43) }, { ip: ip() }))).code).toBe("NOT_FOUND");
    expect(await db.email.count()).toBe(0);
  });

  it("the banner's resend retires the old link and is limited per account", async () => {
    const { user, link } = await unverified();
    await expect(resendVerification(user, { ip: ip() })).resolves.toEqual({ email: "lea@example.test" });
    expect(await inspectVerificationLink(link)).toEqual({ status: "expired" });
    const newest = await linkFor(user.email);
    expect(newest).not.toBe(link);
    for (let i = 1; i < LIMITS.accountEmailPerAccount.points; i++) await resendVerification(user, { ip: ip() });
    const limited = await errorOf(resendVerification(user, { ip: ip() }));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("the resend is limited per IP too, across accounts", async () => {
    const address = ip();
    const users = await Promise.all(
      Array.from({ length: 5 }, (_, i) => createUser(db, { email: `ip${i}@example.test`, verified: false })),
    );
    let sent = 0;
    for (const user of users) for (let i = 0; i < 4; i++, sent++) await resendVerification(user, { ip: address });
    expect(sent).toBe(LIMITS.accountEmailPerIp.points);
    expect((await errorOf(resendVerification(users[0]!, { ip: address }))).code).toBe("RATE_LIMITED");
  });

  it("a confirmed member has nothing to resend", async () => {
    const user = await createUser(db);
    expect((await errorOf(resendVerification(user, { ip: ip() }))).code).toBe("CONFLICT");
  });
});

describe("what an unconfirmed member may not do", () => {
  async function world() {
    const owner = await createUser(db, { name: "Olu Owner" });
    const person = await createUser(db, { name: "Una Unconfirmed", verified: false });
    const home = await createGroup(db, owner, { privacy: "PUBLIC", mentorshipEnabled: true });
    await addMember(db, home, person); // e.g. a member whose address stopped counting
    const post = await seedPost(db, home, owner, { body: "Welcome, all" });
    const open = await createGroup(db, owner, { privacy: "PUBLIC" });
    const closed = await createGroup(db, owner, { privacy: "PRIVATE" });
    const invited = await createGroup(db, owner, { privacy: "PRIVATE" });
    const invite = await createInviteLink(owner, invited.slug, { expiresInDays: 7, maxUses: 5 });
    const program = await createProgram(db, home, owner, { state: "OPEN" });
    const answers = answersFor(await questionsOf(db, program, "MENTEE"), {});
    return { owner, person, home, post, open, closed, invite, program, answers };
  }

  type World = Awaited<ReturnType<typeof world>>;
  const GATED: [string, (w: World) => Promise<unknown>][] = [
    ["join a group", (w) => joinGroup(w.person, w.open.slug, { answers: [], acceptRules: false })],
    ["ask to join a group", (w) => joinGroup(w.person, w.closed.slug, { answers: [], acceptRules: false })],
    ["accept an invitation", (w) => acceptInvitation(w.person, { token: w.invite.token, acceptRules: true })],
    ["start a group", (w) => createGroupService(w.person, { name: "My own circle", privacy: "PUBLIC" })],
    [
      "apply to a program",
      (w) => applyToProgram(w.person, w.program.id, { role: "MENTEE", answers: w.answers, submit: true }),
    ],
    ["post", (w) => createPost(w.person, { slug: w.home.slug }, { body: "Hello there" })],
    ["comment", (w) => createComment(w.person, w.post.id, { body: "Hi" })],
    ["react", (w) => setReaction(w.person, { postId: w.post.id }, { kind: "LOVE" })],
  ];

  it.each(GATED)("may not %s until they confirm, then may", async (_label, act) => {
    const w = await world();
    const before = await Promise.all([db.membership.count(), db.post.count(), db.comment.count(), db.reaction.count()]);
    const refused = await errorOf(act(w));
    expect(refused.code).toBe("EMAIL_UNVERIFIED");
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/Confirm your email/);
    const after = await Promise.all([db.membership.count(), db.post.count(), db.comment.count(), db.reaction.count()]);
    expect(after).toEqual(before);
    expect(await db.application.count({ where: { userId: w.person.id } })).toBe(0);

    await db.user.update({ where: { id: w.person.id }, data: { emailVerifiedAt: new Date() } });
    await expect(act(w)).resolves.toBeTruthy();
  });

  it("may not send a message until they confirm, then may", async () => {
    const { pair, mentee } = await chatWorld(db);
    await db.user.update({ where: { id: mentee.id }, data: { emailVerifiedAt: null } });
    const send = () => sendMessage(mentee, pair.threadId, { clientId: newClientId(), body: "Are you there?" });
    expect((await errorOf(send())).code).toBe("EMAIL_UNVERIFIED");
    expect(await db.message.count({ where: { authorId: mentee.id } })).toBe(0);
    await db.user.update({ where: { id: mentee.id }, data: { emailVerifiedAt: new Date() } });
    await expect(send()).resolves.toMatchObject({ created: true });
  });

  it("what they may not see still answers NOT_FOUND, not EMAIL_UNVERIFIED", async () => {
    const owner = await createUser(db);
    const person = await createUser(db, { verified: false });
    const hidden = await createGroup(db, owner, { privacy: "PRIVATE", visibility: "HIDDEN" });
    expect((await errorOf(joinGroup(person, hidden.slug, { answers: [], acceptRules: false }))).code).toBe("NOT_FOUND");
  });
});

describe("OAuth", () => {
  const identity = (over: Partial<Parameters<typeof linkOAuthAccount>[0]> = {}) => ({
    provider: "google",
    providerAccountId: `g-${Math.random().toString(36).slice(2)}`,
    email: "pat@example.test",
    emailVerified: true,
    name: "Pat",
    ...over,
  });

  it("a provider's verified address counts as confirmed; an unverified one does not", async () => {
    const verified = await linkOAuthAccount(identity());
    expect((await db.user.findUniqueOrThrow({ where: { id: verified.id } })).emailVerifiedAt).not.toBeNull();
    const unverified = await linkOAuthAccount(identity({ email: "quinn@example.test", emailVerified: false }));
    expect((await db.user.findUniqueOrThrow({ where: { id: unverified.id } })).emailVerifiedAt).toBeNull();
    // Its owner gets our link at once (the banner's resend sends another).
    expect((await emailsTo("quinn@example.test")).map((e) => e.kind)).toEqual(["account.verify-email"]);
    expect(await emailsTo("pat@example.test")).toEqual([]);
  });

  it("a verified identity that finds an unconfirmed account confirms it and ends the password a stranger may have chosen", async () => {
    await signUp({ name: "Stranger", email: "pat@example.test", password: "stranger's password" }, { ip: ip() });
    const before = await db.user.findUniqueOrThrow({ where: { email: "pat@example.test" } });
    const linked = await linkOAuthAccount(identity());
    expect(linked.id).toBe(before.id);
    const after = await db.user.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.emailVerifiedAt).not.toBeNull();
    expect(after.passwordHash).toBeNull();
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(
      (await errorOf(authenticate({ email: "pat@example.test", password: "stranger's password" }, { ip: ip() })))
        .message,
    ).toBe(INVALID_CREDENTIALS);
  });

  it("the owner's verified sign-in unlinks an identity that claimed the address unverified (no pre-hijack)", async () => {
    const attacker = identity({ providerAccountId: "attacker-sub", email: "vic@example.test", emailVerified: false });
    const squatted = await linkOAuthAccount(attacker);
    const owner = await linkOAuthAccount(identity({ providerAccountId: "owner-sub", email: "vic@example.test" }));
    expect(owner.id).toBe(squatted.id);
    const accounts = await db.account.findMany({ where: { userId: owner.id } });
    expect(accounts.map((a) => a.providerAccountId)).toEqual(["owner-sub"]);
    // The attacker's next sign-in no longer lands in the owner's account.
    expect((await errorOf(linkOAuthAccount(attacker))).code).toBe("CONFLICT");
  });

  it("a provider that verifies the address later unlinks the other identities claimed meanwhile", async () => {
    const first = identity({ providerAccountId: "later-sub", email: "lou@example.test", emailVerified: false });
    const created = await linkOAuthAccount(first);
    await db.account.create({ data: { userId: created.id, provider: "github", providerAccountId: "other-gh" } });
    const signedIn = await linkOAuthAccount({ ...first, emailVerified: true });
    expect(signedIn.id).toBe(created.id);
    expect(signedIn.sessionVersion).toBe(created.sessionVersion + 1);
    const accounts = await db.account.findMany({ where: { userId: created.id } });
    expect(accounts.map((a) => a.providerAccountId)).toEqual(["later-sub"]);
  });

  it("confirming with the password unlinks identities linked while unconfirmed; from its own session it keeps its own", async () => {
    await signUp({ name: "Mo", email: "mo@example.test", password: "mo's own password" }, { ip: ip() });
    const mo = await db.user.findUniqueOrThrow({ where: { email: "mo@example.test" } });
    await db.account.create({ data: { userId: mo.id, provider: "google", providerAccountId: "claimed-sub" } });
    await confirmEmail(
      { token: await linkFor("mo@example.test"), password: "mo's own password" },
      { actor: null, ip: ip() },
    );
    expect(await db.account.count({ where: { userId: mo.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: mo.id } })).sessionVersion).toBe(mo.sessionVersion + 1);

    const jo = await linkOAuthAccount(
      identity({ providerAccountId: "jo-sub", email: "jo@example.test", emailVerified: false }),
    );
    const joRow = await db.user.findUniqueOrThrow({ where: { id: jo.id } });
    await confirmEmail(
      { token: await linkFor("jo@example.test") },
      {
        actor: { id: jo.id, name: joRow.name, email: joRow.email, timeZone: joRow.timeZone, emailVerified: false },
        ip: ip(),
      },
    );
    expect(await db.account.count({ where: { userId: jo.id } })).toBe(1);
  });
});
