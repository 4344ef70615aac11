import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { conflict, invalid, isUniqueViolation, msg } from "@/lib/errors";
import { englishMessage } from "@/lib/i18n/format-message";
import { consume } from "@/lib/auth/rate-limit";
import type { SessionUser } from "@/lib/auth/session-user";
import { queueAccountEmail } from "@/lib/email/account-email";
import { consumeToken, issueToken, peekToken, tokenHash } from "./tokens";
import { deadLinkError, STALE_EMAIL_LINK_MESSAGE, type DeadLink } from "./link-status";
import { ZChangeEmailInput, ZTokenInput } from "./account-schemas";
import { checkCurrentPassword } from "./check-current-password";
import { releaseUnprovenHolder } from "./mailbox-proof";

const SAME_EMAIL_MESSAGE = msg("errors.accounts.sameEmail");
const ADDRESS_TAKEN_MESSAGE = msg("errors.accounts.addressTakenAtUse");
/** In English, as tests and logs read them. */
export const SAME_EMAIL = englishMessage(SAME_EMAIL_MESSAGE);
export const ADDRESS_TAKEN_AT_USE = englishMessage(ADDRESS_TAKEN_MESSAGE);

/**
 * Asks to move the account to a new address: needs the current password (sign-in limits), and is limited like
 * every account email. The address switches only when the link sent to the NEW address is used. When the new
 * address already has an account, the answer and the page look the same (a pending change is recorded, with a
 * link nobody receives) and that address gets a note instead: nobody learns here which addresses have accounts.
 */
export async function requestEmailChange(
  actor: SessionUser,
  raw: unknown,
  context: { ip: string; locale?: string | null },
): Promise<{ message: string; pendingEmail: string }> {
  const input = ZChangeEmailInput.parse(raw);
  if (input.newEmail === actor.email) throw invalid({ newEmail: [SAME_EMAIL_MESSAGE] }, SAME_EMAIL_MESSAGE);
  const current = await checkCurrentPassword(actor.id, input.currentPassword, context);
  await consume("accountEmailPerIp", context.ip, { ip: context.ip });
  await consume("accountEmailPerAccount", actor.id, { ip: context.ip, accountId: actor.id });
  await db.$transaction(async (tx) => {
    // Bound to the address it moves away from: if that changes first, this link no longer applies.
    const token = await issueToken(tx, {
      userId: actor.id,
      purpose: "CHANGE_EMAIL",
      email: input.newEmail,
      binding: current.email,
    });
    const taken = await tx.user.findUnique({ where: { email: input.newEmail }, select: { id: true } });
    if (taken) await queueAddressTakenNote(tx, input.newEmail);
    else
      await queueConfirmLink(tx, {
        userId: actor.id,
        name: current.name,
        to: input.newEmail,
        token,
        requestLocale: context.locale,
      });
  });
  return {
    message: `Check ${input.newEmail}: we've sent it a link to confirm the change. Until you open it, your address stays ${current.email}.`,
    pendingEmail: input.newEmail,
  };
}

async function queueConfirmLink(
  tx: Tx,
  input: { userId: string; name: string; to: string; token: string; requestLocale?: string | null },
) {
  await queueAccountEmail(tx, {
    idempotencyKey: `account.email_change:${tokenHash(input.token)}`,
    userId: input.userId,
    to: input.to,
    recipientName: input.name,
    kind: "account.email_change",
    requestLocale: input.requestLocale,
    compose: (t) => ({
      subject: t("email.emailChange.subject"),
      lines: [t("email.emailChange.asked"), t("email.emailChange.until")],
      action: { label: t("email.emailChange.action"), url: `/email-change/confirm?token=${input.token}` },
    }),
  });
}

/** To an address that already has an account: someone tried to move another account to it. Says nothing more. */
async function queueAddressTakenNote(tx: Tx, to: string) {
  await queueAccountEmail(tx, {
    idempotencyKey: `account.email_change_taken:${randomUUID()}`,
    userId: null,
    to,
    recipientName: null,
    kind: "account.email_change_taken",
    // The address's own account's language (found by the address), never the asker's.
    compose: (t) => ({
      subject: t("email.emailChangeTaken.subject"),
      lines: [t("email.emailChangeTaken.tried"), t("email.emailChangeTaken.ifYou")],
      action: { label: t("email.emailChangeTaken.action"), url: "/sign-in" },
    }),
  });
}

export type EmailChangeLinkCheck = { status: "valid"; newEmail: string } | { status: DeadLink };

/** Reads a confirmation link without using it (the page asks for a click: mail scanners open links too). */
export async function checkEmailChangeLink(token: string): Promise<EmailChangeLinkCheck> {
  return db.$transaction(async (tx) => {
    const check = await peekToken(tx, token, "CHANGE_EMAIL");
    if (check.status !== "valid") return { status: check.status };
    const user = await tx.user.findUnique({ where: { id: check.token.userId }, select: { email: true } });
    if (user?.email !== check.token.binding) return { status: "stale" };
    return { status: "valid", newEmail: check.token.email };
  });
}

/**
 * Uses a confirmation link: the account moves to the new address (now verified). Links sent to the old address
 * (resets, other changes) stop working, and the old address is told, with a link to undo the change for 7 days.
 */
export async function confirmEmailChange(raw: unknown, context: { ip: string }): Promise<{ email: string }> {
  const { token } = ZTokenInput.parse(raw);
  await consume("accountEmailPerIp", context.ip, { ip: context.ip });
  try {
    return await db.$transaction(async (tx) => {
      const check = await consumeToken(tx, token, "CHANGE_EMAIL");
      if (check.status !== "valid") throw deadLinkError(check.status);
      const user = await tx.user.findUniqueOrThrow({
        where: { id: check.token.userId },
        select: { id: true, name: true, email: true },
      });
      if (user.email !== check.token.binding) throw deadLinkError("stale", STALE_EMAIL_LINK_MESSAGE);
      const newEmail = check.token.email;
      // Only someone who reads the new address gets here, so saying it is taken tells nobody anything new.
      // An unconfirmed sign-up holding it meanwhile (anyone can make one) gives way: this member proved the mailbox.
      if (!(await releaseUnprovenHolder(tx, newEmail, user.id))) throw conflict(ADDRESS_TAKEN_MESSAGE);
      const now = new Date();
      await tx.user.update({ where: { id: user.id }, data: { email: newEmail, emailVerifiedAt: now } });
      await tx.accountToken.updateMany({
        where: { userId: user.id, purpose: { not: "UNDO_EMAIL_CHANGE" }, usedAt: null, expiresAt: { gt: now } },
        data: { expiresAt: now },
      });
      const undo = await issueToken(tx, {
        userId: user.id,
        purpose: "UNDO_EMAIL_CHANGE",
        email: user.email,
        binding: user.email,
        keepOlder: true,
        now,
      });
      await queueAccountEmail(tx, {
        idempotencyKey: `account.email_changed:${tokenHash(undo)}`,
        userId: user.id,
        to: user.email,
        recipientName: user.name,
        kind: "account.email_changed",
        compose: (t) => ({
          subject: t("email.emailChanged.subject"),
          lines: [t("email.emailChanged.nowUses", { email: newEmail }), t("email.emailChanged.ifNotYou")],
          action: { label: t("email.emailChanged.action"), url: `/email-change/undo?token=${undo}` },
        }),
      });
      return { email: newEmail };
    });
  } catch (error) {
    // Someone took the address between the check and the update: the unique index decides.
    if (isUniqueViolation(error, "email")) throw conflict(ADDRESS_TAKEN_MESSAGE);
    throw error;
  }
}
