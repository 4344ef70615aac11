import "server-only";
import { db, type Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { consume } from "@/lib/auth/rate-limit";
import { ZSignUpInput, type SignUpInput } from "./schemas";
import { queueSignUpAttemptEmail, queueVerificationEmail } from "./verification";

/**
 * Sign-up answers the same whether or not the address has an account (docs/decisions/018-account-links.md): it
 * returns nothing, signs nobody in, and always hashes the password, so neither the answer nor its timing tells.
 * - A new address: an unverified account and a verification link. It is usable once the link is confirmed.
 * - An address whose password account is still unverified: nobody has proved it, so this sign-up takes it over
 *   (name, password, zone) and a fresh link goes out. Whoever holds the mailbox thus sets the password they confirm with,
 *   and a stranger who signed up first with someone else's address never gets in.
 * - A verified account, or one with a provider sign-in: its owner is told someone tried ("sign in, or reset your password"); nothing changes.
 * Limited per IP (sign-ups, and account emails) and per address (account emails), the same for all three cases.
 */
export async function signUp(
  raw: unknown,
  context: { ip: string; next?: string | null; locale?: string | null },
): Promise<void> {
  const input = ZSignUpInput.parse(raw);
  await consume("signUpPerIp", context.ip, { ip: context.ip });
  await consume("accountEmailPerIp", context.ip, { ip: context.ip });
  await consume("accountEmailPerAccount", `address:${input.email}`, { ip: context.ip });
  const passwordHash = await hashPassword(input.password);
  try {
    await db.$transaction((tx) => register(tx, input, passwordHash, context));
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides, and the loser is a repeat.
    if (!isUniqueViolation(error, "email")) throw error;
    await db.$transaction((tx) => register(tx, input, passwordHash, context));
  }
}

async function register(
  tx: Tx,
  input: SignUpInput,
  passwordHash: string,
  context: { next?: string | null; locale?: string | null },
): Promise<void> {
  const existing = await tx.user.findUnique({
    where: { email: input.email },
    select: { id: true, name: true, email: true, emailVerifiedAt: true, _count: { select: { accounts: true } } },
  });
  // An account someone signs in to with a provider is theirs to confirm: a sign-up never sets a password on it.
  if (existing && (existing.emailVerifiedAt || existing._count.accounts > 0))
    return queueSignUpAttemptEmail(tx, existing);
  const data = { name: input.name, passwordHash, timeZone: input.timeZone };
  const user = existing
    ? await tx.user.update({ where: { id: existing.id }, data, select: { id: true, name: true, email: true } })
    : await tx.user.create({ data: { ...data, email: input.email }, select: { id: true, name: true, email: true } });
  // The new account has chosen no language yet: its verification is in the language of the sign-up page.
  await queueVerificationEmail(tx, user, context.next, context.locale);
}
