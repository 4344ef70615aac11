import { z } from "zod";
import { ZId } from "@/lib/programs/schemas";

export const ZCheckInInput = z.strictObject({
  stepId: ZId,
  reflection: z
    .string({ message: "Write a few words about this step." })
    .trim()
    .min(1, "Write a few words about this step.")
    .max(2000, "Keep your reflection under 2000 characters."),
  rating: z.coerce
    .number({ message: "Choose how it is going, from 1 to 5." })
    .int("Choose how it is going, from 1 to 5.")
    .min(1, "Choose how it is going, from 1 to 5.")
    .max(5, "Choose how it is going, from 1 to 5."),
  /** The goal step only: the goal the pair agreed on. */
  goal: z.string().trim().max(500, "Keep the goal under 500 characters.").optional(),
});
export type CheckInInput = z.output<typeof ZCheckInInput>;

const zReason = z
  .string({ message: "Say why you are ending the mentorship." })
  .trim()
  .min(1, "Say why you are ending the mentorship (only the admins will read it).")
  .max(1000, "Keep the reason under 1000 characters.");

/** A participant ends early: the reason goes to the admins, never to the other participant. */
export const ZLeavePairingInput = z.strictObject({ reason: zReason });

export const ZFeedbackInput = z.strictObject({
  rating: z.coerce
    .number({ message: "Rate the mentorship from 1 to 5." })
    .int("Rate the mentorship from 1 to 5.")
    .min(1, "Rate the mentorship from 1 to 5.")
    .max(5, "Rate the mentorship from 1 to 5."),
  recommend: z.coerce
    .number({ message: "Choose from 0 to 10." })
    .int("Choose a whole number from 0 to 10.")
    .min(0, "Choose from 0 to 10.")
    .max(10, "Choose from 0 to 10."),
  comment: z.string().trim().max(2000, "Keep the comment under 2000 characters.").default(""),
  /** Show the comment to the admins without your name. */
  anonymous: z.boolean().default(true),
});
export type FeedbackInput = z.output<typeof ZFeedbackInput>;

export const ZNudgeInput = z.strictObject({
  message: z.string().trim().max(1000, "Keep the message under 1000 characters.").optional(),
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
});
export type DashboardQuery = z.output<typeof ZDashboardQuery>;
