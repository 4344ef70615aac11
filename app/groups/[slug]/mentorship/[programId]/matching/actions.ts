"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, type ActionState } from "@/lib/http/action";
import { jsonField } from "@/lib/http/json-field";
import { setFlash } from "@/lib/request/flash";
import { ZSlug } from "@/lib/groups/schemas";
import { ZId } from "@/lib/programs/schemas";
import { matchPair } from "@/lib/matching/match-pair";
import { setExclusion } from "@/lib/matching/set-exclusion";
import { setMatchingWeights } from "@/lib/matching/set-weights";
import { confirmCohort } from "@/lib/matching/confirm-cohort";

/**
 * The matching board's and the cohort draft's actions. Every service parses its own input and authorizes the
 * caller on the program; the slug only names the pages to refresh, and the names only word the toast.
 */

const zName = z.string().trim().max(200).default("");
// Ids pass through as text: the services' own schemas word what is wrong with them.
const zRaw = z.string().max(200);
// Text passes through as typed: the services' schemas trim it and store one kind of line break.
const zText = (max: number) => z.string().max(max);

function refresh(slug: string) {
  revalidatePath(`/groups/${ZSlug.parse(slug)}/mentorship`, "layout");
}

export const matchPairAction = formAction({
  schema: z.object({
    slug: ZSlug,
    programId: ZId,
    menteeApplicationId: zRaw,
    mentorApplicationId: zRaw,
    introduction: zText(20_000),
    menteeName: zName,
    mentorName: zName,
  }),
  handler: async ({ slug, programId, menteeName, mentorName, ...input }, { user }) => {
    const result = await matchPair(user, programId, input);
    refresh(slug);
    return { message: `Matched ${menteeName} with ${mentorName}. We've introduced them.`, data: result };
  },
});

export const setExclusionAction = formAction({
  schema: z.object({
    slug: ZSlug,
    programId: ZId,
    menteeApplicationId: zRaw,
    mentorApplicationId: zRaw,
    excluded: z.enum(["true", "false"]),
    menteeName: zName,
    mentorName: zName,
  }),
  handler: async ({ slug, programId, menteeName, mentorName, excluded, ...ids }, { user }) => {
    const result = await setExclusion(user, programId, { ...ids, excluded: excluded === "true" });
    refresh(slug);
    return {
      message: result.excluded
        ? `${mentorName} won't be suggested for ${menteeName}.`
        : `${mentorName} can be suggested for ${menteeName} again.`,
      data: { ...ids, menteeName, mentorName, ...result },
    };
  },
});

type State = ActionState<unknown>;

/** The weights panel sends its six numbers as JSON; the page binds the slug and the program. */
export async function saveWeightsAction(slug: string, programId: string, prev: State, formData: FormData) {
  const run = formAction({
    schema: jsonField(z.unknown()),
    handler: async (weights, { user }) => {
      const saved = await setMatchingWeights(user, ZId.parse(programId), weights);
      refresh(slug);
      return { message: "Weights saved. Suggestions and cohort drafts now use them.", data: saved };
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
    schema: jsonField(z.unknown()),
    handler: async (input, { user }) => {
      const result = await confirmCohort(user, ZId.parse(programId), input);
      refresh(slug);
      const n = result.created;
      await setFlash(`Confirmed ${n} ${n === 1 ? "pair" : "pairs"}. We've introduced everyone.`);
      redirect(`/groups/${ZSlug.parse(slug)}/mentorship/${programId}/pairings`);
    },
  });
  return run(prev as Parameters<typeof run>[0], formData);
}
