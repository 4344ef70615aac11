"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/http/action";
import { ZId, ZResolveReportInput } from "@/lib/groups/feed/schemas";
import { resolveReport } from "@/lib/groups/feed/resolve-report";

export const resolveReportAction = formAction({
  // The slug only names the page to refresh; the report's own group is checked by the service.
  schema: ZResolveReportInput.safeExtend({ slug: z.string().trim().max(64), reportId: ZId }),
  handler: async ({ slug, reportId, ...input }, { user }) => {
    const data = await resolveReport(user, reportId, input);
    revalidatePath(`/groups/${slug}`, "layout");
    return {
      message:
        data.status === "RESOLVED" ? "Removed. The author will see your reason." : "Report dismissed. Nothing changed.",
      data,
    };
  },
});
