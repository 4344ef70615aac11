"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/action";
import { resolveReport } from "@/lib/groups/feed/resolve-report";

export const resolveReportAction = formAction({
  // The slug only names the page to refresh; the report's own group is checked by the service.
  handler: async ({ slug = "", reportId = "", ...input }, { user }) => {
    const data = await resolveReport(user, reportId, input);
    revalidatePath(`/groups/${slug}`, "layout");
    return {
      message:
        data.status === "RESOLVED" ? "Removed. The author will see your reason." : "Report dismissed. Nothing changed.",
      data,
    };
  },
});
