import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { requestPasswordReset, RESET_REQUESTED } from "@/lib/accounts/request-password-reset";
import { checkResetLink, resetPassword } from "@/lib/accounts/reset-password";
import { changePassword } from "@/lib/accounts/change-password";
import { authenticate } from "@/lib/accounts/authenticate";
import { resolveSessionUser } from "@/lib/auth/session-user";
import { LIMITS } from "@/lib/auth/rate-limit";
import { DEAD_LINK_MESSAGES } from "@/lib/accounts/link-status";
import { linkOAuthAccount } from "@/lib/accounts/link-oauth-account";
import { createUser, DEFAULT_PASSWORD } from "../factories/users";
import { emailsTo, errorOf, ip, linkToken } from "./support/account-links";

const NEW_PASSWORD = "a brand new passphrase";
const resetToken = (email: string) => linkToken(email, "account.password_reset", "/reset-password");
const asSession = (u: { id: string; name: string; email: string; timeZone: string }) => ({
  id: u.id,
  name: u.name,
  email: u.email,
  timeZone: u.timeZone,
});

afterEach(() => {
  vi.useRealTimers();
});

describe("forgot password", () => {
  it("answers the same for an address with an account and one without, and emails only the real one", async () => {
    await createUser(db, { email: "known@example.test" });
    const known = await requestPasswordReset({ email: " Known@Example.test " }, { ip: ip() });
    const unknown = await requestPasswordReset({ email: "nobody@example.test" }, { ip: ip() });
    expect(known).toEqual({ message: RESET_REQUESTED });
    expect(unknown).toEqual(known);
    expect(await emailsTo("known@example.test", "account.password_reset")).toHaveLength(1);
    expect(await db.email.count({ where: { to: "nobody@example.test" } })).toBe(0);
    expect(await db.accountToken.count()).toBe(1);
  });

  it("stores only a hash of the link's token, and the email holds the one link", async () => {
    const user = await createUser(db, { email: "hash@example.test" });
    await requestPasswordReset({ email: user.email }, { ip: ip() });
    const token = await resetToken(user.email);
    const row = await db.accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.purpose).toBe("RESET_PASSWORD");
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(59 * 60 * 1000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(61 * 60 * 1000);
  });

  it("refuses a malformed address with a field error, not a 500", async () => {
    const error = await errorOf(requestPasswordReset({ email: "not an address" }, { ip: ip() }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fields?.email).toBeTruthy();
  });

  it("is limited per address from one client, per address from everywhere (whether or not it has an account), and per IP", async () => {
    await createUser(db, { email: "limited@example.test" });
    for (const email of ["limited@example.test", "ghost@example.test"]) {
      const client = ip();
      for (let i = 0; i < LIMITS.accountEmailPerAccount.points; i++)
        await requestPasswordReset({ email }, { ip: client });
      expect((await errorOf(requestPasswordReset({ email }, { ip: client }))).code).toBe("RATE_LIMITED");
      for (let i = LIMITS.accountEmailPerAccount.points; i < LIMITS.resetLinkPerAddress.points; i++)
        await requestPasswordReset({ email }, { ip: ip() });
      expect((await errorOf(requestPasswordReset({ email }, { ip: ip() }))).code).toBe("RATE_LIMITED");
    }
    expect(await emailsTo("limited@example.test")).toHaveLength(LIMITS.resetLinkPerAddress.points);

    const address = ip();
    for (let i = 0; i < LIMITS.accountEmailPerIp.points; i++)
      await requestPasswordReset({ email: `spread${i}@example.test` }, { ip: address });
    const error = await errorOf(requestPasswordReset({ email: "one-more@example.test" }, { ip: address }));
    expect(error.code).toBe("RATE_LIMITED");
  }, 90_000);

  it("a stranger who asked for the owner's links until refused leaves the signed-out owner one of their own", async () => {
    const owner = await createUser(db, { email: "owner-reset@example.test" });
    const stranger = ip();
    for (let i = 0; i < LIMITS.accountEmailPerAccount.points; i++)
      await requestPasswordReset({ email: owner.email }, { ip: stranger });
    expect((await errorOf(requestPasswordReset({ email: owner.email }, { ip: stranger }))).code).toBe("RATE_LIMITED");
    await expect(requestPasswordReset({ email: owner.email }, { ip: "192.0.2.12" })).resolves.toEqual({
      message: RESET_REQUESTED,
    });
    expect(await emailsTo(owner.email, "account.password_reset")).toHaveLength(
      LIMITS.accountEmailPerAccount.points + 1,
    );
  });
});

describe("reset password", () => {
  it("sets the new password, ends every session, tells the member by email and the link works once", async () => {
    const user = await createUser(db, { email: "reset@example.test" });
    const before = { uid: user.id, sv: user.sessionVersion };
    expect(await resolveSessionUser(before)).not.toBeNull();
    await requestPasswordReset({ email: user.email }, { ip: ip() });
    const token = await resetToken(user.email);
    expect(await checkResetLink(token)).toEqual({ status: "valid", email: user.email });

    await resetPassword({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { ip: ip() });

    expect(await resolveSessionUser(before)).toBeNull();
    await expect(authenticate({ email: user.email, password: NEW_PASSWORD }, { ip: ip() })).resolves.toMatchObject({
      id: user.id,
    });
    expect((await errorOf(authenticate({ email: user.email, password: DEFAULT_PASSWORD }, { ip: ip() }))).code).toBe(
      "INVALID_INPUT",
    );
    const [notice] = await emailsTo(user.email, "account.password_changed");
    expect(notice?.text).toMatch(/password of your Kinship account was just reset/);
    expect(notice?.text).toContain("/forgot-password");

    // Single use: the page and a second submit both say it was used.
    expect(await checkResetLink(token)).toEqual({ status: "used" });
    const again = await errorOf(
      resetPassword(
        { token, password: "yet another passphrase", confirmPassword: "yet another passphrase" },
        { ip: ip() },
      ),
    );
    expect(again.message).toBe(DEAD_LINK_MESSAGES.used);
    await expect(authenticate({ email: user.email, password: NEW_PASSWORD }, { ip: ip() })).resolves.toBeTruthy();
  });

  it("two submits of one link at once: exactly one succeeds", async () => {
    const user = await createUser(db, { email: "race@example.test" });
    await requestPasswordReset({ email: user.email }, { ip: ip() });
    const token = await resetToken(user.email);
    const attempts = await Promise.allSettled(
      ["first passphrase!", "second passphrase"].map((password) =>
        resetPassword({ token, password, confirmPassword: password }, { ip: ip() }),
      ),
    );
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });

  it("an expired link says so and changes nothing", async () => {
    const user = await createUser(db, { email: "late@example.test" });
    await requestPasswordReset({ email: user.email }, { ip: ip() });
    const token = await resetToken(user.email);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 61 * 60 * 1000);
    expect(await checkResetLink(token)).toEqual({ status: "expired" });
    const error = await errorOf(
      resetPassword({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { ip: ip() }),
    );
    expect(error.message).toBe(DEAD_LINK_MESSAGES.expired);
    expect(error.fields?.token).toEqual(["expired"]);
    vi.useRealTimers();
    await expect(authenticate({ email: user.email, password: DEFAULT_PASSWORD }, { ip: ip() })).resolves.toBeTruthy();
  });

  it("an old link fails after the password changed, even though it was never used and has not expired", async () => {
    const user = await createUser(db, { email: "stale@example.test" });
    await requestPasswordReset({ email: user.email }, { ip: ip() });
    const token = await resetToken(user.email);
    await changePassword(
      asSession(user),
      { currentPassword: DEFAULT_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      { ip: ip() },
    );
    expect(await checkResetLink(token)).toEqual({ status: "stale" });
    const error = await errorOf(
      resetPassword({ token, password: "the attacker's pick", confirmPassword: "the attacker's pick" }, { ip: ip() }),
    );
    expect(error.message).toBe(DEAD_LINK_MESSAGES.stale);
    await expect(authenticate({ email: user.email, password: NEW_PASSWORD }, { ip: ip() })).resolves.toBeTruthy();
  });

  it("a newer request retires the older link", async () => {
    const user = await createUser(db, { email: "twice@example.test" });
    await requestPasswordReset({ email: user.email }, { ip: ip() });
    const first = await resetToken(user.email);
    await requestPasswordReset({ email: user.email }, { ip: ip() });
    const second = await resetToken(user.email);
    expect(first).not.toBe(second);
    expect(await checkResetLink(first)).toEqual({ status: "expired" });
    expect(await checkResetLink(second)).toMatchObject({ status: "valid" });
  });

  it("a made-up or mangled token is invalid, never a 500", async () => {
    for (const token of ["", "abc", "x".repeat(43), "../../etc/passwd", "a\u0000b"]) {
      expect(await checkResetLink(token)).toEqual({ status: "invalid" });
      const error = await errorOf(
        resetPassword({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { ip: ip() }),
      );
      expect(error.code).toBe("INVALID_INPUT");
    }
  });

  it("holds the new password to the sign-up rules and asks for a matching confirmation", async () => {
    const user = await createUser(db, { email: "rules@example.test" });
    await requestPasswordReset({ email: user.email }, { ip: ip() });
    const token = await resetToken(user.email);
    const short = await errorOf(resetPassword({ token, password: "short", confirmPassword: "short" }, { ip: ip() }));
    expect(short.fields?.password?.[0]).toMatch(/at least 10/);
    const long = "x".repeat(201);
    expect(
      (await errorOf(resetPassword({ token, password: long, confirmPassword: long }, { ip: ip() }))).fields?.password,
    ).toBeTruthy();
    const mismatch = await errorOf(
      resetPassword({ token, password: NEW_PASSWORD, confirmPassword: "something else" }, { ip: ip() }),
    );
    expect(mismatch.fields?.confirmPassword?.[0]).toMatch(/don't match/);
    // None of these used the link.
    expect(await checkResetLink(token)).toMatchObject({ status: "valid" });
  });

  it("lets an account with no password (GitHub or Google only) set one, and verifies its address", async () => {
    const user = await createUser(db, { email: "oauth@example.test", password: null });
    await requestPasswordReset({ email: user.email }, { ip: ip() });
    const [email] = await emailsTo(user.email, "account.password_reset");
    expect(email?.subject).toBe("Set a password for Kinship");
    await resetPassword(
      { token: await resetToken(user.email), password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      { ip: ip() },
    );
    await expect(authenticate({ email: user.email, password: NEW_PASSWORD }, { ip: ip() })).resolves.toBeTruthy();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
  });

  it("a member refused after failed sign-ins from home can sign in from there once the password is reset", async () => {
    const user = await createUser(db, { email: "locked@example.test" });
    const home = ip();
    for (let i = 0; i < LIMITS.signInPerAccountAddress.points; i++)
      await errorOf(authenticate({ email: user.email, password: `guess ${i} guess` }, { ip: home }));
    expect((await errorOf(authenticate({ email: user.email, password: DEFAULT_PASSWORD }, { ip: home }))).code).toBe(
      "RATE_LIMITED",
    );
    await requestPasswordReset({ email: user.email }, { ip: home });
    await resetPassword(
      { token: await resetToken(user.email), password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      { ip: home },
    );
    await expect(authenticate({ email: user.email, password: NEW_PASSWORD }, { ip: home })).resolves.toBeTruthy();
  });

  it("proving the mailbox by a reset unlinks a provider identity that claimed the address unverified", async () => {
    const attacker = {
      provider: "google",
      providerAccountId: "attacker-sub",
      email: "victim@example.test",
      emailVerified: false,
      name: "Victim",
    };
    const squatted = await linkOAuthAccount(attacker);
    await requestPasswordReset({ email: "victim@example.test" }, { ip: ip() });
    await resetPassword(
      { token: await resetToken("victim@example.test"), password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      { ip: ip() },
    );
    const victim = await authenticate({ email: "victim@example.test", password: NEW_PASSWORD }, { ip: ip() });
    expect(victim.id).toBe(squatted.id);
    expect(await db.account.count({ where: { userId: victim.id } })).toBe(0);
    // The attacker's next sign-in is refused instead of landing in the victim's confirmed account.
    expect((await errorOf(linkOAuthAccount(attacker))).code).toBe("CONFLICT");
  });
});
