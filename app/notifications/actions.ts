"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { markRead } from "@/lib/notifications/mark-read";

export const markAllReadAction = formAction({
  handler: async (_input, { user }) => {
    const result = await markRead(user, { all: true });
    revalidatePath("/notifications");
    const t = await getTranslations("notificationsPage");
    return { message: t("markedAll"), data: result };
  },
});
