"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { setFlash } from "@/lib/request/flash";
import { decideApplications } from "@/lib/programs/applications/decide-applications";
import { findApplications } from "@/lib/programs/applications/find-applications";
import { findNextApplication } from "@/lib/programs/applications/find-next-application";
import { decisionReport } from "./decision-report";
import { readQueueQuery, toServiceQuery, viewSearch } from "./query";

/**
 * Approve, waitlist or decline one application (the detail page) or the ticked ones (the queue, of either role),
 * with an optional message to the applicants. `ids` is a comma-separated list. With `then=next` (one application,
 * "Decide and next"), a decision taken moves on to the next application of the same view of the queue, or says
 * the view is empty (`queueEmpty`).
 */
export const decideApplicationsAction = formAction({
  handler: async ({ slug = "", programId = "", ids = "", decision, message = "", then, ...view }, { user }) => {
    const list = ids
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean);
    const result = await decideApplications(user, programId, { ids: list, decision, message });
    revalidatePath(`/groups/${slug}/mentorship`, "layout");
    const t = await getTranslations("applications.report");
    const report = decisionReport(result, (key, values) => t(key, values), await getLocale());
    let queueEmpty = false;
    if (then === "next" && list.length === 1 && result.decided > 0) {
      const query = readQueueQuery(view);
      const next = await findNextApplication(user, programId, list[0]!, toServiceQuery(query));
      if (next) {
        await setFlash(report);
        redirect(`/groups/${slug}/mentorship/${programId}/applications/${next}${viewSearch(query)}`);
      }
      queueEmpty = true;
    }
    return { message: report, data: { ...result, queueEmpty } };
  },
});

/** The queue's next page, for "Load more": the same view as the page, from the cursor on. */
export const loadMoreApplicationsAction = formAction({
  handler: async ({ programId = "", cursor, ...raw }, { user }) => {
    const page = await findApplications(user, programId, toServiceQuery(readQueueQuery(raw), cursor));
    return { message: "", data: { items: page.items, nextCursor: page.nextCursor } };
  },
});
