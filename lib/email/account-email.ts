import "server-only";
import type { Tx } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { resolveLocale, translatorFor, type Translator } from "@/lib/i18n/translator";
import { renderEmail } from "./templates";
import { EMAIL_CHANNEL } from "@/lib/notifications/notify";

/** What an account email says, written with a translator in the recipient's language. */
export type AccountEmailContent = {
  subject: string;
  lines: string[];
  action: { label: string; url: string };
};

/**
 * Queues an account email (verification, password reset, "someone tried to sign up with your address", a change
 * of email): always sent, whatever the notification preferences, in the caller's transaction. These emails may
 * carry a link token, so they are written to the Email table and the worker sends them; nothing logs their text.
 *
 * Written in the recipient's language: the `User.locale` of the account the address belongs to; when its owner
 * has not chosen one, `requestLocale` if the caller passes it (only for requests the owner made themselves, such as
 * a sign-up: its page was in their language), else English. Never the language of someone else's request.
 */
export async function queueAccountEmail(
  tx: Tx,
  input: {
    /** Makes the call idempotent (e.g. one email per issued token). */
    idempotencyKey: string;
    userId: string | null;
    to: string;
    /** Null: greet without a name (an address whose account we do not name). */
    recipientName: string | null;
    kind: `account.${string}`;
    /** The language of the request, when the recipient made it (sign-up, resend): used if they chose none. */
    requestLocale?: string | null;
    compose: (t: Translator, locale: Locale) => AccountEmailContent;
  },
): Promise<void> {
  const locale = await accountLocale(tx, input.userId, input.to, input.requestLocale);
  const content = input.compose(translatorFor(locale), locale);
  const rendered = renderEmail({
    locale,
    recipientName: input.recipientName,
    subject: content.subject,
    lines: content.lines,
    action: content.action,
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

/** The recipient account's chosen language (by id, else by the address), else the request's, else English. */
async function accountLocale(
  tx: Tx,
  userId: string | null,
  to: string,
  requestLocale: string | null | undefined,
): Promise<Locale> {
  const owner = await tx.user.findFirst({
    where: userId ? { id: userId } : { email: to },
    select: { locale: true },
  });
  return resolveLocale(owner?.locale, requestLocale);
}
