import { getLocale, getTranslations } from "next-intl/server";
import { availableLocales, localeName } from "@/lib/i18n/locales";
import { pseudoLocaleEnabled } from "@/lib/i18n/pseudo-enabled";

/**
 * The footer's language switcher: one submit button per language, each named in its own language, in a plain form
 * (works without JavaScript). `action` is the app's server action (components never import app/).
 */
export async function SiteFooter({ action }: { action: (formData: FormData) => Promise<void> }) {
  const [current, t] = await Promise.all([getLocale(), getTranslations("footer")]);
  return (
    <footer className="border-t border-border">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-4 text-sm text-muted-foreground">
        <span>{t("language")}</span>
        <form action={action} className="flex flex-wrap items-center gap-1">
          {availableLocales(pseudoLocaleEnabled()).map((locale) => (
            <button
              key={locale}
              type="submit"
              name="locale"
              value={locale}
              lang={locale}
              aria-pressed={locale === current}
              title={t("languageHint", { language: localeName(locale) })}
              className="rounded-md px-2 py-1 hover:bg-accent hover:text-accent-foreground aria-pressed:font-semibold aria-pressed:text-foreground"
            >
              {localeName(locale)}
            </button>
          ))}
        </form>
      </div>
    </footer>
  );
}
