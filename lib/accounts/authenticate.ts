import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { consume, ensureNotLimited, reset } from "@/lib/auth/rate-limit";
import { ZSignInInput } from "./schemas";

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
    select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true },
  });
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) {
    await consume("signInPerAccount", email).catch(() => undefined);
    throw new AppError("INVALID_INPUT", INVALID_CREDENTIALS);
  }
  await reset("signInPerAccount", email);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
