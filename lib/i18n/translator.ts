import { createTranslator } from "next-intl";
// No `with { type: "json" }`: the build compiles the catalogues into JavaScript modules (decision 035).
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import ar from "../../messages/ar.json";
import { DEFAULT_LOCALE, isLocale, type LOCALES, PSEUDO_LOCALE, type Locale } from "./locales";
import { pseudoLocaleEnabled } from "./pseudo-enabled";
import { pseudoLocalize } from "./pseudo";
import type { Messages } from "./messages";

/*
 * Translation outside a page request: emails, notifications and program templates are written in their reader's
 * language, which is not the language of the request that caused them (a Spanish admin's decision reaches an
 * Arabic applicant in Arabic). next-intl's request config only knows the current request's locale, so these take
 * the locale as an argument. The three catalogues are imported statically: the server bundles them once.
 */

const CATALOGUES: Record<keyof typeof LOCALES, Messages> = {
  en,
  es: es as unknown as Messages,
  ar: ar as unknown as Messages,
};

let pseudo: Messages | null = null;

/**
 * A stored or requested language as one Kinship speaks: a member's `User.locale` (null: not chosen), a request's
 * locale. Unknown values (a language since removed) fall back to the next candidate, then English. The
 * pseudo-locale counts only in development.
 */
export function resolveLocale(...candidates: (string | null | undefined)[]): Locale {
  const dev = pseudoLocaleEnabled();
  for (const candidate of candidates) if (isLocale(candidate, dev)) return candidate;
  return DEFAULT_LOCALE;
}

export function messagesFor(locale: Locale): Messages {
  if (locale === PSEUDO_LOCALE) return (pseudo ??= pseudoLocalize(en));
  return CATALOGUES[locale];
}

function create(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale) });
}

export type Translator = ReturnType<typeof create>;

// One per language: a translator keeps the messages it has parsed, so emails to many recipients parse each once.
const translators = new Map<Locale, Translator>();

/** A translator for one language, usable anywhere on the server (jobs, services, tests). */
export function translatorFor(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = create(locale)));
  return t;
}
