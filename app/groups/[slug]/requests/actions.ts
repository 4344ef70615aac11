"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
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
    if (ids.length === 0)
      throw new AppError("INVALID_INPUT", (await getTranslations("groups.requests"))("selectFirst"));
    const result = await decideJoinRequests(user, slug, { ids, decision });
    revalidatePath(`/groups/${result.slug}`, "layout");
    const t = await getTranslations("groups.requests");
    const n = result.decided;
    return {
      message: n === 0 ? t("alreadyDecided") : decision === "approve" ? t("approved", { n }) : t("declined", { n }),
      data: result,
    };
  },
});
