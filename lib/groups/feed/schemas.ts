import { z } from "zod";
import { fieldErrorsFromZod, invalid } from "@/lib/errors";

export const FEED_PAGE_SIZE = 20;
export const MAX_POST_LENGTH = 5000;
export const MAX_COMMENT_LENGTH = 2000;

export const REACTION_KINDS = ["LIKE", "LOVE", "CARE", "HAHA", "WOW", "SAD"] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export const REPORT_REASONS = ["SPAM", "HARASSMENT", "HATE", "MISINFORMATION", "OFF_TOPIC", "OTHER"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

const body = (what: string, max: number) =>
  z
    .string({ message: `Write ${what}.` })
    .trim()
    .min(1, `Write ${what}.`)
    .max(max, `Keep it under ${max} characters.`);

/** Ids come from URLs and forms; a cuid is 25 characters, anything far longer is not one of ours. */
export const ZId = z.string({ message: "Missing id." }).trim().min(1, "Missing id.").max(64, "Not a valid id.");

export const ZPostCreateInput = z.strictObject({ body: body("your post", MAX_POST_LENGTH) });
export type PostCreateInput = z.infer<typeof ZPostCreateInput>;

export const ZPostUpdateInput = z.strictObject({ body: body("your post", MAX_POST_LENGTH) });
export type PostUpdateInput = z.infer<typeof ZPostUpdateInput>;

/** The post comes from the route or the action's argument, never from this body. */
export const ZCommentCreateInput = z.strictObject({
  body: body("a comment", MAX_COMMENT_LENGTH),
  parentId: ZId.optional(),
});
export type CommentCreateInput = z.infer<typeof ZCommentCreateInput>;

export const ZCommentUpdateInput = z.strictObject({ body: body("a comment", MAX_COMMENT_LENGTH) });
export type CommentUpdateInput = z.infer<typeof ZCommentUpdateInput>;

export const ZReactionInput = z.strictObject({
  kind: z.enum(REACTION_KINDS, { message: "Choose a reaction." }),
});
export type ReactionInput = z.infer<typeof ZReactionInput>;

export const ZRemoveInput = z.strictObject({
  reason: z
    .string({ message: "Give a reason." })
    .trim()
    .min(3, "Give a reason of at least 3 characters; the author will see it.")
    .max(500, "Keep the reason under 500 characters."),
});
export type RemoveInput = z.infer<typeof ZRemoveInput>;

const optionalNote = z
  .string()
  .trim()
  .max(1000, "Keep the note under 1000 characters.")
  .optional()
  .transform((v) => (v ? v : undefined));

export const ZReportInput = z.strictObject({
  reason: z.enum(REPORT_REASONS, { message: "Choose a reason." }),
  note: optionalNote,
});
export type ReportInput = z.infer<typeof ZReportInput>;

export const ZResolveReportInput = z
  .strictObject({
    outcome: z.enum(["remove", "dismiss"], { message: "Choose remove or dismiss." }),
    reason: z.string().trim().max(500, "Keep the reason under 500 characters.").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "remove" && (v.reason ?? "").length < 3)
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: "Give a reason of at least 3 characters; the author will see it.",
      });
  });
export type ResolveReportInput = z.infer<typeof ZResolveReportInput>;

export const ZFeedQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(FEED_PAGE_SIZE),
});
export type FeedQuery = z.infer<typeof ZFeedQuery>;

/** Parses a service's input; a failure is INVALID_INPUT with field errors, whoever called (action, route, job). */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalid(fieldErrorsFromZod(parsed.error));
  return parsed.data;
}
