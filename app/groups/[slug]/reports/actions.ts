"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { resolveReport } from "@/lib/groups/feed/resolve-report";

export const resolveReportAction = formAction({
  // The slug only names the page to refresh; the report's own group is checked by the service.
  handler: async ({ slug = "", reportId = "", ...input }, { user }) => {
    const data = await resolveReport(user, reportId, input);
    revalidatePath(`/groups/${slug}`, "layout");
    const t = await getTranslations("moderation.page");
    return {
      message: data.status === "RESOLVED" ? t("removed") : t("dismissed"),
      data,
    };
  },
});
