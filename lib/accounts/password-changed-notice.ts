import "server-only";
import type { Tx } from "@/lib/db";
import { queueAccountEmail } from "@/lib/email/account-email";

/**
 * "Your password was changed": a security notice to the account's address after a reset or a change, with the
 * way back in if it wasn't them (a reset link goes to this same address, which an intruder does not read).
 */
export async function queuePasswordChangedNotice(
  tx: Tx,
  user: { id: string; name: string; email: string; sessionVersion: number; how: "reset" | "change" },
): Promise<void> {
  await queueAccountEmail(tx, {
    idempotencyKey: `account.password_changed:${user.id}:${user.sessionVersion}`,
    userId: user.id,
    to: user.email,
    recipientName: user.name,
    kind: "account.password_changed",
    subject: "Your Kinship password was changed",
    lines: [
      user.how === "reset"
        ? "The password of your Kinship account was just reset with a link we emailed to this address."
        : "The password of your Kinship account was just changed from its account settings.",
      "Every other device signed in to your account has been signed out.",
      "If this wasn't you, choose a new password now with the link below: it comes to this address only.",
    ],
    action: { label: "Reset your password", url: "/forgot-password" },
  });
}
