"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { nudgePairing } from "@/lib/pairings/nudge-pairing";
import { completeByAdmin } from "@/lib/pairings/finish-pairing";

const refresh = (slug: string, programId: string) => revalidatePath(`/groups/${slug}/mentorship/${programId}/progress`);

/** One click: a friendly note to both participants of a quiet pair, at most once a day. */
export const nudgePairingAction = formAction({
  handler: async ({ slug = "", programId = "", pairingId = "" }, { user }) => {
    const result = await nudgePairing(user, pairingId);
    refresh(slug, programId);
    const t = await getTranslations("progress");
    return {
      message: t(result.nudged ? "nudged" : "alreadyNudged"),
      data: result,
    };
  },
});

/** An admin completes a pairing (when the pair forgot to): both are asked for feedback. */
export const completePairingAction = formAction({
  handler: async ({ slug = "", programId = "", pairingId = "" }, { user }) => {
    const result = await completeByAdmin(user, pairingId);
    refresh(slug, programId);
    revalidatePath(`/groups/${slug}/mentorship/${programId}`, "layout");
    const t = await getTranslations("progress");
    return { message: t("completed"), data: result };
  },
});
