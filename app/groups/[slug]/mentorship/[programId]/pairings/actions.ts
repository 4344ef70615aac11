"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/http/action";
import { ZSlug } from "@/lib/groups/schemas";
import { ZId } from "@/lib/programs/schemas";
import { getApplication } from "@/lib/programs/applications/get-application";
import { endPairing } from "@/lib/pairings/end-pairing";
import { findPairings } from "@/lib/matching/find-pairings";
import { movePairing } from "@/lib/pairings/move-pairing";
import { readPairingsQuery, toServiceQuery } from "./query";

/**
 * The pairings list's actions. Every service resolves the pairing (or program) from its id and authorizes the
 * caller there; the slug only names the pages to refresh, the names only word the toast.
 */

const zName = z.string().trim().max(200).default("");
const zRaw = z.string().max(4000);

function refresh(slug: string) {
  revalidatePath(`/groups/${slug}/mentorship`, "layout");
}

export const endPairingAction = formAction({
  schema: z.object({
    slug: ZSlug,
    pairingId: ZId,
    reason: zRaw,
    mentee: z.string().max(20).default("rematch"),
    menteeName: zName,
    mentorName: zName,
  }),
  handler: async ({ slug, pairingId, menteeName, mentorName, ...input }, { user }) => {
    const result = await endPairing(user, pairingId, input);
    refresh(slug);
    const next = input.mentee === "waitlist" ? "is on the waitlist" : "is back on the matching board";
    return {
      message: `Ended the pairing of ${menteeName} and ${mentorName}. ${menteeName} ${next}; both have been told.`,
      data: result,
    };
  },
});

export const movePairingAction = formAction({
  schema: z.object({
    slug: ZSlug,
    pairingId: ZId,
    mentorApplicationId: z.string().max(200),
    introduction: z.string().max(20_000),
    reason: z.string().max(4000).default(""),
    menteeName: zName,
    mentorName: zName,
  }),
  handler: async ({ slug, pairingId, menteeName, mentorName, reason, ...input }, { user }) => {
    const result = await movePairing(user, pairingId, { ...input, ...(reason.trim() ? { reason } : {}) });
    refresh(slug);
    return { message: `Moved ${menteeName} to ${mentorName}. We've introduced them.`, data: result };
  },
});

/** The list's next page, for "Load more": the same view as the page, from the cursor on. */
export const loadMorePairingsAction = formAction({
  schema: z.object({
    programId: ZId,
    cursor: z.string().max(200),
    state: z.string().max(20).optional(),
    q: z.string().max(200).optional(),
  }),
  handler: async ({ programId, cursor, ...raw }, { user }) => {
    const page = await findPairings(user, programId, toServiceQuery(readPairingsQuery(raw), cursor));
    return { message: "", data: { items: page.items, nextCursor: page.nextCursor } };
  },
});

/**
 * What the move dialog needs to rank mentors and draft an introduction for a matched mentee: their application,
 * read as the program's reviewers read it, boiled down to the matching profile.
 */
export const menteeProfileAction = formAction({
  schema: z.object({ applicationId: ZId }),
  handler: async ({ applicationId }, { user }) => {
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
