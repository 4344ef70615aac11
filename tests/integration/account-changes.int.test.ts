import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { changePassword } from "@/lib/accounts/change-password";
import { WRONG_CURRENT_PASSWORD, NO_PASSWORD_YET } from "@/lib/accounts/check-current-password";
import {
  ADDRESS_TAKEN_AT_USE,
  checkEmailChangeLink,
  confirmEmailChange,
  requestEmailChange,
  SAME_EMAIL,
} from "@/lib/accounts/change-email";
import { checkUndoLink, undoEmailChange } from "@/lib/accounts/undo-email-change";
import { checkResetLink, resetPassword } from "@/lib/accounts/reset-password";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { getAccountSettings } from "@/lib/accounts/get-account-settings";
import { authenticate } from "@/lib/accounts/authenticate";
import { resolveSessionUser } from "@/lib/auth/session-user";
import { LIMITS } from "@/lib/auth/rate-limit";
import { DEAD_LINK_MESSAGES, STALE_EMAIL_LINK } from "@/lib/accounts/link-status";
import { signUp } from "@/lib/accounts/sign-up";
import { createUser, DEFAULT_PASSWORD } from "../factories/users";
import { emailsTo, errorOf, ip, linkToken } from "./support/account-links";

const NEW_PASSWORD = "a brand new passphrase";
type UserRow = Awaited<ReturnType<typeof createUser>>;
const asSession = (u: UserRow) => ({ id: u.id, name: u.name, email: u.email, timeZone: u.timeZone });
const fresh = (id: string) => db.user.findUniqueOrThrow({ where: { id } });
const confirmToken = (to: string) => linkToken(to, "account.email_change", "/email-change/confirm");
const undoToken = (to: string) => linkToken(to, "account.email_changed", "/email-change/undo");

afterEach(() => {
  vi.useRealTimers();
});

describe("change password", () => {
  it("needs the current password: a wrong one is a field error and changes nothing", async () => {
    const user = await createUser(db, { email: "careful@example.test" });
    const error = await errorOf(
      changePassword(
        asSession(user),
        { currentPassword: "not my password", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
        { ip: ip() },
      ),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fields?.currentPassword).toEqual([WRONG_CURRENT_PASSWORD]);
    expect((await fresh(user.id)).sessionVersion).toBe(0);
    await expect(authenticate({ email: user.email, password: DEFAULT_PASSWORD }, { ip: ip() })).resolves.toBeTruthy();
    expect(await emailsTo(user.email)).toHaveLength(0);
  });

  it("sets the new password, ends other sessions and emails a notice", async () => {
    const user = await createUser(db, { email: "changer@example.test" });
    const otherDevice = { uid: user.id, sv: 0 };
    await changePassword(
      asSession(user),
      { currentPassword: DEFAULT_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      { ip: ip() },
    );
    expect(await resolveSessionUser(otherDevice)).toBeNull();
    expect(await resolveSessionUser({ uid: user.id, sv: 1 })).not.toBeNull();
    await expect(authenticate({ email: user.email, password: NEW_PASSWORD }, { ip: ip() })).resolves.toBeTruthy();
    const [notice] = await emailsTo(user.email, "account.password_changed");
    expect(notice?.text).toMatch(/changed from its account settings/);
  });

  it("asks for a matching confirmation and the sign-up rules", async () => {
    const user = await createUser(db);
    const mismatch = await errorOf(
      changePassword(
        asSession(user),
        { currentPassword: DEFAULT_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: "different" },
        { ip: ip() },
      ),
    );
    expect(mismatch.fields?.confirmPassword).toBeTruthy();
    const short = await errorOf(
      changePassword(
        asSession(user),
        { currentPassword: DEFAULT_PASSWORD, newPassword: "short", confirmPassword: "short" },
        { ip: ip() },
      ),
    );
    expect(short.fields?.newPassword?.[0]).toMatch(/at least 10/);
  });

  it("counts wrong current passwords against the session's limit: a stolen session cannot brute-force it", async () => {
    const user = await createUser(db, { email: "guarded@example.test" });
    for (let i = 0; i < LIMITS.passwordCheckPerAccount.points; i++)
      await errorOf(
        changePassword(
          asSession(user),
          { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
          { ip: ip() },
        ),
      );
    const locked = await errorOf(
      changePassword(
        asSession(user),
        { currentPassword: DEFAULT_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
        { ip: ip() },
      ),
    );
    expect(locked.code).toBe("RATE_LIMITED");
    // Only that session's attempts are spent: the owner still signs in (lib/auth/sign-in-guard.ts).
    await expect(authenticate({ email: user.email, password: DEFAULT_PASSWORD }, { ip: ip() })).resolves.toBeTruthy();
  });

  it("an account with no password is told to set one first", async () => {
    const user = await createUser(db, { password: null });
    const error = await errorOf(
      changePassword(
        asSession(user),
        { currentPassword: "anything", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
        { ip: ip() },
      ),
    );
    expect(error.fields?.currentPassword).toEqual([NO_PASSWORD_YET]);
  });

  it("is limited per account, as every action that emails", async () => {
    const user = await createUser(db);
    let password = DEFAULT_PASSWORD;
    for (let i = 0; i < LIMITS.accountEmailPerAccount.points; i++) {
      const next = `passphrase number ${i}`;
      await changePassword(
        asSession(await fresh(user.id)),
        { currentPassword: password, newPassword: next, confirmPassword: next },
        { ip: ip() },
      );
      password = next;
    }
    const error = await errorOf(
      changePassword(
        asSession(await fresh(user.id)),
        { currentPassword: password, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
        { ip: ip() },
      ),
    );
    expect(error.code).toBe("RATE_LIMITED");
  }, 60_000);
});

describe("change email", () => {
  it("verifies the new address before switching, then tells the old one with an undo link", async () => {
    const user = await createUser(db, { email: "old@example.test" });
    const result = await requestEmailChange(
      asSession(user),
      { newEmail: "New@Example.test", currentPassword: DEFAULT_PASSWORD },
      { ip: ip() },
    );
    expect(result.message).toMatch(/Check new@example.test/);
    // Nothing switched yet; the page shows the change waiting.
    expect((await fresh(user.id)).email).toBe("old@example.test");
    expect(await getAccountSettings(asSession(user))).toMatchObject({
      email: "old@example.test",
      pendingEmail: "new@example.test",
    });
    const token = await confirmToken("new@example.test");
    expect(await checkEmailChangeLink(token)).toEqual({ status: "valid", newEmail: "new@example.test" });

    await confirmEmailChange({ token }, { ip: ip() });
    const after = await fresh(user.id);
    expect(after.email).toBe("new@example.test");
    expect(after.emailVerifiedAt).not.toBeNull();
    expect(after.sessionVersion).toBe(0); // the member's own change signs nobody out
    await expect(
      authenticate({ email: "new@example.test", password: DEFAULT_PASSWORD }, { ip: ip() }),
    ).resolves.toBeTruthy();
    const [told] = await emailsTo("old@example.test", "account.email_changed");
    expect(told?.text).toContain("new@example.test");
    expect(told?.text).toMatch(/within 7 days/);
    expect(await getAccountSettings(asSession(after))).toMatchObject({ pendingEmail: null });

    // Single use.
    expect(await checkEmailChangeLink(token)).toEqual({ status: "used" });
    expect((await errorOf(confirmEmailChange({ token }, { ip: ip() }))).message).toBe(DEAD_LINK_MESSAGES.used);
  });

  it("needs the current password", async () => {
    const user = await createUser(db);
    const error = await errorOf(
      requestEmailChange(asSession(user), { newEmail: "x@example.test", currentPassword: "wrong one" }, { ip: ip() }),
    );
    expect(error.fields?.currentPassword).toEqual([WRONG_CURRENT_PASSWORD]);
    expect(await db.email.count()).toBe(0);
    expect(await db.accountToken.count()).toBe(0);
  });

  it("refuses the address it already has, and a malformed one, with field errors", async () => {
    const user = await createUser(db, { email: "same@example.test" });
    const same = await errorOf(
      requestEmailChange(
        asSession(user),
        { newEmail: "SAME@example.test", currentPassword: DEFAULT_PASSWORD },
        { ip: ip() },
      ),
    );
    expect(same.fields?.newEmail).toEqual([SAME_EMAIL]);
    const bad = await errorOf(
      requestEmailChange(asSession(user), { newEmail: "nope", currentPassword: DEFAULT_PASSWORD }, { ip: ip() }),
    );
    expect(bad.fields?.newEmail).toBeTruthy();
  });

  it("an address that has another account gets the same answer, and that address a note, never a usable link", async () => {
    const user = await createUser(db, { email: "mover@example.test" });
    await createUser(db, { email: "taken@example.test" });
    const takenAnswer = await requestEmailChange(
      asSession(user),
      { newEmail: "taken@example.test", currentPassword: DEFAULT_PASSWORD },
      { ip: ip() },
    );
    const freeAnswer = await requestEmailChange(
      asSession(await createUser(db, { email: "other-mover@example.test" })),
      { newEmail: "free@example.test", currentPassword: DEFAULT_PASSWORD },
      { ip: ip() },
    );
    expect(takenAnswer.message.replace("taken@", "NEW@").replace("mover@", "OLD@")).toBe(
      freeAnswer.message.replace("free@", "NEW@").replace("other-mover@", "OLD@"),
    );
    // The mover's page looks the same as for a free address.
    expect(await getAccountSettings(asSession(user))).toMatchObject({ pendingEmail: "taken@example.test" });
    const notes = await emailsTo("taken@example.test");
    expect(notes.map((e) => e.kind)).toEqual(["account.email_change_taken"]);
    expect(notes[0]!.text).not.toMatch(/token=/);
    expect(notes[0]!.text).not.toContain("mover@example.test");
    expect((await fresh(user.id)).email).toBe("mover@example.test");
  });

  it("refuses at use time when the new address was taken meanwhile, changing nothing", async () => {
    const user = await createUser(db, { email: "slow@example.test" });
    await requestEmailChange(
      asSession(user),
      { newEmail: "contested@example.test", currentPassword: DEFAULT_PASSWORD },
      { ip: ip() },
    );
    const token = await confirmToken("contested@example.test");
    await createUser(db, { email: "contested@example.test" });
    const error = await errorOf(confirmEmailChange({ token }, { ip: ip() }));
    expect(error.message).toBe(ADDRESS_TAKEN_AT_USE);
    expect((await fresh(user.id)).email).toBe("slow@example.test");
  });

  it("a sign-up nobody confirmed does not block the move: it gives the address up, its links die", async () => {
    const member = await createUser(db, { email: "mover@example.test" });
    await requestEmailChange(
      asSession(member),
      { newEmail: "new-home@example.test", currentPassword: DEFAULT_PASSWORD },
      { ip: ip() },
    );
    const token = await confirmToken("new-home@example.test");
    await signUp({ name: "Squatter", email: "new-home@example.test", password: "squatter password 1" }, { ip: ip() });
    const squatter = await db.user.findUniqueOrThrow({ where: { email: "new-home@example.test" } });

    await confirmEmailChange({ token }, { ip: ip() });
    expect((await fresh(member.id)).email).toBe("new-home@example.test");
    const released = await fresh(squatter.id);
    expect(released.email).toBe(`released-${squatter.id}@invalid`);
    expect(released.sessionVersion).toBe(squatter.sessionVersion + 1);
    const links = await db.accountToken.findMany({ where: { userId: squatter.id } });
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => link.expiresAt <= new Date())).toBe(true);
  });

  it("an unconfirmed account that signs in through a provider still blocks the move", async () => {
    const member = await createUser(db, { email: "mover2@example.test" });
    await requestEmailChange(
      asSession(member),
      { newEmail: "provider-home@example.test", currentPassword: DEFAULT_PASSWORD },
      { ip: ip() },
    );
    const token = await confirmToken("provider-home@example.test");
    const holder = await createUser(db, { email: "provider-home@example.test", verified: false });
    await db.account.create({ data: { userId: holder.id, provider: "google", providerAccountId: "holder-sub" } });
    const error = await errorOf(confirmEmailChange({ token }, { ip: ip() }));
    expect(error.message).toBe(ADDRESS_TAKEN_AT_USE);
    expect((await fresh(holder.id)).email).toBe("provider-home@example.test");
  });

  it("a confirmation link dies when the address changed another way first, and after 24 hours", async () => {
    const user = await createUser(db, { email: "first@example.test" });
    await requestEmailChange(
      asSession(user),
      { newEmail: "second@example.test", currentPassword: DEFAULT_PASSWORD },
      { ip: ip() },
    );
    const token = await confirmToken("second@example.test");
    await db.user.update({ where: { id: user.id }, data: { email: "elsewhere@example.test" } });
    expect(await checkEmailChangeLink(token)).toEqual({ status: "stale" });
    expect((await errorOf(confirmEmailChange({ token }, { ip: ip() }))).message).toBe(STALE_EMAIL_LINK);

    const later = await createUser(db, { email: "later@example.test" });
    await requestEmailChange(
      asSession(later),
      { newEmail: "later-new@example.test", currentPassword: DEFAULT_PASSWORD },
      { ip: ip() },
    );
    const lateToken = await confirmToken("later-new@example.test");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 24 * 60 * 60 * 1000 + 60_000);
    expect(await checkEmailChangeLink(lateToken)).toEqual({ status: "expired" });
  });

  it("reset links sent to the old address stop working once the address changed", async () => {
    const user = await createUser(db, { email: "was@example.test" });
    await requestPasswordReset({ email: user.email }, { ip: ip() });
    const reset = await linkToken(user.email, "account.password_reset", "/reset-password");
    await requestEmailChange(
      asSession(user),
      { newEmail: "now@example.test", currentPassword: DEFAULT_PASSWORD },
      { ip: ip() },
    );
    await confirmEmailChange({ token: await confirmToken("now@example.test") }, { ip: ip() });
    expect((await checkResetLink(reset)).status).not.toBe("valid");
  });

  it("is limited per account", async () => {
    const user = await createUser(db);
    for (let i = 0; i < LIMITS.accountEmailPerAccount.points; i++)
      await requestEmailChange(
        asSession(user),
        { newEmail: `n${i}@example.test`, currentPassword: DEFAULT_PASSWORD },
        { ip: ip() },
      );
    const error = await errorOf(
      requestEmailChange(
        asSession(user),
        { newEmail: "more@example.test", currentPassword: DEFAULT_PASSWORD },
        { ip: ip() },
      ),
    );
    expect(error.code).toBe("RATE_LIMITED");
  }, 60_000);
});

describe("undo an email change", () => {
  async function changed(email: string, to: string) {
    const user = await createUser(db, { email });
    await requestEmailChange(asSession(user), { newEmail: to, currentPassword: DEFAULT_PASSWORD }, { ip: ip() });
    await confirmEmailChange({ token: await confirmToken(to) }, { ip: ip() });
    return user;
  }

  it("within 7 days: restores the old address, ends every session, clears the password and leads to a new one", async () => {
    const user = await changed("victim@example.test", "intruder@example.test");
    const intruderSession = { uid: user.id, sv: 0 };
    const token = await undoToken("victim@example.test");
    expect(await checkUndoLink(token)).toEqual({ status: "valid", oldEmail: "victim@example.test" });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 7 * 24 * 60 * 60 * 1000 - 60 * 60 * 1000);

    const { email, resetToken } = await undoEmailChange({ token }, { ip: ip() });
    expect(email).toBe("victim@example.test");
    const after = await fresh(user.id);
    expect(after.email).toBe("victim@example.test");
    expect(after.passwordHash).toBeNull();
    expect(await resolveSessionUser(intruderSession)).toBeNull();
    // The intruder's password no longer opens the account, at either address.
    for (const address of ["victim@example.test", "intruder@example.test"])
      expect((await errorOf(authenticate({ email: address, password: DEFAULT_PASSWORD }, { ip: ip() }))).code).toBe(
        "INVALID_INPUT",
      );
    // The member chooses a new password straight away.
    expect(await checkResetLink(resetToken)).toEqual({ status: "valid", email: "victim@example.test" });
    await resetPassword({ token: resetToken, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { ip: ip() });
    await expect(
      authenticate({ email: "victim@example.test", password: NEW_PASSWORD }, { ip: ip() }),
    ).resolves.toBeTruthy();
    expect(await checkUndoLink(token)).toEqual({ status: "used" });
  });

  it("after 7 days the link has expired and nothing changes", async () => {
    const user = await changed("slowpoke@example.test", "moved@example.test");
    const token = await undoToken("slowpoke@example.test");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 7 * 24 * 60 * 60 * 1000 + 60_000);
    expect(await checkUndoLink(token)).toEqual({ status: "expired" });
    const error = await errorOf(undoEmailChange({ token }, { ip: ip() }));
    expect(error.message).toBe(DEAD_LINK_MESSAGES.expired);
    expect((await fresh(user.id)).email).toBe("moved@example.test");
  });

  it("a second change by the intruder does not cancel the first undo link, and the undo kills the intruder's own", async () => {
    const user = await changed("owner@example.test", "b@example.test");
    const ownerUndo = await undoToken("owner@example.test");
    await requestEmailChange(
      asSession(await fresh(user.id)),
      { newEmail: "c@example.test", currentPassword: DEFAULT_PASSWORD },
      { ip: ip() },
    );
    await confirmEmailChange({ token: await confirmToken("c@example.test") }, { ip: ip() });
    const intruderUndo = await undoToken("b@example.test");

    await undoEmailChange({ token: ownerUndo }, { ip: ip() });
    expect((await fresh(user.id)).email).toBe("owner@example.test");
    expect((await checkUndoLink(intruderUndo)).status).not.toBe("valid");
    await errorOf(undoEmailChange({ token: intruderUndo }, { ip: ip() }));
    expect((await fresh(user.id)).email).toBe("owner@example.test");
  });

  it("an intruder undoing their own second change leaves the owner's undo link working", async () => {
    const user = await changed("owner6@example.test", "b6@example.test");
    const ownerUndo = await undoToken("owner6@example.test");
    await requestEmailChange(
      asSession(await fresh(user.id)),
      { newEmail: "c6@example.test", currentPassword: DEFAULT_PASSWORD },
      { ip: ip() },
    );
    await confirmEmailChange({ token: await confirmToken("c6@example.test") }, { ip: ip() });
    const intruderUndo = await undoToken("b6@example.test");

    const { resetToken } = await undoEmailChange({ token: intruderUndo }, { ip: ip() });
    await resetPassword({ token: resetToken, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { ip: ip() });
    expect((await fresh(user.id)).email).toBe("b6@example.test");

    expect(await checkUndoLink(ownerUndo)).toEqual({ status: "valid", oldEmail: "owner6@example.test" });
    await undoEmailChange({ token: ownerUndo }, { ip: ip() });
    const after = await fresh(user.id);
    expect(after.email).toBe("owner6@example.test");
    expect(after.passwordHash).toBeNull();
  });

  it("an intruder's sign-up with the freed old address does not defeat the owner's undo link", async () => {
    const user = await changed("owner1@example.test", "intruder1@example.test");
    const undo = await undoToken("owner1@example.test");
    await signUp({ name: "x", email: "owner1@example.test", password: "squatter password 1" }, { ip: ip() });
    const squatter = await db.user.findUniqueOrThrow({ where: { email: "owner1@example.test" } });

    await undoEmailChange({ token: undo }, { ip: ip() });
    expect((await fresh(user.id)).email).toBe("owner1@example.test");
    expect((await fresh(squatter.id)).email).toBe(`released-${squatter.id}@invalid`);
    // The squatter's password opens nothing at the owner's address.
    expect(
      (await errorOf(authenticate({ email: "owner1@example.test", password: "squatter password 1" }, { ip: ip() })))
        .code,
    ).toBe("INVALID_INPUT");
  });

  it("a confirmed account holding the old address still refuses the undo", async () => {
    const user = await changed("owner7@example.test", "moved7@example.test");
    const undo = await undoToken("owner7@example.test");
    await createUser(db, { email: "owner7@example.test" });
    expect((await errorOf(undoEmailChange({ token: undo }, { ip: ip() }))).code).toBe("CONFLICT");
    expect((await fresh(user.id)).email).toBe("moved7@example.test");
  });

  it("unlinks sign-in providers linked since the change", async () => {
    const user = await changed("linked@example.test", "linker@example.test");
    await db.account.create({ data: { userId: user.id, provider: "github", providerAccountId: "intruder-gh" } });
    await undoEmailChange({ token: await undoToken("linked@example.test") }, { ip: ip() });
    expect(await db.account.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a mangled token is invalid, never a 500", async () => {
    for (const token of ["", "short", "y".repeat(43)]) {
      expect(await checkUndoLink(token)).toEqual({ status: "invalid" });
      expect((await errorOf(undoEmailChange({ token }, { ip: ip() }))).code).toBe("INVALID_INPUT");
      expect((await errorOf(confirmEmailChange({ token }, { ip: ip() }))).code).toBe("INVALID_INPUT");
    }
  });
});

describe("tokens and logs", () => {
  it("no link token reaches the logger during a reset, a change of address and its undo", async () => {
    const { logger } = await import("@/lib/log");
    const logged: string[] = [];
    const methods = ["trace", "debug", "info", "warn", "error", "fatal"] as const;
    for (const level of methods)
      vi.spyOn(logger, level).mockImplementation(((...args: unknown[]) => {
        logged.push(JSON.stringify(args, (_k, v: unknown) => (v instanceof Error ? `${v.message} ${v.stack}` : v)));
      }) as never);

    const user = await createUser(db, { email: "quiet@example.test" });
    await requestPasswordReset({ email: user.email }, { ip: ip() });
    const reset = await linkToken(user.email, "account.password_reset", "/reset-password");
    await resetPassword({ token: reset, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { ip: ip() });
    await errorOf(resetPassword({ token: reset, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { ip: ip() }));
    await requestEmailChange(
      asSession(await fresh(user.id)),
      { newEmail: "quieter@example.test", currentPassword: NEW_PASSWORD },
      { ip: ip() },
    );
    const confirm = await confirmToken("quieter@example.test");
    await confirmEmailChange({ token: confirm }, { ip: ip() });
    const undo = await undoToken(user.email);
    const { resetToken } = await undoEmailChange({ token: undo }, { ip: ip() });

    vi.restoreAllMocks();
    const all = logged.join("\n");
    for (const token of [reset, confirm, undo, resetToken]) expect(all).not.toContain(token);
  });
});
