"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { setLanguage } from "@/lib/accounts/set-language";
import { toAppError } from "@/lib/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";

/**
 * The footer's language switcher: a plain form post, so it works without JavaScript. The page re-renders in the
 * chosen language at the same URL. A language not offered changes nothing (the buttons only send offered ones).
 */
export async function setLanguageAction(formData: FormData): Promise<void> {
  let locale;
  try {
    locale = await setLanguage(await getCurrentUser(), { locale: formData.get("locale") });
  } catch (error) {
    if (toAppError(error).code === "INVALID_INPUT") return;
    throw error;
  }
  // A year: the choice of someone without an account, on this browser (members' is on their profile too).
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  revalidatePath("/", "layout");
}
