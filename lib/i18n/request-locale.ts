import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { pseudoLocaleEnabled } from "./pseudo-enabled";
import { chooseLocale, LOCALE_COOKIE, type Locale } from "./locales";

/** This request's language (decision 023): the member's setting, the switcher's cookie, the browser, English. */
export const requestLocale = cache(async (): Promise<Locale> => {
  const [user, jar, head] = await Promise.all([getCurrentUser(), cookies(), headers()]);
  return chooseLocale(
    { member: user?.locale, cookie: jar.get(LOCALE_COOKIE)?.value, acceptLanguage: head.get("accept-language") },
    pseudoLocaleEnabled(),
  );
});
