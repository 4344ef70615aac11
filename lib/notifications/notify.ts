import "server-only";
import type { Tx } from "@/lib/db";
import { publish, type PublishedEvent } from "@/lib/realtime/publish";
import { renderEmail } from "@/lib/email/templates";
import { unsubscribeToken } from "@/lib/email/unsubscribe-token";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { resolveLocale, translatorFor } from "@/lib/i18n/translator";
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";
import { renderNotification, type NotifyMessage } from "./messages";
import { preferencesFor } from "./preferences";

/** Wakes the email worker on every instance; like all NOTIFYs, only once the transaction commits. */
export const EMAIL_CHANNEL = "kinship_email";

export type NotifyInput = {
  recipients: string[];
  kind: NotificationKind;
  groupId?: string | null;
  /**
   * What it says: a key of the `notify` messages (title, body, the email's button) and its values. Stored with the
   * row and written in each reader's language when read; the email is written in each recipient's language.
   */
  message: NotifyMessage;
  /** Where the notification leads, an app path. */
  url: string;
  /** Makes the call idempotent per recipient (an event notified twice emails once). */
  dedupeKey: string;
  /** False: in-app only, whatever the preferences (chat emails are sent later, by a job, if still unread). */
  email?: boolean;
  /** False: email only (the chat's "still unread after 15 minutes" email, whose in-app notice went out already). */
  inApp?: boolean;
  /**
   * Realtime events of the same change (a chat message's), published with the notifications' in one statement,
   * before them.
   */
  events?: PublishedEvent[];
};

/** The message in a language; a key without its message is a programming error, caught by the tests. */
function rendered(locale: Parameters<typeof renderNotification>[0], message: NotifyMessage) {
  const out = renderNotification(locale, message);
  if (!out) throw new Error(`The notification message "${message.key}" is missing or lacks an argument.`);
  return out;
}

/**
 * What a notification row stores besides its recipient and address: the English text (`title`, `body`) and `data`
 * (the message's key and values, read in each reader's language, and the dedupe key). For notify() and the one
 * writer that inserts its row in its own statement (a chat send, lib/chat/send-message.ts).
 */
export function notificationText(input: Pick<NotifyInput, "message" | "dedupeKey">) {
  const english = rendered(DEFAULT_LOCALE, input.message);
  return {
    title: english.title,
    body: english.body,
    data: { dedupeKey: input.dedupeKey, message: { key: input.message.key, values: input.message.values ?? {} } },
  };
}

/**
 * Tells people something happened, in the caller's transaction: the notification rows, the realtime events that
 * wake their open tabs, and the outgoing emails commit (or roll back) with the event they report. Each person's
 * preferences decide in-app and email; digest readers get the item in tomorrow's digest instead of an email now.
 * The row keeps the English text too (`title`, `body`): what older readers of the table and a removed key show.
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<{ notified: number; emailed: number }> {
  const recipients = [...new Set(input.recipients)];
  if (recipients.length === 0) {
    await publish(tx, input.events ?? []);
    return { notified: 0, emailed: 0 };
  }
  const prefs = await preferencesFor(tx, recipients, input.kind);
  const def = NOTIFICATION_KINDS[input.kind];
  const stored = notificationText(input);

  const inApp = input.inApp === false ? [] : prefs.filter((p) => p.inApp);
  const created = inApp.length
    ? await tx.notification.createManyAndReturn({
        data: inApp.map((p) => ({
          userId: p.user.id,
          kind: input.kind,
          groupId: input.groupId ?? null,
          ...stored,
          url: input.url,
        })),
        select: { id: true, userId: true },
      })
    : [];
  await publish(tx, [
    ...(input.events ?? []),
    ...created.map((n) => ({ userId: n.userId, type: "notification" as const, resourceId: n.id })),
  ]);

  const emailNow = input.email === false ? [] : prefs.filter((p) => p.email && !p.digest);
  if (emailNow.length) {
    await tx.email.createMany({
      data: emailNow.map((p) => {
        // Each recipient's own language, whoever caused the notification.
        const locale = resolveLocale(p.user.locale);
        const text = rendered(locale, input.message);
        const email = renderEmail({
          locale,
          recipientName: p.user.name,
          subject: text.title,
          lines: [text.title, ...(text.body ? [text.body] : [])],
          action: { label: text.action ?? translatorFor(locale)("email.layout.openKinship"), url: input.url },
          unsubscribeUrl: def.security ? null : `/unsubscribe?token=${unsubscribeToken(p.user.id, input.kind)}`,
        });
        return {
          idempotencyKey: `${input.dedupeKey}:${p.user.id}`,
          userId: p.user.id,
          to: p.user.email,
          kind: input.kind,
          ...email,
        };
      }),
      skipDuplicates: true,
    });
    await tx.$executeRaw`SELECT pg_notify(${EMAIL_CHANNEL}, '')`;
  }
  return { notified: created.length, emailed: emailNow.length };
}
