"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { booleanField } from "@/lib/http/form-fields";
import { setProgramWatch } from "@/lib/programs/set-watch";

/** "Tell me when a program opens": the switch sends the value it turns to. */
export const setWatchAction = formAction({
  handler: async ({ slug = "", watching }, { user }) => {
    const result = await setProgramWatch(user, slug, { watching: booleanField(watching) });
    revalidatePath(`/groups/${result.slug}/mentorship`);
    const t = await getTranslations("programs.tab");
    return { message: result.watching ? t("watchOn") : t("watchOff"), data: result };
  },
});
