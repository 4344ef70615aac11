"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { setFlash } from "@/lib/request/flash";
import { signOut } from "@/lib/auth/config";
import { requestAccountDeletion } from "@/lib/accounts/deletion/request-deletion";
import { requestDataExport } from "@/lib/accounts/export/request-export";
import { DATE, formatDate } from "@/lib/time";

export const requestDeletionAction = formAction({
  secretFields: ["confirmation"],
  handler: async ({ confirmation }, { user }) => {
    const { dueAt } = await requestAccountDeletion(user, { confirmation });
    const [t, locale] = await Promise.all([getTranslations("settings.privacy"), getLocale()]);
    await setFlash(t("deletionScheduled", { date: formatDate(dueAt, user.timeZone, DATE, locale) }));
    // Every session has ended already (the session version moved); this clears this browser's cookie too.
    return signOut({ redirectTo: "/" });
  },
});

export const requestExportAction = formAction({
  secretFields: ["confirmation"],
  handler: async ({ confirmation }, { user }) => {
    await requestDataExport(user, { confirmation });
    revalidatePath("/settings/privacy");
    return { message: (await getTranslations("settings.privacy"))("exportRequested"), data: null };
  },
});
