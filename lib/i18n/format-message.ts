import { createTranslator } from "next-intl";
// No `with { type: "json" }`: the build compiles the catalogues into JavaScript modules (decision 035).
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import ar from "../../messages/ar.json";
import { DEFAULT_LOCALE, PSEUDO_LOCALE, type Locale } from "./locales";
import { isMessageRef, type MessageText, type MessageValue } from "./message-ref";
import type { Messages } from "./messages";
import { pseudoLocalize } from "./pseudo";

/**
 * Renders an error's message in a language, outside React (decision 024): next-intl's `createTranslator` over the
 * catalogues, so lib/errors.ts can write its English `message` for logs and tests, and the edge can write the
 * reader's. A key a catalogue lacks falls back to English (the catalogue test keeps that from happening).
 */
type Loose = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

const CATALOGUES: Partial<Record<Locale, Messages>> = { en, es: es as Messages, ar: ar as Messages };
const translators = new Map<Locale, Loose>();

function translator(locale: Locale): Loose {
  let t = translators.get(locale);
  if (!t) {
    const messages =
      locale === PSEUDO_LOCALE ? pseudoLocalize(en as Messages) : (CATALOGUES[locale] ?? CATALOGUES[DEFAULT_LOCALE]!);
    t = createTranslator({ locale, messages, onError: () => {} }) as unknown as Loose;
    translators.set(locale, t);
  }
  return t;
}

/** One message in a language: a ref through its catalogue, literal text as it is. */
export function formatMessage(text: MessageText, locale: Locale): string {
  if (!isMessageRef(text)) return text;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values ?? {}) as [string, MessageValue][])
    values[name] = isMessageRef(value) ? formatMessage(value, locale) : value;
  const t = translator(locale);
  if (!t.has(text.key)) return locale === DEFAULT_LOCALE ? text.key : formatMessage(text, DEFAULT_LOCALE);
  return t(text.key, values);
}

/** The English rendering: what logs, tests and `AppError.message` read. */
export const englishMessage = (text: MessageText) => formatMessage(text, DEFAULT_LOCALE);
