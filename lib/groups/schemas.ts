import { z } from "zod";
import { vk } from "@/lib/i18n/zod-messages";

export const MAX_RULES = 10;
export const MAX_QUESTIONS = 5;
export const PAGE_SIZE = 20;

/** A text field with its own "Enter …" and "Keep … under {max} characters." messages (validation.groups.<field>). */
type TextField = "ruleTitle" | "ruleBody" | "question" | "name" | "description" | "answer";
const text = (field: TextField, max: number) =>
  z
    .string({ message: vk(`validation.groups.${field}.enter`) })
    .trim()
    .max(max, vk(`validation.groups.${field}.tooLong`));

export const SLUG_PATTERN = /^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$/;

export const ZSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, vk("validation.groups.slugTooShort"))
  .max(64, vk("validation.groups.slugTooLong"))
  .regex(SLUG_PATTERN, vk("validation.groups.slugPattern"));

export const ZColor = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, vk("validation.groups.colour"))
  .transform((c) => c.toLowerCase());

export const ZPrivacy = z.enum(["PUBLIC", "PRIVATE"], { message: vk("validation.groups.privacy") });
export const ZVisibility = z.enum(["VISIBLE", "HIDDEN"], { message: vk("validation.groups.visibility") });

export const ZRuleInput = z.strictObject({
  title: text("ruleTitle", 100).min(1, vk("validation.groups.ruleTitle.required")),
  body: text("ruleBody", 500).default(""),
});

export const ZQuestionInput = z.strictObject({
  prompt: text("question", 300).min(1, vk("validation.groups.question.required")),
  required: z.boolean().default(false),
});

const groupFields = {
  name: text("name", 80).min(3, vk("validation.groups.name.tooShort")),
  description: text("description", 2000).default(""),
  privacy: ZPrivacy,
  visibility: ZVisibility.default("VISIBLE"),
  coverColor: ZColor.default("#4f46e5"),
  postApprovalRequired: z.boolean().default(false),
  rules: z.array(ZRuleInput).max(MAX_RULES, vk("validation.groups.tooManyRules")).default([]),
  questions: z.array(ZQuestionInput).max(MAX_QUESTIONS, vk("validation.groups.tooManyQuestions")).default([]),
};

const publicIsVisible = (g: { privacy?: string; visibility?: string }) =>
  !(g.privacy === "PUBLIC" && g.visibility === "HIDDEN");
const publicIsVisibleIssue = {
  message: vk("validation.groups.publicIsVisible"),
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
    description: text("description", 2000).optional(),
    privacy: ZPrivacy.optional(),
    visibility: ZVisibility.optional(),
    coverColor: ZColor.optional(),
    postApprovalRequired: z.boolean().optional(),
    rules: z.array(ZRuleInput).max(MAX_RULES, vk("validation.groups.tooManyRules")).optional(),
    questions: z.array(ZQuestionInput).max(MAX_QUESTIONS, vk("validation.groups.tooManyQuestions")).optional(),
  })
  .refine(publicIsVisible, publicIsVisibleIssue);
export type GroupUpdateInput = z.infer<typeof ZGroupUpdateInput>;

export const ZJoinInput = z.strictObject({
  answers: z
    .array(z.strictObject({ questionId: z.string().min(1), answer: text("answer", 1000) }))
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
