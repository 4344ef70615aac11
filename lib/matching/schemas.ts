import { z } from "zod";
import { ZId } from "@/lib/programs/schemas";
import { vk } from "@/lib/i18n/zod-messages";

export const ZMatchInput = z.strictObject({
  menteeApplicationId: ZId,
  mentorApplicationId: ZId,
  /** The admin's introduction: the pair's thread opens with it. */
  introduction: z
    .string({ message: vk("validation.matching.introduction") })
    .trim()
    .min(1, vk("validation.matching.introduction"))
    .max(4000, vk("validation.matching.introductionTooLong"))
    // Browsers send a textarea's line breaks as \r\n; store one kind.
    .transform((s) => s.replace(/\r\n?/g, "\n")),
  /** Match even though the pair breaks one of the program's hard rules: said on purpose, and audited. */
  overrideRules: z.boolean({ message: vk("validation.matching.overrideRules") }).optional(),
});
export type MatchInput = z.output<typeof ZMatchInput>;

const zIntroduction = ZMatchInput.shape.introduction;

/** The admin confirms the pairs of a cohort draft they reviewed: all of them are made, or none. */
export const ZConfirmCohortInput = z
  .strictObject({
    pairs: z
      .array(z.strictObject({ menteeApplicationId: ZId, mentorApplicationId: ZId, introduction: zIntroduction }), {
        message: vk("validation.matching.choosePairs"),
      })
      .min(1, vk("validation.matching.keepOnePair"))
      .max(500, vk("validation.matching.tooManyPairs")),
  })
  .superRefine(({ pairs }, ctx) => {
    const seen = new Set<string>();
    pairs.forEach((pair, i) => {
      if (seen.has(pair.menteeApplicationId))
        ctx.addIssue({ code: "custom", path: ["pairs", i], message: vk("validation.matching.menteeTwice") });
      seen.add(pair.menteeApplicationId);
    });
  });
export type ConfirmCohortInput = z.output<typeof ZConfirmCohortInput>;

const zReason = z
  .string({ message: vk("validation.matching.sayWhyEnds") })
  .trim()
  .min(1, vk("validation.matching.sayWhyEndsAdmins"))
  .max(1000, vk("validation.matching.reasonTooLong"))
  .transform((s) => s.replace(/\r\n?/g, "\n"));

/** Ending early: the reason stays with the admins; the mentee goes back to the board, or to the waitlist. */
export const ZEndPairingInput = z.strictObject({
  reason: zReason,
  mentee: z.enum(["rematch", "waitlist"], { message: vk("validation.matching.menteeNext") }).default("rematch"),
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
  excluded: z.boolean({ message: vk("validation.matching.exclude") }),
});
export type ExclusionInput = z.output<typeof ZExclusionInput>;

export const ZSuggestionsQuery = z.strictObject({
  menteeApplicationId: ZId,
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

export const PAIRING_STATES = ["ACTIVE", "COMPLETED", "ENDED"] as const;
export const ZPairingsQuery = z.strictObject({
  state: z.enum(PAIRING_STATES, { message: vk("validation.matching.pairingState") }).optional(),
  q: z.string().trim().max(100, vk("validation.matching.searchTooLong")).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type PairingsQuery = z.output<typeof ZPairingsQuery>;
