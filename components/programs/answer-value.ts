import type { QuestionDto } from "@/lib/programs/dto";
import { QUESTION_LIMITS } from "@/lib/programs/question-limits";

/** A question's answer while the form is being filled in; the server's schema has the last word. */
export type AvailabilityValue = { timeZone: string; cadence: string };
export type AnswerValue = string | string[] | AvailabilityValue;
export type AnswerValues = Record<string, AnswerValue>;

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" && v ? [v] : [];

/** The form's starting value for a question, from a saved answer (or nothing). */
export function initialAnswer(q: QuestionDto, saved: unknown): AnswerValue {
  switch (q.kind) {
    case "MULTIPLE_CHOICE":
    case "TOPICS":
    case "LANGUAGES":
      return strings(saved);
    case "AVAILABILITY": {
      const a = (saved && typeof saved === "object" ? saved : {}) as Record<string, unknown>;
      return {
        timeZone: typeof a.timeZone === "string" ? a.timeZone : "",
        cadence: typeof a.cadence === "string" ? a.cadence : "",
      };
    }
    default:
      return typeof saved === "string" ? saved : "";
  }
}

/** What the applicant's profile already says, to start a new application from. */
export type ProfileFacts = { timeZone: string; languages: string[] };

/**
 * The form's starting values: the saved answers of an existing application, or, for a new one, what the profile
 * already knows (its languages; its zone is the availability questions' suggestion, see `toPayload`).
 */
export function initialAnswers(
  questions: QuestionDto[],
  saved: Record<string, unknown> | undefined,
  profile?: ProfileFacts,
): AnswerValues {
  return Object.fromEntries(
    questions.map((q) => {
      if (!saved && profile && q.kind === "LANGUAGES")
        return [q.id, uniqueTags(profile.languages).slice(0, choiceLimit(q))];
      return [q.id, initialAnswer(q, saved?.[q.id])];
    }),
  );
}

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return value.cadence !== "";
}

/**
 * What is sent: answers as the form holds them, except that an availability without a chosen rhythm counts as
 * unanswered unless the person picked a time zone themselves (the profile's zone is only a suggestion).
 */
export function toPayload(
  questions: QuestionDto[],
  values: AnswerValues,
  suggestedTimeZone: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const q of questions) {
    const v = values[q.id];
    if (v === undefined) continue;
    if (q.kind === "AVAILABILITY" && typeof v === "object" && !Array.isArray(v)) {
      if (!v.cadence && !v.timeZone) continue;
      out[q.id] = { timeZone: v.timeZone || suggestedTimeZone, cadence: v.cadence };
    } else out[q.id] = v;
  }
  return out;
}

/** The most characters a text question takes, whatever the admin set. */
export function textLimit(q: Pick<QuestionDto, "kind" | "maxLength">): number {
  const ceiling = q.kind === "LONG_TEXT" ? QUESTION_LIMITS.longText : QUESTION_LIMITS.shortText;
  return Math.min(q.maxLength ?? ceiling, ceiling);
}

/** The most tags or choices a question takes. */
export function choiceLimit(q: Pick<QuestionDto, "kind" | "maxChoices" | "options">): number {
  if (q.kind === "MULTIPLE_CHOICE") return Math.min(q.maxChoices ?? q.options.length, q.options.length);
  if (q.kind === "LANGUAGES") return q.maxChoices ?? QUESTION_LIMITS.maxLanguages;
  return q.maxChoices ?? QUESTION_LIMITS.maxTopics;
}

/** Case-insensitive de-duplication that keeps the first spelling. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const t of tags) {
    const key = t.trim().toLowerCase();
    if (key && !seen.has(key)) seen.set(key, t.trim());
  }
  return [...seen.values()];
}
