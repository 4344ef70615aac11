import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { consume } from "@/lib/auth/rate-limit";
import { queueAccountEmail } from "@/lib/email/account-email";
import { issueToken, passwordBinding, tokenHash } from "./tokens";
import { ZForgotPasswordInput } from "./account-schemas";

/** The one answer, whether or not the address has an account: nobody can use this form to learn who is a member. */
export const RESET_REQUESTED =
  "If an account uses that address, we've sent it a link to choose a new password. The link works for an hour.";

/**
 * Every answer takes at least this long, so the extra work for a real account (a token and an email in a
 * transaction, a few milliseconds) does not tell a timing observer which addresses have accounts.
 */
const ANSWER_FLOOR_MS = 300;

/**
 * "Forgot password?": emails a reset link to the address if an account uses it (including an account that signs
 * in only with GitHub or Google: the link lets it set a first password). Limited per IP, per (address, IP) and, more
 * loosely, per address, counted before looking the address up, so a limit says nothing about the address either.
 */
export async function requestPasswordReset(raw: unknown, context: { ip: string }): Promise<{ message: string }> {
  const { email } = ZForgotPasswordInput.parse(raw);
  await consume("accountEmailPerIp", context.ip, { ip: context.ip });
  // Per (address, client address), not per address alone: five requests by a stranger would otherwise leave the
  // signed-out owner without a link for an hour. The ceiling across all clients is higher, and protects the mailbox.
  await consume("accountEmailPerAccount", `reset:${email}|${context.ip}`, { ip: context.ip });
  await consume("resetLinkPerAddress", email, { ip: context.ip });
  const started = Date.now();
  await sendResetLink(email);
  await sleep(Math.max(0, ANSWER_FLOOR_MS - (Date.now() - started)));
  return { message: RESET_REQUESTED };
}

/** Issues the link and queues its email in one transaction; an unknown address does nothing. */
export async function sendResetLink(email: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, name: true, email: true, passwordHash: true },
    });
    if (!user) return;
    // Bound to the password it was issued against: any later change of password kills the link.
    const token = await issueToken(tx, {
      userId: user.id,
      purpose: "RESET_PASSWORD",
      email: user.email,
      binding: passwordBinding(user.passwordHash),
    });
    await queueAccountEmail(tx, {
      idempotencyKey: `account.password_reset:${tokenHash(token)}`,
      userId: user.id,
      to: user.email,
      recipientName: user.name,
      kind: "account.password_reset",
      // Anyone can ask for a reset link for any address: the owner's language, not the asker's.
      compose: (t) => ({
        subject: user.passwordHash ? t("email.passwordReset.subjectChoose") : t("email.passwordReset.subjectSet"),
        lines: [t("email.passwordReset.asked"), t("email.passwordReset.linkOnce")],
        action: { label: t("email.passwordReset.action"), url: `/reset-password?token=${token}` },
      }),
    });
  });
}

/** From the account page of a member with no password yet (GitHub or Google only): a link to set one. */
export async function requestPasswordSetLink(actor: { id: string; email: string }, context: { ip: string }) {
  await consume("accountEmailPerIp", context.ip, { ip: context.ip });
  await consume("accountEmailPerAccount", actor.id, { ip: context.ip, accountId: actor.id });
  await sendResetLink(actor.email);
  return { message: `We've sent a link to ${actor.email}. Open it to set your password.` };
}
