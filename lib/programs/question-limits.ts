/**
 * Question kinds, cadences and limits, without zod (issue 18, goal 6): the application form, the question editor and
 * the matching screens import these in the browser, where lib/programs/question-schema.ts would bring zod along.
 * question-schema.ts builds its schemas from these and re-exports them for the server.
 */
export const QUESTION_KINDS = [
  "SHORT_TEXT",
  "LONG_TEXT",
  "SINGLE_CHOICE",
  "MULTIPLE_CHOICE",
  "TOPICS",
  "AVAILABILITY",
  "LANGUAGES",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const CADENCES = ["WEEKLY", "FORTNIGHTLY", "MONTHLY", "FLEXIBLE"] as const;
export type Cadence = (typeof CADENCES)[number];

export const CADENCE_LABELS: Record<Cadence, string> = {
  WEEKLY: "Every week",
  FORTNIGHTLY: "Every two weeks",
  MONTHLY: "Once a month",
  FLEXIBLE: "Whenever suits us",
};

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  SHORT_TEXT: "Short answer",
  LONG_TEXT: "Long answer",
  SINGLE_CHOICE: "One choice",
  MULTIPLE_CHOICE: "Several choices",
  TOPICS: "Topics",
  AVAILABILITY: "Availability",
  LANGUAGES: "Languages",
};

export const QUESTION_LIMITS = {
  shortText: 200,
  longText: 4000,
  labelMax: 200,
  helpMax: 500,
  optionMax: 100,
  minOptions: 2,
  maxOptions: 20,
  tagMax: 40,
  maxTopics: 10,
  maxLanguages: 8,
} as const;
