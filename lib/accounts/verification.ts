import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { queueAccountEmail } from "@/lib/email/account-email";
import { safeCallbackUrl } from "./schemas";
import { issueToken } from "./tokens";

/**
 * The one gate for what an unverified member may not do (join, request, accept an invitation, apply, create a
 * group, post, comment, react, message): it reads the account in the service's own transaction, so it holds for
 * actions, API routes, jobs and tests alike, whatever shape of actor they pass. See docs/decisions/018.
 */
export async function requireVerified(tx: Tx, actor: { id: string } | null): Promise<void> {
  if (!actor) return; // the policy answers UNAUTHENTICATED for nobody
  const user = await tx.user.findUnique({ where: { id: actor.id }, select: { emailVerifiedAt: true } });
  if (user && user.emailVerifiedAt === null) throw new AppError("EMAIL_UNVERIFIED");
}

/** The page a verification link opens; `next` (a same-site path) is where the member goes once confirmed. */
export function verifyEmailUrl(token: string, next?: string | null): string {
  const after = safeCallbackUrl(next);
  return `/verify-email?token=${encodeURIComponent(token)}${after === "/" ? "" : `&next=${encodeURIComponent(after)}`}`;
}

/** Issues a fresh verification link (older ones stop working) and queues the email, in the caller's transaction. */
export async function queueVerificationEmail(
  tx: Tx,
  user: { id: string; name: string; email: string },
  next?: string | null,
): Promise<void> {
  const token = await issueToken(tx, { userId: user.id, purpose: "VERIFY_EMAIL", email: user.email });
  await queueAccountEmail(tx, {
    idempotencyKey: `account.verify:${user.id}:${token.slice(0, 16)}`,
    userId: user.id,
    to: user.email,
    recipientName: user.name,
    kind: "account.verify-email",
    subject: "Confirm your email for Kinship",
    lines: [
      "Please confirm that this address is yours. Until you do, you can look around but not join groups or talk with people.",
      "The link works once, for 24 hours. If you didn't create a Kinship account, ignore this email: nothing happens without the password that was chosen.",
    ],
    action: { label: "Confirm my email", url: verifyEmailUrl(token, next) },
  });
}

/** Someone signed up with an address that already has a (verified) account: tell its owner, tell the caller nothing. */
export async function queueSignUpAttemptEmail(tx: Tx, user: { id: string; name: string; email: string }) {
  await queueAccountEmail(tx, {
    idempotencyKey: `account.sign-up-attempt:${user.id}:${Date.now()}:${Math.random().toString(36).slice(2, 8)}`,
    userId: user.id,
    to: user.email,
    recipientName: user.name,
    kind: "account.sign-up-attempt",
    subject: "Someone tried to sign up with your address",
    lines: [
      "Someone just tried to create a Kinship account with this email address, which already has an account. Nothing about your account has changed.",
      "If it was you: sign in instead.",
      `Forgot your password? Choose a new one here: ${new URL("/forgot-password", env().APP_URL).toString()}`,
      "If it wasn't you, you can ignore this email.",
    ],
    action: { label: "Sign in", url: "/sign-in" },
  });
}
