import "server-only";
import { db, type Tx } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { consume } from "@/lib/auth/rate-limit";
import { clearAfterPasswordReset } from "@/lib/auth/sign-in-guard";
import { consumeToken, passwordBinding, peekToken } from "./tokens";
import { deadLinkError, type DeadLink } from "./link-status";
import { ZResetPasswordInput } from "./account-schemas";
import { queuePasswordChangedNotice } from "./password-changed-notice";
import { dropUnprovenIdentities } from "./mailbox-proof";

export type ResetLinkCheck = { status: "valid"; email: string } | { status: DeadLink };

/**
 * Reads a reset link without using it, for the page that shows the form: dead links say why (expired, used,
 * invalid, or stale: the password changed after the link was sent).
 */
export async function checkResetLink(token: string): Promise<ResetLinkCheck> {
  return db.$transaction(async (tx) => {
    const check = await peekToken(tx, token, "RESET_PASSWORD");
    if (check.status !== "valid") return { status: check.status };
    if (!(await bindingHolds(tx, check.token.userId, check.token.binding))) return { status: "stale" };
    return { status: "valid", email: check.token.email };
  });
}

async function bindingHolds(tx: Tx, userId: string, binding: string | null): Promise<boolean> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return user !== null && binding === passwordBinding(user.passwordHash);
}

/**
 * Sets a new password from a reset link: uses the link (single use, in the same transaction as the change), checks
 * it was issued against the password still stored, sets the new hash and bumps the session version, so every
 * session, on every device, ends. The member signs in again with the new password; the account's address is told.
 * Using the link also proves the member reads that mailbox, so an unverified address becomes verified.
 */
export async function resetPassword(raw: unknown, context: { ip: string }): Promise<{ email: string }> {
  const input = ZResetPasswordInput.parse(raw);
  // A reset sends an email (the notice): limited per IP like every such action. Per account, the single-use
  // link (itself limited when requested) is the limit.
  await consume("accountEmailPerIp", context.ip, { ip: context.ip });
  const passwordHash = await hashPassword(input.password);
  const email = await db.$transaction(async (tx) => {
    const check = await consumeToken(tx, input.token, "RESET_PASSWORD");
    if (check.status !== "valid") throw deadLinkError(check.status);
    const user = await tx.user.findUniqueOrThrow({
      where: { id: check.token.userId },
      select: { id: true, name: true, email: true, passwordHash: true, emailVerifiedAt: true },
    });
    if (check.token.binding !== passwordBinding(user.passwordHash)) throw deadLinkError("stale");
    const now = new Date();
    const proves = !user.emailVerifiedAt && user.email === check.token.email;
    // Proving the mailbox unlinks provider identities that claimed the address unverified (a pre-hijack).
    if (proves) await dropUnprovenIdentities(tx, user.id);
    const { sessionVersion } = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, ...(proves ? { emailVerifiedAt: now } : {}) },
      select: { sessionVersion: true },
    });
    await queuePasswordChangedNotice(tx, { ...user, sessionVersion, how: "reset" });
    return user.email;
  });
  // The account's backoff ends with the password the guesses were aimed at (lib/auth/sign-in-guard.ts).
  await clearAfterPasswordReset(email, context.ip);
  return { email };
}
