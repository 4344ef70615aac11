"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction, type ActionState } from "@/lib/http/action";
import { jsonField } from "@/lib/http/json-field";
import { booleanField } from "@/lib/http/form-fields";
import { setFlash } from "@/lib/request/flash";
import { matchPair } from "@/lib/matching/match-pair";
import { setExclusion } from "@/lib/matching/set-exclusion";
import { setMatchingWeights } from "@/lib/matching/set-weights";
import { confirmCohort } from "@/lib/matching/confirm-cohort";

/**
 * The matching board's and the cohort draft's actions. Every service parses its own input and authorizes the
 * caller on the program; the slug only names the pages to refresh, and the names only word the toast.
 */

/** A name for the toast only, as the form shows it. */
const nameOf = (name = "") => name.trim().slice(0, 200);

function refresh(slug: string) {
  revalidatePath(`/groups/${slug}/mentorship`, "layout");
}

export const matchPairAction = formAction({
  handler: async (values, { user }) => {
    const { slug = "", programId = "", menteeApplicationId, mentorApplicationId, introduction } = values;
    const result = await matchPair(user, programId, { menteeApplicationId, mentorApplicationId, introduction });
    refresh(slug);
    const t = await getTranslations("matching.toast");
    return {
      message: t("matched", { mentee: nameOf(values.menteeName), mentor: nameOf(values.mentorName) }),
      data: result,
    };
  },
});

export const setExclusionAction = formAction({
  handler: async (values, { user }) => {
    const { slug = "", programId = "", menteeApplicationId, mentorApplicationId, excluded } = values;
    const [menteeName, mentorName] = [nameOf(values.menteeName), nameOf(values.mentorName)];
    const ids = { menteeApplicationId, mentorApplicationId };
    const result = await setExclusion(user, programId, { ...ids, excluded: booleanField(excluded) });
    refresh(slug);
    const t = await getTranslations("matching.toast");
    return {
      message: t(result.excluded ? "excluded" : "included", { mentor: mentorName, mentee: menteeName }),
      data: { ...ids, menteeName, mentorName, ...result },
    };
  },
});

type State = ActionState<unknown>;

/** The weights panel sends its six numbers as JSON; the page binds the slug and the program. */
export async function saveWeightsAction(slug: string, programId: string, prev: State, formData: FormData) {
  const run = formAction({
    handler: async (values, { user }) => {
      const saved = await setMatchingWeights(user, programId, jsonField(values));
      refresh(slug);
      const t = await getTranslations("matching.toast");
      return { message: t("weightsSaved"), data: saved };
    },
  });
  return run(prev as Parameters<typeof run>[0], formData);
}

/**
 * Confirms the pairs the admin kept from a cohort draft: all of them or none. On success, the pairings list with
 * a toast; on a refusal the draft stays as the admin left it, and `fields` name the pair ("pairs.3").
 */
export async function confirmCohortAction(slug: string, programId: string, prev: State, formData: FormData) {
  const run = formAction({
    handler: async (values, { user }) => {
      const result = await confirmCohort(user, programId, jsonField(values));
      refresh(slug);
      const t = await getTranslations("cohort");
      await setFlash(t("confirmed", { count: result.created }));
      redirect(`/groups/${slug}/mentorship/${programId}/pairings`);
    },
  });
  return run(prev as Parameters<typeof run>[0], formData);
}
