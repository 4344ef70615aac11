"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { saveCheckIn } from "@/lib/pairings/save-check-in";
import { leavePairing, proposeCompletion } from "@/lib/pairings/finish-pairing";
import { giveFeedback } from "@/lib/pairings/give-feedback";

// The forms send strings; the services parse them with their own schemas, once (decision 022).

function refresh(pairingId: string) {
  revalidatePath(`/pairings/${pairingId}`);
  revalidatePath("/mentorships");
}

/** Write or edit your check-in on a step (until the step completes); on the goal step, the pair's goal too. */
export const saveCheckInAction = formAction({
  handler: async ({ pairingId = "", stepId, reflection = "", rating, goal }, { user }) => {
    const input = { stepId, reflection, ...(rating === undefined ? {} : { rating }) };
    const result = await saveCheckIn(user, pairingId, { ...input, ...(goal?.trim() ? { goal } : {}) });
    refresh(pairingId);
    const t = await getTranslations("pairings.actions");
    return {
      message: result.complete ? t("checkedInComplete") : result.created ? t("checkedIn") : t("updated"),
      data: result,
    };
  },
});

/** Propose completing the mentorship, or confirm the other's proposal (which completes it). */
export const proposeCompletionAction = formAction({
  handler: async ({ pairingId = "" }, { user }) => {
    const result = await proposeCompletion(user, pairingId);
    refresh(pairingId);
    const t = await getTranslations("pairings.actions");
    return {
      message: result.state === "COMPLETED" ? t("completed") : t("proposed"),
      data: result,
    };
  },
});

/** End the mentorship early, with a reason for the admins only. */
export const leavePairingAction = formAction({
  handler: async ({ pairingId = "", reason = "" }, { user }) => {
    const result = await leavePairing(user, pairingId, { reason });
    refresh(pairingId);
    const t = await getTranslations("pairings.actions");
    return { message: t("ended"), data: result };
  },
});

/** Feedback once the mentorship is complete: anonymous to the admins unless "share my name" is ticked. */
export const giveFeedbackAction = formAction({
  handler: async ({ pairingId = "", rating, recommend, comment = "", shareName }, { user }) => {
    const input = {
      ...(rating === undefined ? {} : { rating }),
      ...(recommend === undefined ? {} : { recommend }),
      comment,
    };
    const result = await giveFeedback(user, pairingId, { ...input, anonymous: shareName !== "on" });
    refresh(pairingId);
    const t = await getTranslations("pairings.actions");
    return { message: t("feedback"), data: result };
  },
});
