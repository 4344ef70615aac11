"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/action";
import { resolveMessageReport } from "@/lib/chat/resolve-message-report";

const DONE = {
  warn: "Warning sent to the author.",
  end: "The pairing has ended. Both participants were told, without the reason.",
  remove: "The author was removed from the group; their pairings ended.",
  dismiss: "Report dismissed. Nothing changed.",
} as const;

export const resolveMessageReportAction = formAction({
  // The slug only names the page to refresh; the report's own group is checked by the service.
  handler: async ({ slug = "", reportId = "", ...input }, { user }) => {
    const data = await resolveMessageReport(user, reportId, input);
    revalidatePath(`/groups/${slug}`, "layout");
    // The service accepted the outcome, so it is one of these.
    return { message: DONE[input.outcome as keyof typeof DONE], data };
  },
});
