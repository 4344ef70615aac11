import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, invalid, msg } from "@/lib/errors";
import { englishMessage } from "@/lib/i18n/format-message";
import { verifyPassword } from "@/lib/auth/password";
import { consume } from "@/lib/auth/rate-limit";
import { admitPasswordAttempt, recordRightPassword, recordWrongPassword } from "@/lib/auth/sign-in-guard";
import type { SessionUser } from "@/lib/auth/session-user";
import { consumeToken, peekToken, tokenHash } from "./tokens";
import { queueVerificationEmail } from "./verification";
import { dropUnprovenIdentities } from "./mailbox-proof";

/** What the verification page shows for a link, read without using it (mail scanners open links too). */
export type VerificationLink =
  | { status: "valid"; userId: string; name: string; email: string; hasPassword: boolean }
  | { status: "used"; confirmed: boolean }
  | { status: "expired" | "invalid" | "confirmed" };

const LINK_PROBLEM_MESSAGES = {
  expired: msg("errors.links.verifyExpired"),
  used: msg("errors.links.used"),
  invalid: msg("errors.links.verifyInvalid"),
  confirmed: msg("errors.links.alreadyConfirmed"),
} as const;
/** In English, for the verify-email page until it renders the refs in the reader's language. */
export const LINK_PROBLEMS = {
  expired: englishMessage(LINK_PROBLEM_MESSAGES.expired),
  used: englishMessage(LINK_PROBLEM_MESSAGES.used),
  invalid: englishMessage(LINK_PROBLEM_MESSAGES.invalid),
  confirmed: englishMessage(LINK_PROBLEM_MESSAGES.confirmed),
} as const;

export async function inspectVerificationLink(token: string): Promise<VerificationLink> {
  const check = await peekToken(db, token, "VERIFY_EMAIL");
  if (check.status === "expired" || check.status === "invalid") return { status: check.status };
  const row = await db.accountToken.findUnique({
    where: { tokenHash: tokenHash(token) },
    select: {
      email: true,
      user: { select: { id: true, name: true, email: true, passwordHash: true, emailVerifiedAt: true } },
    },
  });
  // The account's address changed since the link was sent: the link confirms nothing any more.
  if (!row || row.user.email !== row.email) return { status: "invalid" };
  const { user } = row;
  if (check.status === "used") return { status: "used", confirmed: user.emailVerifiedAt !== null };
  if (user.emailVerifiedAt) return { status: "confirmed" };
  return { status: "valid", userId: user.id, name: user.name, email: user.email, hasPassword: !!user.passwordHash };
}

const ZConfirmInput = z.strictObject({
  token: z.string(), // any string: only a 43-character token names a link, anything else is "invalid"
  password: z.string().max(200).optional(),
});

/**
 * Uses a verification link and marks the address confirmed. The link alone is not enough: the caller also gives
 * the account's password, so a stranger who signed up with someone's address cannot have its owner confirm an
 * account whose password the stranger chose (decision 018). An account with no password (a provider's) confirms
 * from a session of its own instead.
 * A wrong password leaves the link unused (the transaction rolls back) and counts like a failed sign-in.
 */
export async function confirmEmail(
  raw: unknown,
  context: { actor: SessionUser | null; ip: string },
): Promise<{ email: string; name: string; signedIn: boolean }> {
  const input = ZConfirmInput.parse(raw);
  return db.$transaction(async (tx) => {
    const check = await consumeToken(tx, input.token, "VERIFY_EMAIL");
    if (check.status !== "valid") throw new AppError("NOT_FOUND", LINK_PROBLEM_MESSAGES[check.status]);
    const user = await tx.user.findUnique({
      where: { id: check.token.userId },
      select: { id: true, name: true, email: true, passwordHash: true, emailVerifiedAt: true },
    });
    if (!user || user.email !== check.token.email) throw new AppError("NOT_FOUND", LINK_PROBLEM_MESSAGES.invalid);
    const signedIn = context.actor?.id === user.id;
    // The password whenever the account has one, even signed in (the session can only be a provider's then).
    if (!user.passwordHash && !signedIn) throw new AppError("UNAUTHENTICATED", msg("errors.accounts.signInFirst"));
    if (user.passwordHash) {
      const attempt = { email: user.email, ip: context.ip, accountId: user.id };
      await admitPasswordAttempt(attempt);
      if (!input.password || !(await verifyPassword(user.passwordHash, input.password))) {
        await recordWrongPassword(attempt, "wrong password confirming the address");
        throw invalid(
          { password: [msg("errors.accounts.notThisAccountsPassword")] },
          msg("errors.accounts.enterSignUpPassword"),
        );
      }
      await recordRightPassword(attempt);
    }
    if (!user.emailVerifiedAt) {
      // Confirmed with the password: provider identities linked while unconfirmed proved nothing and are unlinked.
      // Confirmed from the account's own session (no password): that session came through its one provider
      // identity, held by the same person who now proves the mailbox, so it stays.
      if (user.passwordHash) await dropUnprovenIdentities(tx, user.id);
      await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    }
    return { email: user.email, name: user.name, signedIn };
  });
}

/** Rate limits shared by every way of asking for a new link. */
async function limitResend(ip: string, userId: string): Promise<void> {
  await consume("accountEmailPerIp", ip, { ip });
  await consume("accountEmailPerAccount", userId, { ip, accountId: userId });
}

/** The banner's "Resend email": a fresh link to the signed-in member's address; older links stop working. */
export async function resendVerification(
  actor: SessionUser,
  context: { ip: string; locale?: string | null },
): Promise<{ email: string }> {
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { id: true, name: true, email: true, emailVerifiedAt: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (user.emailVerifiedAt) throw new AppError("CONFLICT", LINK_PROBLEM_MESSAGES.confirmed);
  await limitResend(context.ip, user.id);
  await db.$transaction((tx) => queueVerificationEmail(tx, user, undefined, context.locale));
  return { email: user.email };
}

/**
 * "Send a new link" from a dead link's page: whoever holds a link we emailed may ask for a fresh one to the same
 * account (the email goes to the account's address, never to the asker). A link that names nothing gets nothing.
 */
export async function resendFromLink(
  raw: unknown,
  context: { ip: string; next?: string | null },
): Promise<{ status: "sent" | "confirmed" }> {
  const { token } = z.strictObject({ token: z.string() }).parse(raw);
  const row = /^[A-Za-z0-9_-]{43}$/.test(token)
    ? await db.accountToken.findUnique({
        where: { tokenHash: tokenHash(token) },
        select: {
          purpose: true,
          email: true,
          user: { select: { id: true, name: true, email: true, emailVerifiedAt: true } },
        },
      })
    : null;
  if (!row || row.purpose !== "VERIFY_EMAIL" || row.user.email !== row.email)
    throw new AppError("NOT_FOUND", LINK_PROBLEM_MESSAGES.invalid);
  if (row.user.emailVerifiedAt) return { status: "confirmed" };
  await limitResend(context.ip, row.user.id);
  await db.$transaction((tx) => queueVerificationEmail(tx, row.user, context.next));
  return { status: "sent" };
}
