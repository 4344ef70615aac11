import { z } from "zod";
import { toTimeZone } from "@/lib/time";
import { msg, type MessageRef } from "@/lib/i18n/message-ref";
import { vk } from "@/lib/i18n/zod-messages";
import { CADENCES, QUESTION_KINDS, QUESTION_LIMITS, type Cadence, type QuestionKind } from "./question-limits";

// The kinds, cadences and limits live in ./question-limits (no zod: client components import them from there).
export {
  CADENCE_LABELS,
  CADENCES,
  QUESTION_KIND_LABELS,
  QUESTION_KINDS,
  QUESTION_LIMITS,
  type Cadence,
  type QuestionKind,
} from "./question-limits";

const L = QUESTION_LIMITS;

/** A question as stored (the Prisma ApplicationQuestion row has these fields). */
export type QuestionConfig = {
  id: string;
  kind: QuestionKind;
  label: string;
  required: boolean;
  options: string[];
  minLength: number | null;
  maxLength: number | null;
  maxChoices: number | null;
};

export type Availability = { timeZone: string; cadence: Cadence };
export type Answer = string | string[] | Availability;
export type Answers = Record<string, Answer>;

/** The most characters a text answer may have, whatever the admin chose. */
const TEXT_CEILING: Partial<Record<QuestionKind, number>> = { SHORT_TEXT: L.shortText, LONG_TEXT: L.longText };
/** Kinds whose options are required choices, and kinds whose options are only suggestions. */
const CHOICE_KINDS: readonly QuestionKind[] = ["SINGLE_CHOICE", "MULTIPLE_CHOICE"];
const TAG_KINDS: readonly QuestionKind[] = ["TOPICS", "LANGUAGES"];

const wholeNumber = (min: number, tooSmall: string) =>
  z
    .number({ message: vk("validation.questions.wholeNumber") })
    .int(vk("validation.questions.wholeNumber"))
    .min(min, tooSmall)
    .nullable()
    .default(null);

/** What an admin submits to create or edit a question (no id, role or position: the service owns those). */
export const ZQuestionInput = z
  .strictObject(
    {
      kind: z.enum(QUESTION_KINDS, { message: vk("validation.questions.kind") }),
      label: z
        .string({ message: vk("validation.questions.label") })
        .trim()
        .min(1, vk("validation.questions.label"))
        .max(L.labelMax, vk("validation.questions.labelTooLong")),
      help: z
        .string({ message: vk("validation.questions.help") })
        .trim()
        .max(L.helpMax, vk("validation.questions.helpTooLong"))
        .default(""),
      required: z.boolean({ message: vk("validation.questions.required") }).default(false),
      options: z
        .array(
          z
            .string({ message: vk("validation.questions.optionText") })
            .trim()
            .min(1, vk("validation.questions.optionEmpty"))
            .max(L.optionMax, vk("validation.questions.optionTooLong")),
          { message: vk("validation.questions.options") },
        )
        .max(L.maxOptions, vk("validation.questions.tooManyOptions"))
        .default([]),
      minLength: wholeNumber(0, vk("validation.questions.minBelowZero")),
      maxLength: wholeNumber(1, vk("validation.questions.maxAtLeastOne")),
      maxChoices: wholeNumber(1, vk("validation.questions.choicesAtLeastOne")),
    },
    { message: vk("validation.questions.unreadable") },
  )
  .superRefine((q, ctx) => {
    // A catalogue key, and its values as the issue's params (decision 024).
    const issue = (path: (string | number)[], { key, values }: MessageRef) =>
      ctx.addIssue({ code: "custom", path, message: key, ...(values ? { params: values } : {}) });

    if (CHOICE_KINDS.includes(q.kind) || TAG_KINDS.includes(q.kind)) {
      const seen = new Set<string>();
      q.options.forEach((option, i) => {
        const key = option.toLowerCase();
        if (seen.has(key)) issue(["options", i], msg("validation.questions.optionTwice"));
        seen.add(key);
      });
      if (CHOICE_KINDS.includes(q.kind) && q.options.length < L.minOptions)
        issue(["options"], msg("validation.questions.tooFewOptions", { min: L.minOptions }));
    } else if (q.options.length > 0) {
      issue(["options"], msg("validation.questions.noOptions"));
    }

    const ceiling = TEXT_CEILING[q.kind];
    if (ceiling === undefined) {
      if (q.minLength !== null) issue(["minLength"], msg("validation.questions.textOnlyLimit"));
      if (q.maxLength !== null) issue(["maxLength"], msg("validation.questions.textOnlyLimit"));
    } else {
      if (q.maxLength !== null && q.maxLength > ceiling)
        issue(["maxLength"], msg("validation.questions.limitCeiling", { max: ceiling }));
      if (q.minLength !== null && q.minLength > Math.min(q.maxLength ?? ceiling, ceiling))
        issue(["minLength"], msg("validation.questions.minAboveMax"));
    }

    if (q.maxChoices !== null) {
      const most = choiceCeiling(q.kind, q.options.length);
      if (most === undefined) issue(["maxChoices"], msg("validation.questions.choicesOnlyLimit"));
      else if (q.maxChoices > most) issue(["maxChoices"], msg("validation.questions.tooManyChoices", { max: most }));
    }
  });
export type QuestionInput = z.output<typeof ZQuestionInput>;

/** How many answers a question can take at most, before the admin's own limit. */
function choiceCeiling(kind: QuestionKind, optionCount: number): number | undefined {
  if (kind === "MULTIPLE_CHOICE") return optionCount;
  if (kind === "TOPICS") return L.maxTopics;
  if (kind === "LANGUAGES") return L.maxLanguages;
  return undefined;
}

type Read<T> = { ok: true; value: T | null } | { ok: false; message: MessageRef };
const ok = <T>(value: T | null): Read<T> => ({ ok: true, value });
const fail = (message: MessageRef): { ok: false; message: MessageRef } => ({ ok: false, message });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

const isBlankScalar = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

function readText(q: QuestionConfig, raw: unknown): Read<string> {
  if (typeof raw !== "string") return fail(msg("validation.answers.text"));
  const text = raw.replace(/\r\n?/g, "\n").trim();
  const ceiling = TEXT_CEILING[q.kind] ?? L.shortText;
  const max = Math.min(q.maxLength ?? ceiling, ceiling);
  const min = q.minLength ?? 0;
  if (text.length < min) return fail(msg("validation.answers.tooShort", { min }));
  if (text.length > max) return fail(msg("validation.answers.tooLong", { max }));
  return ok(text);
}

/** A list answer: a single string counts as a list of one (HTML forms); blank entries are dropped. */
function readList(
  raw: unknown,
  typeMessage: MessageRef,
): { ok: true; items: string[] } | { ok: false; message: MessageRef } {
  if (typeof raw !== "string" && !Array.isArray(raw)) return fail(typeMessage);
  const items: unknown[] = typeof raw === "string" ? [raw] : raw;
  const strings: string[] = [];
  for (const item of items) {
    if (typeof item !== "string") return fail(typeMessage);
    if (item.trim()) strings.push(item.trim());
  }
  return { ok: true, items: strings };
}

function readSingleChoice(q: QuestionConfig, raw: unknown): Read<string> {
  const value = typeof raw === "string" ? raw.trim() : null;
  return value !== null && q.options.includes(value) ? ok(value) : fail(msg("validation.answers.chooseOne"));
}

function readMultipleChoice(q: QuestionConfig, raw: unknown): Read<string[]> {
  const list = readList(raw, msg("validation.answers.chooseFrom"));
  if (!list.ok) return list;
  if (list.items.some((item) => !q.options.includes(item))) return fail(msg("validation.answers.chooseFrom"));
  const chosen = [...new Set(list.items)];
  const most = Math.min(q.maxChoices ?? q.options.length, q.options.length);
  if (chosen.length > most) return fail(msg("validation.answers.tooManyChoices", { max: most }));
  return ok(chosen.length ? chosen : null);
}

const normalizeTag = (tag: string) => tag.trim().replace(/\s+/g, " ");

type TagRules = { noun: "topic" | "language"; min: number; most: number; canonical: readonly string[] };

/** Free-text tags: normalized, deduplicated case-insensitively, and given the known spelling when one matches. */
function readTags(raw: unknown, rules: TagRules): Read<string[]> {
  const { noun } = rules;
  const list = readList(raw, msg("validation.answers.tagText", { noun }));
  if (!list.ok) return list;
  const known = new Map<string, string>();
  for (const tag of rules.canonical) {
    const key = normalizeTag(tag).toLowerCase();
    if (!known.has(key)) known.set(key, tag);
  }
  const tags = new Map<string, string>();
  for (const item of list.items) {
    const tag = normalizeTag(item);
    if (tag.length < rules.min) return fail(msg("validation.answers.tagTooShort", { noun, min: rules.min }));
    if (tag.length > L.tagMax) return fail(msg("validation.answers.tagTooLong", { noun, max: L.tagMax }));
    const key = tag.toLowerCase();
    if (!tags.has(key)) tags.set(key, known.get(key) ?? tag);
  }
  if (tags.size > rules.most) return fail(msg("validation.answers.tooManyTags", { noun, max: rules.most }));
  return ok(tags.size ? [...tags.values()] : null);
}

function readAvailability(raw: unknown): Read<Availability> {
  if (!isRecord(raw)) return fail(msg("validation.answers.availability"));
  const timeZone = own(raw, "timeZone");
  const cadence = own(raw, "cadence");
  if (isBlankScalar(timeZone) && isBlankScalar(cadence)) return ok(null);
  const zone = toTimeZone(timeZone);
  if (!zone) return fail(msg("validation.answers.timeZone"));
  const found = CADENCES.find((c) => c === (typeof cadence === "string" ? cadence.trim() : cadence));
  if (!found) return fail(msg("validation.answers.cadence"));
  return ok({ timeZone: zone, cadence: found });
}

function readAnswer(q: QuestionConfig, raw: unknown, topics: readonly string[]): Read<Answer> {
  if (isBlankScalar(raw) || (Array.isArray(raw) && raw.length === 0)) return ok(null);
  switch (q.kind) {
    case "SHORT_TEXT":
    case "LONG_TEXT":
      return readText(q, raw);
    case "SINGLE_CHOICE":
      return readSingleChoice(q, raw);
    case "MULTIPLE_CHOICE":
      return readMultipleChoice(q, raw);
    case "TOPICS":
      return readTags(raw, {
        noun: "topic",
        min: 1,
        most: q.maxChoices ?? L.maxTopics,
        canonical: [...topics, ...q.options],
      });
    case "LANGUAGES":
      return readTags(raw, { noun: "language", min: 2, most: q.maxChoices ?? L.maxLanguages, canonical: q.options });
    case "AVAILABILITY":
      return readAvailability(raw);
  }
}

/**
 * The validator for one application's answers, built from the program's questions for that role. Every issue's
 * path is [questionId], so a form can show it under its question; unknown keys are dropped.
 */
export function buildAnswersSchema(
  questions: readonly QuestionConfig[],
  context: { topics: readonly string[] },
): z.ZodType<Answers> {
  return z.unknown().transform((input, ctx): Answers => {
    if (!isRecord(input)) {
      ctx.addIssue({ code: "custom", path: [], message: vk("validation.answers.unreadable") });
      return z.NEVER;
    }
    const answered: [string, Answer][] = [];
    for (const q of questions) {
      const read = readAnswer(q, own(input, q.id), context.topics);
      if (!read.ok)
        ctx.addIssue({
          code: "custom",
          path: [q.id],
          message: read.message.key,
          ...(read.message.values ? { params: read.message.values } : {}),
        });
      else if (read.value !== null) answered.push([q.id, read.value]);
      else if (q.required) ctx.addIssue({ code: "custom", path: [q.id], message: vk("validation.answers.required") });
    }
    // fromEntries defines own properties, so an id like "__proto__" stays a plain key.
    return Object.fromEntries(answered);
  });
}

function addTags(into: Map<string, string>, answer: Answer | undefined) {
  if (!Array.isArray(answer)) return;
  for (const tag of answer) if (!into.has(tag.toLowerCase())) into.set(tag.toLowerCase(), tag);
}

/** Columns the application keeps for filtering and matching, derived from validated answers. */
export function deriveApplicationFields(
  questions: readonly QuestionConfig[],
  answers: Answers,
): { topics: string[]; languages: string[]; timeZone: string | null; cadence: Cadence | null } {
  const topics = new Map<string, string>();
  const languages = new Map<string, string>();
  let availability: Availability | null = null;
  for (const q of questions) {
    const answer = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    if (q.kind === "TOPICS") addTags(topics, answer);
    else if (q.kind === "LANGUAGES") addTags(languages, answer);
    else if (q.kind === "AVAILABILITY" && !availability && isRecord(answer)) availability = answer as Availability;
  }
  return {
    topics: [...topics.values()],
    languages: [...languages.values()],
    timeZone: availability?.timeZone ?? null,
    cadence: availability?.cadence ?? null,
  };
}
