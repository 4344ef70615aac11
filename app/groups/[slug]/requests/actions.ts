"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { formAction } from "@/lib/http/action";
import { decideJoinRequests } from "@/lib/groups/members/decide-join-requests";
import { MAX_BULK_IDS } from "@/lib/groups/members/schemas";
import { ZSlug } from "@/lib/groups/schemas";

/**
 * The queue is one form. The button pressed says what to do: "approve:<id>" / "decline:<id>" for one request, or
 * "approve:selected" / "decline:selected" for the ticked ones (sent as a comma-separated list).
 */
export const decideRequestsAction = formAction({
  schema: z.strictObject({
    slug: ZSlug,
    act: z.string().regex(/^(approve|decline):[\w-]{1,64}$/, "Choose approve or decline."),
    selected: z
      .string()
      .max(MAX_BULK_IDS * 70)
      .default(""),
  }),
  handler: async ({ slug, act, selected }, { user }) => {
    const [decision, target] = act.split(":") as ["approve" | "decline", string];
    const ids =
      target === "selected"
        ? selected
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : [target];
    if (ids.length === 0) throw new AppError("INVALID_INPUT", "Select at least one request first.");
    const result = await decideJoinRequests(user, slug, { ids, decision });
    revalidatePath(`/groups/${result.slug}`, "layout");
    const n = result.decided;
    const what = n === 1 ? "1 request" : `${n} requests`;
    return {
      message:
        n === 0
          ? "Those requests were already decided."
          : decision === "approve"
            ? `Approved ${what}. Welcome them in!`
            : `Declined ${what}.`,
      data: result,
    };
  },
});
