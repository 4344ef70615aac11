import { z } from "zod";
import { fieldMessagesFromZod, invalid } from "@/lib/errors";
import { vk } from "@/lib/i18n/zod-messages";

export const FEED_PAGE_SIZE = 20;
/**
 * The group page's page of posts: each post comes with its first comments and replies, their menus and reaction
 * bars, so 20 of them made 370 KB of HTML on a busy group (issue 18: at most 200 KB). The API keeps its 20.
 */
export const FEED_WEB_PAGE_SIZE = 10;
export const MAX_POST_LENGTH = 5000;
export const MAX_COMMENT_LENGTH = 2000;

export const REACTION_KINDS = ["LIKE", "LOVE", "CARE", "HAHA", "WOW", "SAD"] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

export const REPORT_REASONS = ["SPAM", "HARASSMENT", "HATE", "MISINFORMATION", "OFF_TOPIC", "OTHER"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

const body = (what: "post" | "comment", max: number) =>
  z
    .string({ message: vk(`validation.feed.${what}.write`) })
    .trim()
    .min(1, vk(`validation.feed.${what}.write`))
    .max(max, vk(`validation.feed.${what}.tooLong`));

/** Ids come from URLs and forms; a cuid is 25 characters, anything far longer is not one of ours. */
export const ZId = z
  .string({ message: vk("validation.feed.missingId") })
  .trim()
  .min(1, vk("validation.feed.missingId"))
  .max(64, vk("validation.feed.invalidId"));

export const ZPostCreateInput = z.strictObject({ body: body("post", MAX_POST_LENGTH) });
export type PostCreateInput = z.infer<typeof ZPostCreateInput>;

export const ZPostUpdateInput = z.strictObject({ body: body("post", MAX_POST_LENGTH) });
export type PostUpdateInput = z.infer<typeof ZPostUpdateInput>;

/** The post comes from the route or the action's argument, never from this body. */
export const ZCommentCreateInput = z.strictObject({
  body: body("comment", MAX_COMMENT_LENGTH),
  parentId: ZId.optional(),
});
export type CommentCreateInput = z.infer<typeof ZCommentCreateInput>;

export const ZCommentUpdateInput = z.strictObject({ body: body("comment", MAX_COMMENT_LENGTH) });
export type CommentUpdateInput = z.infer<typeof ZCommentUpdateInput>;

export const ZReactionInput = z.strictObject({
  kind: z.enum(REACTION_KINDS, { message: vk("validation.feed.reaction") }),
});
export type ReactionInput = z.infer<typeof ZReactionInput>;

export const ZRemoveInput = z.strictObject({
  reason: z
    .string({ message: vk("validation.feed.giveReason") })
    .trim()
    .min(3, vk("validation.feed.reasonTooShort"))
    .max(500, vk("validation.feed.reasonTooLong")),
});
export type RemoveInput = z.infer<typeof ZRemoveInput>;

const optionalNote = z
  .string()
  .trim()
  .max(1000, vk("validation.feed.noteTooLong"))
  .optional()
  .transform((v) => (v ? v : undefined));

export const ZReportInput = z.strictObject({
  reason: z.enum(REPORT_REASONS, { message: vk("validation.feed.reportReason") }),
  note: optionalNote,
});
export type ReportInput = z.infer<typeof ZReportInput>;

export const ZResolveReportInput = z
  .strictObject({
    outcome: z.enum(["remove", "dismiss"], { message: vk("validation.feed.outcome") }),
    reason: z.string().trim().max(500, vk("validation.feed.reasonTooLong")).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "remove" && (v.reason ?? "").length < 3)
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: vk("validation.feed.reasonTooShort"),
      });
  });
export type ResolveReportInput = z.infer<typeof ZResolveReportInput>;

export const ZFeedQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(FEED_PAGE_SIZE),
});
export type FeedQuery = z.infer<typeof ZFeedQuery>;

/** A page of a post's comments: top-level comments (with their replies) after the cursor. */
export const ZCommentsQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** Parses a service's input; a failure is INVALID_INPUT with field errors, whoever called (action, route, job). */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalid(fieldMessagesFromZod(parsed.error));
  return parsed.data;
}
