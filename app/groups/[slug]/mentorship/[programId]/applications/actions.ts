"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/http/action";
import { ZSlug } from "@/lib/groups/schemas";
import { MAX_BULK_APPLICATIONS, ZDecision, ZId } from "@/lib/programs/schemas";
import { decideApplications } from "@/lib/programs/applications/decide-applications";
import { findApplications } from "@/lib/programs/applications/find-applications";
import { readQueueQuery, toServiceQuery } from "./query";

const DONE = { approve: "Approved", waitlist: "Waitlisted", decline: "Declined" } as const;

/**
 * Approve, waitlist or decline one application (the detail page) or the ticked ones (the queue), with an optional
 * message to the applicants. `ids` is a comma-separated list.
 */
export const decideApplicationsAction = formAction({
  schema: z.strictObject({
    slug: ZSlug,
    programId: ZId,
    ids: z.string().max(MAX_BULK_APPLICATIONS * 45),
    decision: ZDecision,
    message: z.string().max(2000).default(""),
  }),
  handler: async ({ slug, programId, ids, decision, message }, { user }) => {
    const list = ids
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean);
    const result = await decideApplications(user, programId, { ids: list, decision, message });
    revalidatePath(`/groups/${slug}/mentorship`, "layout");
    const n = result.decided;
    const what = n === 1 ? "1 application" : `${n} applications`;
    const skipped = result.skipped.length;
    const note = skipped
      ? ` ${skipped === 1 ? "1 was" : `${skipped} were`} left as ${skipped === 1 ? "it was" : "they were"} (already decided, withdrawn or matched).`
      : "";
    return {
      message: n === 0 ? `Nothing changed.${note}` : `${DONE[decision]} ${what}. We've let them know.${note}`,
      data: result,
    };
  },
});

/** The queue's next page, for "Load more": the same view as the page, from the cursor on. */
export const loadMoreApplicationsAction = formAction({
  schema: z.object({
    programId: ZId,
    cursor: z.string().max(200),
    role: z.string().max(20).optional(),
    state: z.string().max(20).optional(),
    topic: z.string().max(100).optional(),
    language: z.string().max(100).optional(),
    timeZone: z.string().max(100).optional(),
    q: z.string().max(200).optional(),
  }),
  handler: async ({ programId, cursor, ...raw }, { user }) => {
    const page = await findApplications(user, programId, toServiceQuery(readQueueQuery(raw), cursor));
    return { message: "", data: { items: page.items, nextCursor: page.nextCursor } };
  },
});
