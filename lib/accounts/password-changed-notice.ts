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
    compose: (t) => ({
      subject: t("email.passwordChanged.subject"),
      lines: [
        user.how === "reset" ? t("email.passwordChanged.byReset") : t("email.passwordChanged.byChange"),
        t("email.passwordChanged.othersSignedOut"),
        t("email.passwordChanged.ifNotYou"),
      ],
      action: { label: t("email.passwordChanged.action"), url: "/forgot-password" },
    }),
  });
}
