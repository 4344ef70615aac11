import { z } from "zod";
import { ZId } from "@/lib/programs/schemas";
import { vk } from "@/lib/i18n/zod-messages";

export const ZCheckInInput = z.strictObject({
  stepId: ZId,
  reflection: z
    .string({ message: vk("validation.pairings.reflection") })
    .trim()
    .min(1, vk("validation.pairings.reflection"))
    .max(2000, vk("validation.pairings.reflectionTooLong")),
  rating: z.coerce
    .number({ message: vk("validation.pairings.rating") })
    .int(vk("validation.pairings.rating"))
    .min(1, vk("validation.pairings.rating"))
    .max(5, vk("validation.pairings.rating")),
  /** The goal step only: the goal the pair agreed on. */
  goal: z.string().trim().max(500, vk("validation.pairings.goalTooLong")).optional(),
});
export type CheckInInput = z.output<typeof ZCheckInInput>;

const zReason = z
  .string({ message: vk("validation.pairings.sayWhyLeaving") })
  .trim()
  .min(1, vk("validation.pairings.sayWhyLeavingAdmins"))
  .max(1000, vk("validation.pairings.reasonTooLong"));

/** A participant ends early: the reason goes to the admins, never to the other participant. */
export const ZLeavePairingInput = z.strictObject({ reason: zReason });

export const ZFeedbackInput = z.strictObject({
  rating: z.coerce
    .number({ message: vk("validation.pairings.feedbackRating") })
    .int(vk("validation.pairings.feedbackRating"))
    .min(1, vk("validation.pairings.feedbackRating"))
    .max(5, vk("validation.pairings.feedbackRating")),
  recommend: z.coerce
    .number({ message: vk("validation.pairings.recommend") })
    .int(vk("validation.pairings.recommendWhole"))
    .min(0, vk("validation.pairings.recommend"))
    .max(10, vk("validation.pairings.recommend")),
  comment: z.string().trim().max(2000, vk("validation.pairings.commentTooLong")).default(""),
  /** Show the comment to the admins without your name. */
  anonymous: z.boolean().default(true),
});
export type FeedbackInput = z.output<typeof ZFeedbackInput>;

export const ZNudgeInput = z.strictObject({
  message: z.string().trim().max(1000, vk("validation.pairings.messageTooLong")).optional(),
});

export const PAIR_SORTS = ["lastActivity", "progress", "started", "rating", "mentor", "mentee"] as const;
export const ZDashboardQuery = z.strictObject({
  state: z.enum(["ACTIVE", "COMPLETED", "ENDED"]).optional(),
  // A query string says "true"/"false"; a caller in code passes the boolean. Both mean the same, so the schema
  // accepts its own output (parse once, decision 022).
  stalled: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(PAIR_SORTS).default("lastActivity"),
  dir: z.enum(["asc", "desc"]).default("desc"),
  /** 1-based; a page past the last reads as the last. */
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type DashboardQuery = z.output<typeof ZDashboardQuery>;
