"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { updatePreferences } from "@/lib/notifications/preferences";

export const updatePreferencesAction = formAction({
  handler: async (input, { user }) => {
    await updatePreferences(user, input);
    revalidatePath("/settings/notifications");
    return { message: (await getTranslations("settings.notifications"))("saved"), data: null };
  },
});
