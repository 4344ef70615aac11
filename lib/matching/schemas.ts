import { z } from "zod";
import { ZId } from "@/lib/programs/schemas";

export const ZMatchInput = z.strictObject({
  menteeApplicationId: ZId,
  mentorApplicationId: ZId,
  /** The admin's introduction: the pair's thread opens with it. */
  introduction: z
    .string({ message: "Write an introduction." })
    .trim()
    .min(1, "Write an introduction.")
    .max(4000, "Keep the introduction under 4000 characters.")
    // Browsers send a textarea's line breaks as \r\n; store one kind.
    .transform((s) => s.replace(/\r\n?/g, "\n")),
});
export type MatchInput = z.output<typeof ZMatchInput>;

const zIntroduction = ZMatchInput.shape.introduction;

/** The admin confirms the pairs of a cohort draft they reviewed: all of them are made, or none. */
export const ZConfirmCohortInput = z
  .strictObject({
    pairs: z
      .array(z.strictObject({ menteeApplicationId: ZId, mentorApplicationId: ZId, introduction: zIntroduction }), {
        message: "Choose the pairs to confirm.",
      })
      .min(1, "Keep at least one pair to confirm.")
      .max(500, "Confirm at most 500 pairs at a time."),
  })
  .superRefine(({ pairs }, ctx) => {
    const seen = new Set<string>();
    pairs.forEach((pair, i) => {
      if (seen.has(pair.menteeApplicationId))
        ctx.addIssue({ code: "custom", path: ["pairs", i], message: "A mentee appears twice in the cohort." });
      seen.add(pair.menteeApplicationId);
    });
  });
export type ConfirmCohortInput = z.output<typeof ZConfirmCohortInput>;

const zReason = z
  .string({ message: "Say why the pairing ends." })
  .trim()
  .min(1, "Say why the pairing ends (only admins will see it).")
  .max(1000, "Keep the reason under 1000 characters.")
  .transform((s) => s.replace(/\r\n?/g, "\n"));

/** Ending early: the reason stays with the admins; the mentee goes back to the board, or to the waitlist. */
export const ZEndPairingInput = z.strictObject({
  reason: zReason,
  mentee: z.enum(["rematch", "waitlist"], { message: "Choose what happens to the mentee." }).default("rematch"),
});
export type EndPairingInput = z.output<typeof ZEndPairingInput>;

/** Moving a mentee to another mentor ends their pairing and makes the new one in one step. */
export const ZMovePairingInput = z.strictObject({
  mentorApplicationId: ZId,
  introduction: zIntroduction,
  reason: zReason.optional(),
});
export type MovePairingInput = z.output<typeof ZMovePairingInput>;

export const ZExclusionInput = z.strictObject({
  menteeApplicationId: ZId,
  mentorApplicationId: ZId,
  excluded: z.boolean({ message: "Say whether to exclude the mentor." }),
});
export type ExclusionInput = z.output<typeof ZExclusionInput>;

export const ZSuggestionsQuery = z.strictObject({
  menteeApplicationId: ZId,
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

export const PAIRING_STATES = ["ACTIVE", "COMPLETED", "ENDED"] as const;
export const ZPairingsQuery = z.strictObject({
  state: z.enum(PAIRING_STATES, { message: "Choose active, completed or ended." }).optional(),
  q: z.string().trim().max(100, "Search with fewer than 100 characters.").optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type PairingsQuery = z.output<typeof ZPairingsQuery>;
