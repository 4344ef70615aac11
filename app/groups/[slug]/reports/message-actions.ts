"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { resolveMessageReport } from "@/lib/chat/resolve-message-report";

export const resolveMessageReportAction = formAction({
  // The slug only names the page to refresh; the report's own group is checked by the service.
  handler: async ({ slug = "", reportId = "", ...input }, { user }) => {
    const data = await resolveMessageReport(user, reportId, input);
    revalidatePath(`/groups/${slug}`, "layout");
    // The service accepted the outcome, so it is one of warn, end, remove and dismiss.
    const t = await getTranslations("moderation.page");
    return { message: t("messageDone", { outcome: String(input.outcome) }), data };
  },
});
