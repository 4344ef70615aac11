import "server-only";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import {
  admitSessionPasswordCheck,
  recordSessionRightPassword,
  recordSessionWrongPassword,
} from "@/lib/auth/sign-in-guard";

export const WRONG_CURRENT_PASSWORD = "That isn't your current password.";
export const NO_PASSWORD_YET = "Your account has no password yet. Set one first with the link we can email you.";

/**
 * Checks the signed-in member's current password before a change to the account. It counts against the address's
 * sign-in limit and the session's own per-account limit (lib/auth/sign-in-guard.ts), so a stolen session cannot
 * guess the password here any faster than on the sign-in form. A wrong password is a field error on `currentPassword`. Runs outside any
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
  await admitSessionPasswordCheck(userId, context.ip);
  if (!user.passwordHash) throw invalid({ currentPassword: [NO_PASSWORD_YET] }, NO_PASSWORD_YET);
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordSessionWrongPassword(userId, context.ip);
    throw invalid({ currentPassword: [WRONG_CURRENT_PASSWORD] }, WRONG_CURRENT_PASSWORD);
  }
  await recordSessionRightPassword(userId);
  return { email: user.email, name: user.name, passwordHash: user.passwordHash };
}
