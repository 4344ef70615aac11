import "server-only";
import { db } from "@/lib/db";
import { conflict, isUniqueViolation, msg } from "@/lib/errors";
import { consume } from "@/lib/auth/rate-limit";
import { consumeToken, issueToken, passwordBinding, peekToken } from "./tokens";
import { releaseUnprovenHolder } from "./mailbox-proof";
import { deadLinkError, type DeadLink } from "./link-status";
import { ZTokenInput } from "./account-schemas";

export const OLD_ADDRESS_TAKEN = msg("errors.accounts.oldAddressTaken");

export type UndoLinkCheck = { status: "valid"; oldEmail: string } | { status: DeadLink };

/** Reads an undo link without using it (the page asks for a click). */
export async function checkUndoLink(token: string): Promise<UndoLinkCheck> {
  return db.$transaction(async (tx) => {
    const check = await peekToken(tx, token, "UNDO_EMAIL_CHANGE");
    if (check.status !== "valid") return { status: check.status };
    return { status: "valid", oldEmail: check.token.binding ?? check.token.email };
  });
}

/**
 * Undoes an email change from the link sent to the old address: whoever changed it may know the password and hold
 * sessions, so the account goes back to the old address, every session ends, the password is cleared, providers
 * linked since the change are unlinked and every other emailed link dies (an intruder's undo link included; undo
 * links of earlier changes survive). The
 * caller sends the member straight to choose a new password with the reset token returned (the undo link proved
 * they read the old address, which is all a reset link would prove).
 */
export async function undoEmailChange(
  raw: unknown,
  context: { ip: string },
): Promise<{ email: string; resetToken: string }> {
  const { token } = ZTokenInput.parse(raw);
  await consume("accountEmailPerIp", context.ip, { ip: context.ip });
  try {
    return await db.$transaction(async (tx) => {
      const check = await consumeToken(tx, token, "UNDO_EMAIL_CHANGE");
      if (check.status !== "valid") throw deadLinkError(check.status);
      const oldEmail = check.token.binding ?? check.token.email;
      const userId = check.token.userId;
      // A sign-up nobody confirmed (anyone can make one with the freed address) does not block the owner.
      if (!(await releaseUnprovenHolder(tx, oldEmail, userId))) throw conflict(OLD_ADDRESS_TAKEN);
      const now = new Date();
      const { createdAt: changedAt } = await tx.accountToken.findUniqueOrThrow({
        where: { id: check.token.id },
        select: { createdAt: true },
      });
      await tx.user.update({
        where: { id: userId },
        data: { email: oldEmail, emailVerifiedAt: now, passwordHash: null, sessionVersion: { increment: 1 } },
      });
      await tx.account.deleteMany({ where: { userId, createdAt: { gte: changedAt } } });
      // Every other link dies, except undo links of EARLIER changes: they lead to addresses nearer the true owner
      // (an intruder who changed twice must not kill the owner's undo link by undoing their own second change).
      await tx.accountToken.updateMany({
        where: {
          userId,
          usedAt: null,
          expiresAt: { gt: now },
          NOT: { purpose: "UNDO_EMAIL_CHANGE", createdAt: { lt: changedAt } },
        },
        data: { expiresAt: now },
      });
      const resetToken = await issueToken(tx, {
        userId,
        purpose: "RESET_PASSWORD",
        email: oldEmail,
        binding: passwordBinding(null),
        now,
      });
      return { email: oldEmail, resetToken };
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw conflict(OLD_ADDRESS_TAKEN);
    throw error;
  }
}
