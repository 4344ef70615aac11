import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { messagesFor } from "@/lib/i18n/translator";
import { compiledArguments } from "@/lib/i18n/compiled-arguments";
import type { NotificationKind } from "./kinds";

/*
 * A notification is stored as a message key and its values (in the row's `data`, next to the English text in
 * `title`/`body`), and written in the reader's language when it is read: in the list, the bell, the live stream
 * and the email. Rows written before keys existed have no key, and show their stored text.
 */

/** The notifications' messages: `notify.<key>.title`, optional `.body` and `.action` (the email's button). */
export type NotifyMessageKey = Exclude<keyof Messages["notify"], "kinds">;
/** ICU arguments: names and titles as they were at the time (user content is never translated), counts, choices. */
export type NotifyValues = Record<string, string | number>;
export type NotifyMessage = { key: NotifyMessageKey; values?: NotifyValues };

export type RenderedNotification = { title: string; body: string; action: string | null };

const MISSING = "\u0000missing";

type Loose = { (key: string, values?: NotifyValues): string; has(key: string): boolean };

const loose = new Map<Locale, Loose>();

/**
 * A translator for the `notify` messages whose keys come from stored rows: a missing message or argument gives
 * MISSING, not an error. One per language (it keeps the messages it has parsed).
 */
function looseTranslator(locale: Locale): Loose {
  let t = loose.get(locale);
  if (!t) loose.set(locale, (t = createLoose(locale)));
  return t;
}

function createLoose(locale: Locale): Loose {
  return createTranslator({
    locale,
    messages: messagesFor(locale),
    namespace: "notify",
    onError: () => undefined,
    getMessageFallback: () => MISSING,
  }) as unknown as Loose;
}

/** The notification in `locale`, or null when the key or one of its arguments is unknown (then: the stored text). */
export function renderNotification(locale: Locale, message: NotifyMessage): RenderedNotification | null {
  const t = looseTranslator(locale);
  if (!t.has(`${message.key}.title`)) return null;
  const values = message.values ?? {};
  const source = (messagesFor(locale).notify as unknown as Record<string, Record<string, unknown> | undefined>)[
    message.key
  ];
  const part = (name: string): string | null => {
    if (!t.has(`${message.key}.${name}`)) return "";
    // A precompiled message (the built app) writes a missing argument as "undefined" instead of failing: ask first.
    for (const argument of compiledArguments(source?.[name])) if (!Object.hasOwn(values, argument)) return null;
    const text = t(`${message.key}.${name}`, values);
    return text.includes(MISSING) ? null : text;
  };
  const title = part("title");
  const body = part("body");
  const action = part("action");
  if (!title || body === null || action === null) return null;
  return { title, body, action: action || null };
}

/** The message a stored notification's `data` names, if it names one. */
export function storedMessage(data: unknown): NotifyMessage | null {
  const message = (data as { message?: unknown } | null)?.message as { key?: unknown; values?: unknown } | undefined;
  if (!message || typeof message.key !== "string") return null;
  const values = message.values;
  if (values !== undefined && (typeof values !== "object" || values === null || Array.isArray(values))) return null;
  return { key: message.key as NotifyMessageKey, values: (values ?? {}) as NotifyValues };
}

/** A stored notification in the reader's language; its stored text when it has no key (older rows) or a stale one. */
export function readNotification(
  locale: Locale,
  row: { title: string; body: string; data: unknown },
): { title: string; body: string } {
  const message = storedMessage(row.data);
  const rendered = message ? renderNotification(locale, message) : null;
  return rendered ? { title: rendered.title, body: rendered.body } : { title: row.title, body: row.body };
}

/** The preference label of a kind of notification, `notify.kinds.<kind>.label` (the settings page's rows). */
export function kindLabelKey(kind: NotificationKind): `notify.kinds.${NotificationKind}.label` {
  return `notify.kinds.${kind}.label`;
}

export function kindLabel(locale: Locale, kind: NotificationKind): string {
  return looseTranslator(locale)(`kinds.${kind}.label`);
}
