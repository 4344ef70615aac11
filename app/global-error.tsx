"use client";

import { useEffect, useState } from "react";
import { createTranslator } from "next-intl";
import { chooseLocale, directionOf, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

type Words = Messages["errorPages"]["global"];

/** This browser's language as far as it can be known here: the switcher's cookie (the profile's choice sets it too), else the browser's languages. */
function browserLocale(): Locale {
  const cookie = document.cookie
    .split("; ")
    .find((c) => c.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  return chooseLocale({ cookie: cookie ?? null, acceptLanguage: navigator.languages.join(",") }, false);
}

/**
 * The last resort, when the root layout itself failed: it replaces the layout, so next-intl's provider (and the
 * member's saved language) are out of reach. The words come from the catalogue of the browser's language, loaded
 * only now (a chunk of its own, so pages never carry it); English if that fails too.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [page, setPage] = useState<{ locale: Locale; words: Words } | null>(null);
  useEffect(() => {
    const locale = browserLocale();
    const load = (l: Locale) => import(`../messages/${l}.json`).then((m) => (m.default as Messages).errorPages.global);
    load(locale)
      .then((words) => ({ locale, words }))
      .catch(() => load("en").then((words) => ({ locale: "en" as Locale, words })))
      .then(setPage, () => setPage(null));
  }, []);
  const t = page
    ? createTranslator({
        locale: page.locale,
        messages: { errorPages: { global: page.words } },
        namespace: "errorPages.global",
      })
    : null;
  return (
    <html lang={page?.locale ?? "en"} dir={page ? directionOf(page.locale) : "ltr"}>
      <body
        aria-busy={t ? undefined : true}
        style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}
      >
        {t ? (
          <main>
            <h1>{t("title")}</h1>
            <p>{error.digest ? t("bodyWithReference", { reference: error.digest }) : t("body")}</p>
            <button type="button" onClick={reset}>
              {t("tryAgain")}
            </button>
          </main>
        ) : null}
      </body>
    </html>
  );
}
