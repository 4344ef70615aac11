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
    .max(4000, "Keep the introduction under 4000 characters."),
});
export type MatchInput = z.output<typeof ZMatchInput>;
