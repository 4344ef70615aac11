/**
 * The languages Kinship speaks, and how a request's language is chosen (decision 023). Pure: shared by the server,
 * the switcher and the tests. Adding a language: one catalogue file `messages/<code>.json` and one line below.
 */
export const LOCALES = {
  en: { name: "English", dir: "ltr" },
  es: { name: "Español", dir: "ltr" },
  ar: { name: "العربية", dir: "rtl" },
} as const;

/** Development only: English accented and ~40% longer, generated from the English catalogue (lib/i18n/pseudo.ts). */
export const PSEUDO_LOCALE = "en-XA";

export type Locale = keyof typeof LOCALES | typeof PSEUDO_LOCALE;

export const DEFAULT_LOCALE: Locale = "en";

/** The cookie the language switcher sets, for visitors without an account (members' choice is on their profile). */
export const LOCALE_COOKIE = "locale";

/** The locales a request may use: the pseudo-locale only in development. */
export function availableLocales(dev: boolean): Locale[] {
  const real = Object.keys(LOCALES) as Locale[];
  return dev ? [...real, PSEUDO_LOCALE] : real;
}

export function isLocale(value: unknown, dev: boolean): value is Locale {
  return typeof value === "string" && (availableLocales(dev) as string[]).includes(value);
}

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === PSEUDO_LOCALE ? "ltr" : LOCALES[locale].dir;
}

export function localeName(locale: Locale): string {
  return locale === PSEUDO_LOCALE ? "Ƥşḗḗŭŭḓǿǿ" : LOCALES[locale].name;
}

/**
 * The best supported language for an `Accept-Language` header: by quality, an exact tag first, then its base
 * language (`es-MX` → `es`, `ar-EG` → `ar`). Never the pseudo-locale, which is chosen on purpose only. Null: none.
 */
export function negotiate(acceptLanguage: string | null | undefined): Locale | null {
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
  const real = Object.keys(LOCALES) as Locale[];
  for (const { tag } of ranked) {
    const exact = real.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const base = real.find((l) => l === tag.split("-")[0]);
    if (base) return base;
  }
  return null;
}

/** The order of decision 023: the member's setting, else the switcher's cookie, else the browser, else English. */
export function chooseLocale(
  sources: { member?: string | null; cookie?: string | null; acceptLanguage?: string | null },
  dev: boolean,
): Locale {
  if (isLocale(sources.member, dev)) return sources.member;
  if (isLocale(sources.cookie, dev)) return sources.cookie;
  return negotiate(sources.acceptLanguage) ?? DEFAULT_LOCALE;
}
