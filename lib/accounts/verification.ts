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

/**
 * Issues a fresh verification link (older ones stop working) and queues the email, in the caller's transaction.
 * `requestLocale`: the language of the page the member signed up or asked from (a new account has chosen none).
 */
export async function queueVerificationEmail(
  tx: Tx,
  user: { id: string; name: string; email: string },
  next?: string | null,
  requestLocale?: string | null,
): Promise<void> {
  const token = await issueToken(tx, { userId: user.id, purpose: "VERIFY_EMAIL", email: user.email });
  await queueAccountEmail(tx, {
    idempotencyKey: `account.verify:${user.id}:${token.slice(0, 16)}`,
    userId: user.id,
    to: user.email,
    recipientName: user.name,
    kind: "account.verify-email",
    requestLocale,
    compose: (t) => ({
      subject: t("email.verify.subject"),
      lines: [t("email.verify.confirm"), t("email.verify.linkOnce")],
      action: { label: t("email.verify.action"), url: verifyEmailUrl(token, next) },
    }),
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
    // A stranger's request: the owner's own language, never the language of the page the stranger used.
    compose: (t) => ({
      subject: t("email.signUpAttempt.subject"),
      lines: [
        t("email.signUpAttempt.tried"),
        t("email.signUpAttempt.ifYou"),
        t("email.signUpAttempt.forgot", { url: new URL("/forgot-password", env().APP_URL).toString() }),
        t("email.signUpAttempt.ifNotYou"),
      ],
      action: { label: t("email.signUpAttempt.action"), url: "/sign-in" },
    }),
  });
}
