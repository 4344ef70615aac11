import "server-only";
import { db } from "@/lib/db";
import { invalid, msg } from "@/lib/errors";
import { englishMessage } from "@/lib/i18n/format-message";
import { verifyPassword } from "@/lib/auth/password";
import {
  admitSessionPasswordCheck,
  recordSessionRightPassword,
  recordSessionWrongPassword,
} from "@/lib/auth/sign-in-guard";

export const WRONG_CURRENT_PASSWORD_MESSAGE = msg("errors.accounts.wrongCurrentPassword");
const NO_PASSWORD_YET_MESSAGE = msg("errors.accounts.noPasswordYet");
/** In English, as tests and logs read them. */
export const WRONG_CURRENT_PASSWORD = englishMessage(WRONG_CURRENT_PASSWORD_MESSAGE);
export const NO_PASSWORD_YET = englishMessage(NO_PASSWORD_YET_MESSAGE);

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
  if (!user.passwordHash) throw invalid({ currentPassword: [NO_PASSWORD_YET_MESSAGE] }, NO_PASSWORD_YET_MESSAGE);
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordSessionWrongPassword(userId, context.ip);
    throw invalid({ currentPassword: [WRONG_CURRENT_PASSWORD_MESSAGE] }, WRONG_CURRENT_PASSWORD_MESSAGE);
  }
  await recordSessionRightPassword(userId);
  return { email: user.email, name: user.name, passwordHash: user.passwordHash };
}
