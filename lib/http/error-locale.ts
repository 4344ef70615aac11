import "server-only";
import { cookies, headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { pseudoLocaleEnabled } from "@/lib/i18n/pseudo-enabled";
import { chooseLocale, DEFAULT_LOCALE, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";

/**
 * The language to write an error in (decision 024): the request's, as for its pages (the member's setting, the
 * switcher's cookie, Accept-Language, English). When that cannot be read because the error is the database being
 * out of reach (the member's setting lives there), the cookie and the browser still choose; outside a request,
 * English.
 */
export async function errorLocale(): Promise<Locale> {
  try {
    return await getLocale();
  } catch {
    try {
      const [jar, head] = await Promise.all([cookies(), headers()]);
      return chooseLocale(
        { cookie: jar.get(LOCALE_COOKIE)?.value, acceptLanguage: head.get("accept-language") },
        pseudoLocaleEnabled(),
      );
    } catch {
      return DEFAULT_LOCALE;
    }
  }
}
