"use server";

import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { formAction } from "@/lib/http/action";
import { decideJoinRequests } from "@/lib/groups/members/decide-join-requests";

/**
 * The queue is one form. The button pressed says what to do: "approve:<id>" / "decline:<id>" for one request, or
 * "approve:selected" / "decline:selected" for the ticked ones (sent as a comma-separated list).
 */
export const decideRequestsAction = formAction({
  handler: async ({ slug = "", act = "", selected = "" }, { user }) => {
    // The service checks the decision and the ids; this only reads which button was pressed.
    const [decision, target = ""] = act.split(":");
    const ids =
      target === "selected"
        ? selected
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : [target].filter(Boolean);
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
