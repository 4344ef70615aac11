"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { withdrawApplication } from "@/lib/programs/applications/withdraw-application";

/** The applicant withdraws their own application, or discards a draft (the service refuses anyone else's). */
export const withdrawApplicationAction = formAction({
  handler: async ({ slug = "", applicationId = "", draft }, { user }) => {
    const result = await withdrawApplication(user, applicationId);
    revalidatePath(`/groups/${slug}/mentorship`, "layout");
    const t = await getTranslations("programs.myApplication");
    return { message: draft ? t("discarded") : t("withdrawn"), data: result };
  },
});
