import "server-only";
import type { Tx } from "@/lib/db";
import { publish } from "@/lib/realtime/publish";
import { renderEmail } from "@/lib/email/templates";
import { unsubscribeToken } from "@/lib/email/unsubscribe-token";
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";
import { preferencesFor } from "./preferences";

/** Wakes the email worker on every instance; like all NOTIFYs, only once the transaction commits. */
export const EMAIL_CHANNEL = "kinship_email";

export type NotifyInput = {
  recipients: string[];
  kind: NotificationKind;
  groupId?: string | null;
  title: string;
  body?: string;
  /** Where the notification leads, an app path. */
  url: string;
  /** What the email says, line by line; defaults to the title and body. */
  emailLines?: string[];
  actionLabel?: string;
  /** Makes the call idempotent per recipient (an event notified twice emails once). */
  dedupeKey: string;
  /** False: in-app only, whatever the preferences (chat emails are sent later, by a job, if still unread). */
  email?: boolean;
  /** False: email only (the chat's "still unread after 15 minutes" email, whose in-app notice went out already). */
  inApp?: boolean;
};

/**
 * Tells people something happened, in the caller's transaction: the notification rows, the realtime events that
 * wake their open tabs, and the outgoing emails commit (or roll back) with the event they report. Each person's
 * preferences decide in-app and email; digest readers get the item in tomorrow's digest instead of an email now.
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<{ notified: number; emailed: number }> {
  const recipients = [...new Set(input.recipients)];
  if (recipients.length === 0) return { notified: 0, emailed: 0 };
  const prefs = await preferencesFor(tx, recipients, input.kind);
  const def = NOTIFICATION_KINDS[input.kind];

  const inApp = input.inApp === false ? [] : prefs.filter((p) => p.inApp);
  const created = inApp.length
    ? await tx.notification.createManyAndReturn({
        data: inApp.map((p) => ({
          userId: p.user.id,
          kind: input.kind,
          groupId: input.groupId ?? null,
          title: input.title,
          body: input.body ?? "",
          url: input.url,
          data: { dedupeKey: input.dedupeKey },
        })),
        select: { id: true, userId: true },
      })
    : [];
  await publish(
    tx,
    created.map((n) => ({ userId: n.userId, type: "notification" as const, resourceId: n.id })),
  );

  const emailNow = input.email === false ? [] : prefs.filter((p) => p.email && !p.digest);
  if (emailNow.length) {
    await tx.email.createMany({
      data: emailNow.map((p) => {
        const rendered = renderEmail({
          recipientName: p.user.name,
          subject: input.title,
          lines: input.emailLines ?? [input.title, ...(input.body ? [input.body] : [])],
          action: { label: input.actionLabel ?? "Open Kinship", url: input.url },
          unsubscribeUrl: def.security ? null : `/unsubscribe?token=${unsubscribeToken(p.user.id, input.kind)}`,
        });
        return {
          idempotencyKey: `${input.dedupeKey}:${p.user.id}`,
          userId: p.user.id,
          to: p.user.email,
          kind: input.kind,
          ...rendered,
        };
      }),
      skipDuplicates: true,
    });
    await tx.$executeRaw`SELECT pg_notify(${EMAIL_CHANNEL}, '')`;
  }
  return { notified: created.length, emailed: emailNow.length };
}
