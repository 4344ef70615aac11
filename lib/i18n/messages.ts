import type en from "../../messages/en.json";
import type { Locale } from "./locales";

/** The English catalogue is the reference: every other one has exactly its keys (tests/unit/i18n-catalogues.test.ts). */
export type Messages = typeof en;

// Typed keys for useTranslations / getTranslations: a misspelt key fails the typecheck.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
