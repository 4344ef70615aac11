import "server-only";
import type { Tx } from "@/lib/db";
import { renderEmail } from "./templates";
import { EMAIL_CHANNEL } from "@/lib/notifications/notify";

/**
 * Queues an account email (verification, password reset, "someone tried to sign up with your address", a change
 * of email): always sent, whatever the notification preferences, in the caller's transaction. These emails may
 * carry a link token, so they are written to the Email table and the worker sends them; nothing logs their text.
 */
export async function queueAccountEmail(
  tx: Tx,
  input: {
    /** Makes the call idempotent (e.g. one email per issued token). */
    idempotencyKey: string;
    userId: string | null;
    to: string;
    recipientName: string;
    kind: `account.${string}`;
    subject: string;
    lines: string[];
    action: { label: string; url: string };
  },
): Promise<void> {
  const rendered = renderEmail({
    recipientName: input.recipientName,
    subject: input.subject,
    lines: input.lines,
    action: input.action,
    unsubscribeUrl: null,
  });
  await tx.email.createMany({
    data: [
      {
        idempotencyKey: input.idempotencyKey,
        userId: input.userId,
        to: input.to,
        kind: input.kind,
        ...rendered,
      },
    ],
    skipDuplicates: true,
  });
  await tx.$executeRaw`SELECT pg_notify(${EMAIL_CHANNEL}, '')`;
}
