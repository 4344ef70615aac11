"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/http/action";
import { ZId } from "@/lib/groups/feed/schemas";
import { resolveMessageReport } from "@/lib/chat/resolve-message-report";
import { ZResolveMessageReportInput } from "@/lib/chat/schemas";

const DONE = {
  warn: "Warning sent to the author.",
  end: "The pairing has ended. Both participants were told, without the reason.",
  remove: "The author was removed from the group; their pairings ended.",
  dismiss: "Report dismissed. Nothing changed.",
} as const;

export const resolveMessageReportAction = formAction({
  // The slug only names the page to refresh; the report's own group is checked by the service.
  schema: ZResolveMessageReportInput.safeExtend({ slug: z.string().trim().max(64), reportId: ZId }),
  handler: async ({ slug, reportId, ...input }, { user }) => {
    const data = await resolveMessageReport(user, reportId, input);
    revalidatePath(`/groups/${slug}`, "layout");
    return { message: DONE[input.outcome], data };
  },
});
