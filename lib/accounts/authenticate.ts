import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { consume, ensureNotLimited, reset } from "@/lib/auth/rate-limit";
import { ZSignInInput } from "./schemas";
import { queueVerificationEmail } from "./verification";

/** One message for a wrong email and a wrong password, so nobody can probe who has an account. */
export const INVALID_CREDENTIALS = "That email and password don't match an account.";

export type AuthenticatedUser = { id: string; name: string; email: string; sessionVersion: number };

/**
 * Checks an email and password. Every attempt counts against the client's IP; failures also count against the
 * account, and a success clears the account's count.
 */
export async function authenticate(raw: unknown, context: { ip: string }): Promise<AuthenticatedUser> {
  const parsed = ZSignInInput.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT", INVALID_CREDENTIALS);
  const { email, password } = parsed.data;

  await consume("signInPerIp", context.ip);
  await ensureNotLimited("signInPerAccount", email);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true, emailVerifiedAt: true },
  });
  const ok = await verifyPassword(user?.passwordHash, password);
  // An unconfirmed account answers like a wrong password: otherwise signing up with someone's address and then
  // signing in with the password just chosen would tell whether the address was free (decision 018). The right
  // password still earns the mailbox a fresh link, which only its owner reads.
  if (user && ok && !user.emailVerifiedAt) void resendOnSignIn(user);
  if (!user || !ok || !user.emailVerifiedAt) {
    await consume("signInPerAccount", email).catch(() => undefined);
    throw new AppError("INVALID_INPUT", INVALID_CREDENTIALS);
  }
  await reset("signInPerAccount", email);
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
