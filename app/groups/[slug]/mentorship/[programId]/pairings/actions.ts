"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { getApplication } from "@/lib/programs/applications/get-application";
import { endPairing } from "@/lib/pairings/end-pairing";
import { findPairings } from "@/lib/matching/find-pairings";
import { movePairing } from "@/lib/pairings/move-pairing";
import { readPairingsQuery, toServiceQuery } from "./query";

/**
 * The pairings list's actions. Every service resolves the pairing (or program) from its id and authorizes the
 * caller there; the slug only names the pages to refresh, the names only word the toast.
 */

/** A name for the toast only, as the form shows it. */
const nameOf = (name = "") => name.trim().slice(0, 200);

function refresh(slug: string) {
  revalidatePath(`/groups/${slug}/mentorship`, "layout");
}

export const endPairingAction = formAction({
  handler: async (values, { user }) => {
    const { slug = "", pairingId = "", reason, mentee = "rematch" } = values;
    const [menteeName, mentorName] = [nameOf(values.menteeName), nameOf(values.mentorName)];
    const input = { reason, mentee };
    const result = await endPairing(user, pairingId, input);
    refresh(slug);
    const t = await getTranslations("adminPairings.toast");
    return {
      message: t("ended", { mentee: menteeName, mentor: mentorName, next: input.mentee }),
      data: result,
    };
  },
});

export const movePairingAction = formAction({
  handler: async (values, { user }) => {
    const { slug = "", pairingId = "", mentorApplicationId, introduction, reason = "" } = values;
    const input = { mentorApplicationId, introduction, ...(reason.trim() ? { reason } : {}) };
    const result = await movePairing(user, pairingId, input);
    refresh(slug);
    const t = await getTranslations("adminPairings.toast");
    return {
      message: t("moved", { mentee: nameOf(values.menteeName), mentor: nameOf(values.mentorName) }),
      data: result,
    };
  },
});

/** The list's next page, for "Load more": the same view as the page, from the cursor on. */
export const loadMorePairingsAction = formAction({
  handler: async ({ programId = "", cursor, state, q }, { user }) => {
    const page = await findPairings(user, programId, toServiceQuery(readPairingsQuery({ state, q }), cursor));
    return { message: "", data: { items: page.items, nextCursor: page.nextCursor } };
  },
});

/**
 * What the move dialog needs to rank mentors and draft an introduction for a matched mentee: their application,
 * read as the program's reviewers read it, boiled down to the matching profile.
 */
export const menteeProfileAction = formAction({
  handler: async ({ applicationId = "" }, { user }) => {
    const a = await getApplication(user, applicationId);
    const text = a.answers
      .filter((q) => (q.kind === "LONG_TEXT" || q.kind === "SHORT_TEXT") && typeof q.answer === "string")
      .map((q) => q.answer as string)
      .join("\n");
    return {
      message: "",
      data: {
        applicationId: a.id,
        userId: a.applicant.id,
        name: a.applicant.name,
        topics: a.topics,
        languages: a.languages,
        timeZone: a.timeZone,
        cadence: a.cadence,
        text,
      },
    };
  },
});
