/**
 * Program templates: starting points an admin edits (DESIGN.md, "Program templates"). Choosing one pre-fills the
 * program's details, its guided steps and the application questions for both roles. Pure, shared by the server
 * (creating a program) and the browser (the template picker's preview).
 *
 * The shape (how many steps, when each is due, which question asks what, limits) lives here; the words live in the
 * catalogues (`templates.*` in messages/<locale>.json), so every language has the same steps and questions.
 * `buildTemplates(messages.templates)` makes them in one language (`templatesFor(locale)` on the server, in
 * ./localized-templates.ts); `TEMPLATES` is the English set.
 */
// No `with { type: "json" }`: the build compiles the catalogues into JavaScript modules (decision 035).
import en from "../../messages/en.json";
import type { Messages } from "@/lib/i18n/messages";
import type { QuestionInput } from "./question-schema";

export const PROGRAM_TEMPLATES = [
  "LEARN_THE_ROPES",
  "SKILL_BUILDING",
  "CAREER_GUIDANCE",
  "PEER_SUPPORT",
  "CUSTOM",
] as const;
export type ProgramTemplate = (typeof PROGRAM_TEMPLATES)[number];

export type StepTemplate = {
  title: string;
  guidance: string;
  prompts: string[];
  dueWeek: number;
  isGoalStep?: boolean;
};

export type TemplateQuestion = QuestionInput;

export type Template = {
  key: ProgramTemplate;
  label: string;
  summary: string;
  name: string;
  description: string;
  audience: string;
  /** Null: open-ended. */
  lengthWeeks: number | null;
  defaultMentorCapacity: number;
  steps: StepTemplate[];
  questions: { MENTOR: TemplateQuestion[]; MENTEE: TemplateQuestion[] };
};

/** The `templates` namespace of one catalogue. */
export type TemplateMessages = Messages["templates"];

const q = (
  kind: QuestionInput["kind"],
  label: string,
  extra: Partial<Omit<QuestionInput, "kind" | "label">> = {},
): TemplateQuestion => ({
  kind,
  label,
  help: "",
  required: false,
  options: [],
  minLength: null,
  maxLength: null,
  maxChoices: null,
  ...extra,
});

/** Each step: the week it is due, how many conversation prompts it has, and whether it is the pair's goal step. */
type StepShape = { dueWeek: number; prompts: 1 | 2; goal?: boolean };

type TemplateId = Exclude<keyof TemplateMessages, "common" | "custom">;

const SHAPES: Record<
  Exclude<ProgramTemplate, "CUSTOM">,
  { id: TemplateId; lengthWeeks: number | null; defaultMentorCapacity: number; steps: StepShape[] }
> = {
  LEARN_THE_ROPES: {
    id: "learnTheRopes",
    lengthWeeks: 4,
    defaultMentorCapacity: 2,
    steps: [
      { dueWeek: 1, prompts: 2 },
      { dueWeek: 2, prompts: 2, goal: true },
      { dueWeek: 3, prompts: 2 },
      { dueWeek: 4, prompts: 2 },
    ],
  },
  SKILL_BUILDING: {
    id: "skillBuilding",
    lengthWeeks: 6,
    defaultMentorCapacity: 2,
    steps: [
      { dueWeek: 1, prompts: 2, goal: true },
      { dueWeek: 2, prompts: 2 },
      { dueWeek: 3, prompts: 2 },
      { dueWeek: 4, prompts: 2 },
      { dueWeek: 5, prompts: 1 },
      { dueWeek: 6, prompts: 2 },
    ],
  },
  CAREER_GUIDANCE: {
    id: "careerGuidance",
    lengthWeeks: 8,
    defaultMentorCapacity: 1,
    steps: [
      { dueWeek: 1, prompts: 1 },
      { dueWeek: 2, prompts: 2, goal: true },
      { dueWeek: 3, prompts: 2 },
      { dueWeek: 4, prompts: 1 },
      { dueWeek: 5, prompts: 1 },
      { dueWeek: 6, prompts: 1 },
      { dueWeek: 7, prompts: 1 },
      { dueWeek: 8, prompts: 2 },
    ],
  },
  PEER_SUPPORT: {
    id: "peerSupport",
    lengthWeeks: null,
    defaultMentorCapacity: 2,
    steps: [
      { dueWeek: 1, prompts: 2 },
      { dueWeek: 3, prompts: 2 },
      { dueWeek: 5, prompts: 2 },
    ],
  },
};

const LANGUAGE_OPTIONS = ["english", "spanish", "french", "german", "portuguese", "arabic", "mandarin"] as const;

type StepMessages = { title: string; guidance: string; prompt1: string; prompt2?: string };

/** Every template in the language of `m` (one catalogue's `templates` namespace). */
export function buildTemplates(m: TemplateMessages): Record<ProgramTemplate, Template> {
  // Every program asks both roles these; the template adds its own before them.
  const common = {
    topics: q("TOPICS", m.common.topics.label, { help: m.common.topics.help, required: true, maxChoices: 5 }),
    availability: q("AVAILABILITY", m.common.availability.label, { required: true }),
    languages: q("LANGUAGES", m.common.languages.label, {
      required: true,
      options: LANGUAGE_OPTIONS.map((o) => m.common.languages.options[o]),
      maxChoices: 4,
    }),
  };
  const opener = (label: string) => q("LONG_TEXT", label, { required: true, minLength: 20, maxLength: 2000 });
  const withCommon = (label: string) => [opener(label), common.topics, common.availability, common.languages];

  const fromShape = (key: Exclude<ProgramTemplate, "CUSTOM">): Template => {
    const shape = SHAPES[key];
    const t = m[shape.id];
    const steps = t.steps as Record<string, StepMessages>;
    return {
      key,
      label: t.label,
      summary: t.summary,
      name: t.name,
      description: t.description,
      audience: t.audience,
      lengthWeeks: shape.lengthWeeks,
      defaultMentorCapacity: shape.defaultMentorCapacity,
      steps: shape.steps.map((s, i) => {
        const words = steps[`step${i + 1}`]!;
        return {
          title: words.title,
          dueWeek: s.dueWeek,
          guidance: words.guidance,
          prompts: s.prompts === 2 ? [words.prompt1, words.prompt2!] : [words.prompt1],
          ...(s.goal ? { isGoalStep: true } : {}),
        };
      }),
      questions: { MENTOR: withCommon(t.mentorQuestion), MENTEE: withCommon(t.menteeQuestion) },
    };
  };

  return {
    LEARN_THE_ROPES: fromShape("LEARN_THE_ROPES"),
    SKILL_BUILDING: fromShape("SKILL_BUILDING"),
    CAREER_GUIDANCE: fromShape("CAREER_GUIDANCE"),
    PEER_SUPPORT: fromShape("PEER_SUPPORT"),
    CUSTOM: {
      key: "CUSTOM",
      label: m.custom.label,
      summary: m.custom.summary,
      name: "",
      description: "",
      audience: "",
      lengthWeeks: 6,
      defaultMentorCapacity: 2,
      steps: [],
      questions: {
        MENTOR: [q("LONG_TEXT", m.custom.mentorQuestion, { required: true, maxLength: 2000 }), common.availability],
        MENTEE: [q("LONG_TEXT", m.custom.menteeQuestion, { required: true, maxLength: 2000 }), common.availability],
      },
    },
  };
}

/** The templates in English (the seed, the tests, the API's default); pages pass `templatesFor(locale)`. */
export const TEMPLATES: Record<ProgramTemplate, Template> = buildTemplates(en.templates);

export const TEMPLATE_LIST: Template[] = PROGRAM_TEMPLATES.map((key) => TEMPLATES[key]);
