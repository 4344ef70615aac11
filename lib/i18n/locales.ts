/**
 * The languages Kinship speaks, and how a request's language is chosen (decision 023). Pure: shared by the server,
 * the switcher and the tests. The list and the choice live in locale-choice.mjs (plain JavaScript, so that
 * scripts/serve.mjs's front cache chooses exactly as the proxy does, decision 025); adding a language is one
 * catalogue file `messages/<code>.json` and one line there (and in its .d.mts).
 */
import { LOCALES, PSEUDO_LOCALE, type Locale } from "./locale-choice.mjs";

export {
  LOCALES,
  PSEUDO_LOCALE,
  DEFAULT_LOCALE,
  LOCALE_COOKIE,
  availableLocales,
  isLocale,
  negotiate,
  chooseLocale,
  type Locale,
} from "./locale-choice.mjs";

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === PSEUDO_LOCALE ? "ltr" : LOCALES[locale].dir;
}

export function localeName(locale: Locale): string {
  return locale === PSEUDO_LOCALE ? "Ƥşḗḗŭŭḓǿǿ" : LOCALES[locale].name;
}
