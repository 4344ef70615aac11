"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { updateProfile } from "@/lib/accounts/update-profile";
import { setLanguage } from "@/lib/accounts/set-language";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";

export const updateProfileAction = formAction({
  handler: async (input, { user }) => {
    const profile = await updateProfile(user, input);
    revalidatePath("/", "layout");
    return { message: (await getTranslations("settings.profile"))("saved"), data: profile };
  },
});

/**
 * The profile's language choice: saved on the member (it follows them to every device and their emails) through the
 * footer switcher's service, and kept in this browser's cookie as the switcher does. The whole app re-renders in it.
 */
export const setProfileLanguageAction = formAction({
  handler: async ({ locale }, { user }) => {
    const chosen = await setLanguage(user, { locale });
    (await cookies()).set(LOCALE_COOKIE, chosen, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    revalidatePath("/", "layout");
    // Said in the language just chosen: this request's own language was resolved before the change.
    const t = await getTranslations({ locale: chosen, namespace: "settings.language" });
    return { message: t("saved"), data: { locale: chosen } };
  },
});
