import "server-only";
import { z } from "zod";
import { vk } from "@/lib/i18n/zod-messages";
import { db } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { pseudoLocaleEnabled } from "@/lib/i18n/pseudo-enabled";
import type { SessionUser } from "@/lib/auth/session-user";

const ZLanguageChoice = z.object({
  locale: z.string().refine((v) => isLocale(v, pseudoLocaleEnabled()), vk("validation.accounts.language")),
});

/**
 * The language switcher: a member's choice is saved on their profile (it follows them to every device and to their
 * emails); anyone's is returned for the caller to keep in the `locale` cookie. Only the actor's own row.
 */
export async function setLanguage(actor: SessionUser | null, raw: unknown): Promise<Locale> {
  const { locale } = ZLanguageChoice.parse(raw);
  if (actor) await db.user.update({ where: { id: actor.id }, data: { locale }, select: { id: true } });
  return locale as Locale;
}
