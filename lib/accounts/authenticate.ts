import "server-only";
import { db } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import { englishMessage } from "@/lib/i18n/format-message";
import { verifyPassword } from "@/lib/auth/password";
import { consume } from "@/lib/auth/rate-limit";
import {
  abandonPasswordAttempt,
  admitPasswordAttempt,
  recordRightPassword,
  recordWrongPassword,
} from "@/lib/auth/sign-in-guard";
import { ZSignInInput } from "./schemas";
import { queueVerificationEmail } from "./verification";

/** One message for a wrong email and a wrong password, so nobody can probe who has an account. */
export const INVALID_CREDENTIALS_MESSAGE = msg("errors.accounts.invalidCredentials");
/** In English, as tests and logs read it. */
export const INVALID_CREDENTIALS = englishMessage(INVALID_CREDENTIALS_MESSAGE);

export type AuthenticatedUser = { id: string; name: string; email: string; sessionVersion: number };

/**
 * Checks an email and password, within the limits of lib/auth/sign-in-guard.ts: every attempt counts against the
 * client's address, failures against the (account, address) pair and the account; a refusal is logged at warn.
 */
export async function authenticate(raw: unknown, context: { ip: string }): Promise<AuthenticatedUser> {
  const parsed = ZSignInInput.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT", INVALID_CREDENTIALS_MESSAGE);
  const { email, password } = parsed.data;

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true, emailVerifiedAt: true },
  });
  const attempt = { email, ip: context.ip, accountId: user?.id ?? null };
  await admitPasswordAttempt(attempt);
  const ok = await verifyPassword(user?.passwordHash, password).catch(async (error: unknown) => {
    await abandonPasswordAttempt(attempt);
    throw error;
  });
  // An unconfirmed account answers like a wrong password: otherwise signing up with someone's address and then
  // signing in with the password just chosen would tell whether the address was free (decision 018). The right
  // password still earns the mailbox a fresh link, which only its owner reads.
  if (user && ok && !user.emailVerifiedAt) void resendOnSignIn(user);
  if (!user || !ok || !user.emailVerifiedAt) {
    await recordWrongPassword(attempt, !user ? "no such account" : !ok ? "wrong password" : "address unconfirmed");
    throw new AppError("INVALID_INPUT", INVALID_CREDENTIALS_MESSAGE);
  }
  await recordRightPassword(attempt);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

/**
 * Not awaited, and its own bucket of the per-account limit (no per-IP count): the sign-in answer must not wait on it
 * or be limited by it, or its timing and refusals would tell an unconfirmed account from a wrong password.
 */
async function resendOnSignIn(user: { id: string; name: string; email: string }): Promise<void> {
  try {
    await consume("accountEmailPerAccount", `sign-in:${user.id}`);
    await db.$transaction((tx) => queueVerificationEmail(tx, user));
  } catch {
    // Limited, or the database is busy: the member can sign up again for a new link.
  }
}
