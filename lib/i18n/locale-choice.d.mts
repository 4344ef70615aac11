// Types of locale-choice.mjs (plain JavaScript shared with scripts/serve.mjs). Keep LOCALES in step with the .mjs
// (tests/unit/i18n-locale.test.ts compares them).
export declare const LOCALES: {
  readonly en: { readonly name: "English"; readonly dir: "ltr" };
  readonly es: { readonly name: "Español"; readonly dir: "ltr" };
  readonly ar: { readonly name: "العربية"; readonly dir: "rtl" };
};
export declare const PSEUDO_LOCALE: "en-XA";
export type Locale = keyof typeof LOCALES | typeof PSEUDO_LOCALE;
export declare const DEFAULT_LOCALE: Locale;
export declare const LOCALE_COOKIE: "locale";
export declare function availableLocales(dev: boolean): Locale[];
export declare function isLocale(value: unknown, dev: boolean): value is Locale;
export declare function negotiate(acceptLanguage: string | null | undefined): Locale | null;
export declare function chooseLocale(
  sources: { member?: string | null; cookie?: string | null; acceptLanguage?: string | null },
  dev: boolean,
): Locale;
