import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { zoneOr } from "@/lib/time";
import { requestLocale } from "./request-locale";
import { PSEUDO_LOCALE, type Locale } from "./locales";
import { pseudoLocalize } from "./pseudo";
import type { Messages } from "./messages";

// next-intl's request configuration (named in next.config.ts), without locale-prefixed routes: the locale comes
// from lib/i18n/request-locale.ts, not from the URL.

let pseudo: Messages | null = null;

async function catalogue(locale: Locale): Promise<Messages> {
  if (locale === PSEUDO_LOCALE) {
    pseudo ??= pseudoLocalize((await import("../../messages/en.json")).default as Messages);
    return pseudo;
  }
  return (await import(`../../messages/${locale}.json`)).default as Messages;
}

// next-intl's own formatters (useFormatter, ICU {date}/{time} arguments) write instants on the reader's clock, as
// lib/time.ts does: the member's zone, UTC for visitors (the browser's zone is only known client-side).
export default getRequestConfig(async () => {
  const [locale, user] = await Promise.all([requestLocale(), getCurrentUser()]);
  return { locale, messages: await catalogue(locale), timeZone: zoneOr(user?.timeZone) };
});
