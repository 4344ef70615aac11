/**
 * The languages Kinship speaks and how a request's language is chosen (decision 023), in plain JavaScript so that
 * scripts/serve.mjs (plain node, no TypeScript) chooses a signed-out visitor's language exactly as proxy.ts does for
 * the front cache's key (decision 025). Typed by locale-choice.d.mts; lib/i18n/locales.ts re-exports it.
 * Adding a language: one catalogue file `messages/<code>.json`, one line in LOCALES below and one in the .d.mts.
 */
export const LOCALES = Object.freeze({
  en: Object.freeze({ name: "English", dir: "ltr" }),
  es: Object.freeze({ name: "Español", dir: "ltr" }),
  ar: Object.freeze({ name: "العربية", dir: "rtl" }),
});

/** Development only: English accented and ~40% longer, generated from the English catalogue (lib/i18n/pseudo.ts). */
export const PSEUDO_LOCALE = "en-XA";

export const DEFAULT_LOCALE = "en";

/** The cookie the language switcher sets, for visitors without an account (members' choice is on their profile). */
export const LOCALE_COOKIE = "locale";

/** The locales a request may use: the pseudo-locale only in development. */
export function availableLocales(dev) {
  const real = Object.keys(LOCALES);
  return dev ? [...real, PSEUDO_LOCALE] : real;
}

export function isLocale(value, dev) {
  return typeof value === "string" && availableLocales(dev).includes(value);
}

/**
 * The best supported language for an `Accept-Language` header: by quality, an exact tag first, then its base
 * language (`es-MX` → `es`, `ar-EG` → `ar`). Never the pseudo-locale, which is chosen on purpose only. Null: none.
 */
export function negotiate(acceptLanguage) {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag !== "" && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const real = Object.keys(LOCALES);
  for (const { tag } of ranked) {
    const exact = real.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const base = real.find((l) => l === tag.split("-")[0]);
    if (base) return base;
  }
  return null;
}

/** The order of decision 023: the member's setting, else the switcher's cookie, else the browser, else English. */
export function chooseLocale(sources, dev) {
  if (isLocale(sources.member, dev)) return sources.member;
  if (isLocale(sources.cookie, dev)) return sources.cookie;
  return negotiate(sources.acceptLanguage) ?? DEFAULT_LOCALE;
}
