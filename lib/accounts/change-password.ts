import "server-only";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { consume } from "@/lib/auth/rate-limit";
import type { SessionUser } from "@/lib/auth/session-user";
import { ZChangePasswordInput } from "./account-schemas";
import { checkCurrentPassword, WRONG_CURRENT_PASSWORD_MESSAGE } from "./check-current-password";
import { queuePasswordChangedNotice } from "./password-changed-notice";

/**
 * Changes the signed-in member's password: needs the current one (counted against the sign-in limits), bumps the
 * session version so every other device is signed out (the caller signs this browser in again) and emails the
 * account's address.
 */
export async function changePassword(
  actor: SessionUser,
  raw: unknown,
  context: { ip: string },
): Promise<{ email: string }> {
  const input = ZChangePasswordInput.parse(raw);
  const current = await checkCurrentPassword(actor.id, input.currentPassword, context);
  // The notice is an email: counted like every account email, after the password check (which has its own limits).
  await consume("accountEmailPerIp", context.ip, { ip: context.ip });
  await consume("accountEmailPerAccount", actor.id, { ip: context.ip, accountId: actor.id });
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    // Only if the password checked is still the one stored: two changes at once cannot both pass on one check.
    const changed = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: current.passwordHash },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (changed.count !== 1)
      throw invalid({ currentPassword: [WRONG_CURRENT_PASSWORD_MESSAGE] }, WRONG_CURRENT_PASSWORD_MESSAGE);
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { id: true, name: true, email: true, sessionVersion: true },
    });
    await queuePasswordChangedNotice(tx, { ...user, how: "change" });
    return { email: user.email };
  });
}
