import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { queueAccountEmail } from "@/lib/email/account-email";
import { confirmIdentity } from "../confirm-identity";
import { findBlockingGroups } from "./blocking-groups";
import { deletionDueAt } from "./constants";
import { DATE_TIME, formatDate, timeZoneLabel } from "@/lib/time";

/**
 * The member asks to delete their account. They prove it is them (their password, or for an account that signs in
 * only through GitHub/Google, by typing its email address), and own no open group. The request is recorded, every
 * session ends, and an email says when the erasure becomes final and that signing in before then cancels it.
 */
export async function requestAccountDeletion(actor: SessionUser, raw: unknown): Promise<{ dueAt: Date }> {
  const user = await confirmIdentity(actor, raw);

  return db.$transaction(async (tx) => {
    // Re-read under the row's lock: ownership may have changed since the page was drawn.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
    const blocking = await findBlockingGroups(user.id, tx);
    if (blocking.length)
      throw new AppError(
        "CONFLICT",
        msg("errors.accounts.ownsGroups", {
          groups: blocking.map((g) => g.name).join(", "),
          count: blocking.length,
        }),
      );
    const requestedAt = new Date();
    await tx.user.update({
      where: { id: user.id },
      data: { deletionRequestedAt: requestedAt, sessionVersion: { increment: 1 } },
    });
    const dueAt = deletionDueAt(requestedAt);
    await queueAccountEmail(tx, {
      idempotencyKey: `account-deletion:${user.id}:${requestedAt.getTime()}`,
      userId: user.id,
      to: user.email,
      recipientName: user.name,
      kind: "account.deletion_requested",
      compose: (t, locale) => {
        // The date in the member's zone and language; the zone's label stays as the time-zone work writes it.
        const when = `${formatDate(dueAt, user.timeZone, DATE_TIME, locale)} (${timeZoneLabel(user.timeZone, dueAt)})`;
        return {
          subject: t("email.deletion.subject"),
          lines: [t("email.deletion.asked", { when }), t("email.deletion.untilThen"), t("email.deletion.ifNotYou")],
          action: { label: t("email.deletion.action"), url: `${env().APP_URL}/sign-in` },
        };
      },
    });
    return { dueAt };
  });
}
