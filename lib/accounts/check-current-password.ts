import "server-only";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { consume, ensureNotLimited, reset } from "@/lib/auth/rate-limit";

export const WRONG_CURRENT_PASSWORD = "That isn't your current password.";
export const NO_PASSWORD_YET = "Your account has no password yet. Set one first with the link we can email you.";

/**
 * Checks the signed-in member's current password before a change to the account. It counts against the same
 * limits as signing in (per IP, and failures per account), so a stolen session cannot guess the password here
 * any faster than on the sign-in form. A wrong password is a field error on `currentPassword`. Runs outside any
 * transaction (argon2 takes a while); the caller's update re-checks that the hash it saw is still the one stored.
 * An account without a password (OAuth only) has nothing to check against: it is told to set one first.
 */
export async function checkCurrentPassword(
  userId: string,
  password: string,
  context: { ip: string },
): Promise<{ email: string; name: string; passwordHash: string }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, passwordHash: true },
  });
  await consume("signInPerIp", context.ip);
  await ensureNotLimited("signInPerAccount", user.email);
  if (!user.passwordHash) throw invalid({ currentPassword: [NO_PASSWORD_YET] }, NO_PASSWORD_YET);
  if (!(await verifyPassword(user.passwordHash, password))) {
    await consume("signInPerAccount", user.email).catch(() => undefined);
    throw invalid({ currentPassword: [WRONG_CURRENT_PASSWORD] }, WRONG_CURRENT_PASSWORD);
  }
  await reset("signInPerAccount", user.email);
  return { email: user.email, name: user.name, passwordHash: user.passwordHash };
}
