import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, invalid, msg } from "@/lib/errors";
import { englishMessage } from "@/lib/i18n/format-message";
import { vk } from "@/lib/i18n/zod-messages";
import { verifyPassword } from "@/lib/auth/password";
import { consume, reset } from "@/lib/auth/rate-limit";
import { securityWarning } from "@/lib/log";
import type { SessionUser } from "@/lib/auth/session-user";

const WRONG_PASSWORD_MESSAGE = msg("errors.accounts.wrongPassword");
const WRONG_EMAIL_MESSAGE = msg("errors.accounts.wrongEmail");
/** In English, as tests and logs read them. */
export const WRONG_PASSWORD = englishMessage(WRONG_PASSWORD_MESSAGE);
export const WRONG_EMAIL = englishMessage(WRONG_EMAIL_MESSAGE);

const ZConfirmIdentityInput = z.strictObject({
  confirmation: z
    .string({ message: vk("validation.accounts.confirmIdentity") })
    .max(1000, vk("validation.accounts.confirmIdentityTooLong")),
});

/** What the form asks for: the password, or (an account that signs in only through GitHub/Google) the address. */
export async function identityPrompt(actor: SessionUser): Promise<{ email: string; hasPassword: boolean }> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("UNAUTHENTICATED");
  return { email: user.email, hasPassword: user.passwordHash !== null };
}

/**
 * "Is it really you?" before an action a stolen session must not take (deleting the account, taking a copy of its
 * data): the password, or for an account without one, its email address typed out (a session alone does not know
 * it from the page). Password attempts count against the session's per-account limit (lib/auth/sign-in-guard.ts), so
 * a stolen session cannot guess faster here than on the sign-in form. A wrong answer is a field error on
 * `confirmation`. `raw` is `{ confirmation }` as the form sent it: parsed here, once, for every service that asks
 * (decision 022).
 */
export async function confirmIdentity(actor: SessionUser, raw: unknown) {
  const { confirmation } = ZConfirmIdentityInput.parse(raw);
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { id: true, name: true, email: true, passwordHash: true, timeZone: true, erasedAt: true },
  });
  if (!user || user.erasedAt) throw new AppError("UNAUTHENTICATED");
  if (user.passwordHash) {
    // Every attempt counts (a success clears them), before the check.
    await consume("passwordCheckPerAccount", user.id, { accountId: user.id });
    if (!(await verifyPassword(user.passwordHash, confirmation))) {
      securityWarning("password re-check refused", { ip: null, accountId: user.id });
      throw invalid({ confirmation: [WRONG_PASSWORD_MESSAGE] });
    }
    await reset("passwordCheckPerAccount", user.id);
  } else if (confirmation.trim().toLowerCase() !== user.email) {
    throw invalid({ confirmation: [WRONG_EMAIL_MESSAGE] });
  }
  return user;
}
