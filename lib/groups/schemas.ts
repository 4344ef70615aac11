import { z } from "zod";

export const MAX_RULES = 10;
export const MAX_QUESTIONS = 5;
export const PAGE_SIZE = 20;

const text = (label: string, max: number) =>
  z
    .string({ message: `Enter ${label}.` })
    .trim()
    .max(max, `Keep ${label} under ${max} characters.`);

export const SLUG_PATTERN = /^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$/;

export const ZSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "Use at least 2 characters.")
  .max(64, "Use at most 64 characters.")
  .regex(SLUG_PATTERN, "Use lowercase letters, digits and dashes (not at the start or end).");

export const ZColor = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Choose a colour like #4f46e5.")
  .transform((c) => c.toLowerCase());

export const ZPrivacy = z.enum(["PUBLIC", "PRIVATE"], { message: "Choose public or private." });
export const ZVisibility = z.enum(["VISIBLE", "HIDDEN"], { message: "Choose visible or hidden." });

export const ZRuleInput = z.strictObject({
  title: text("a rule title", 100).min(1, "Give the rule a title."),
  body: text("the rule's description", 500).default(""),
});

export const ZQuestionInput = z.strictObject({
  prompt: text("a question", 300).min(1, "Write the question."),
  required: z.boolean().default(false),
});

const groupFields = {
  name: text("a name", 80).min(3, "Use at least 3 characters for the name."),
  description: text("a description", 2000).default(""),
  privacy: ZPrivacy,
  visibility: ZVisibility.default("VISIBLE"),
  coverColor: ZColor.default("#4f46e5"),
  postApprovalRequired: z.boolean().default(false),
  rules: z.array(ZRuleInput).max(MAX_RULES, `Add at most ${MAX_RULES} rules.`).default([]),
  questions: z.array(ZQuestionInput).max(MAX_QUESTIONS, `Ask at most ${MAX_QUESTIONS} questions.`).default([]),
};

const publicIsVisible = (g: { privacy?: string; visibility?: string }) =>
  !(g.privacy === "PUBLIC" && g.visibility === "HIDDEN");
const publicIsVisibleIssue = {
  message: "A public group is always visible. Make it private to hide it.",
  path: ["visibility"],
};

export const ZGroupCreateInput = z
  .strictObject({ ...groupFields, slug: ZSlug.optional() })
  .refine(publicIsVisible, publicIsVisibleIssue);
export type GroupCreateInput = z.infer<typeof ZGroupCreateInput>;

// No defaults here: in zod 4 `.default(x).optional()` still fills in x, which would blank what a partial
// update leaves out.
export const ZGroupUpdateInput = z
  .strictObject({
    name: groupFields.name.optional(),
    description: text("a description", 2000).optional(),
    privacy: ZPrivacy.optional(),
    visibility: ZVisibility.optional(),
    coverColor: ZColor.optional(),
    postApprovalRequired: z.boolean().optional(),
    rules: z.array(ZRuleInput).max(MAX_RULES, `Add at most ${MAX_RULES} rules.`).optional(),
    questions: z.array(ZQuestionInput).max(MAX_QUESTIONS, `Ask at most ${MAX_QUESTIONS} questions.`).optional(),
  })
  .refine(publicIsVisible, publicIsVisibleIssue);
export type GroupUpdateInput = z.infer<typeof ZGroupUpdateInput>;

export const ZJoinInput = z.strictObject({
  answers: z
    .array(z.strictObject({ questionId: z.string().min(1), answer: text("an answer", 1000) }))
    .max(MAX_QUESTIONS)
    .default([]),
  acceptRules: z.boolean().default(false),
});
export type JoinInput = z.infer<typeof ZJoinInput>;

export const ZDirectoryQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  sort: z.enum(["relevance", "size", "newest"]).default("relevance"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(PAGE_SIZE),
});
export type DirectoryQuery = z.infer<typeof ZDirectoryQuery>;

/** Turns a name into a slug candidate ("Soap Makers' Circle" → "soap-makers-circle"). */
export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return base.length >= 2 ? base : `group-${base}`.replace(/-$/, "") || "group";
}
