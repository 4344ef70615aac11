import { z } from "zod";
import { vk } from "@/lib/i18n/zod-messages";
import { PROGRAM_TEMPLATES } from "./templates";
import {
  APPLICATION_STATE_FILTERS,
  DECISIONS,
  MAX_BULK_APPLICATIONS,
  MAX_PROGRAM_TOPICS,
  MAX_PROMPTS,
  ROLES,
} from "./limits";

// The limits and enums live in ./limits (no zod: client components import them from there).
export {
  APPLICATION_STATE_FILTERS,
  APPLICATIONS_PAGE_SIZE,
  DECISIONS,
  MAX_BULK_APPLICATIONS,
  MAX_PROGRAM_TOPICS,
  MAX_PROMPTS,
  MAX_QUESTIONS_PER_ROLE,
  MAX_STEPS,
  type Decision,
  type Role,
} from "./limits";

/** A text field with its own "Enter …" and "Keep … under {max} characters." messages (validation.programs.<field>). */
type TextField =
  | "name"
  | "description"
  | "audience"
  | "topic"
  | "stepTitle"
  | "guidance"
  | "prompt"
  | "message"
  | "language"
  | "timeZone"
  | "search";
const text = (field: TextField, max: number) =>
  z
    .string({ message: vk(`validation.programs.${field}.enter`) })
    .trim()
    .max(max, vk(`validation.programs.${field}.tooLong`));

/** Ids are cuids; anything else cannot name a row, so it is refused before it reaches the database. */
export const ZId = z
  .string()
  .trim()
  .regex(/^[a-z0-9]{8,40}$/i, vk("validation.programs.invalidId"));

export const ZRole = z.enum(ROLES, { message: vk("validation.programs.role") });

export const ZTemplate = z.enum(PROGRAM_TEMPLATES, { message: vk("validation.programs.template") });

const ZTopicList = z
  .array(text("topic", 40).min(1, vk("validation.programs.emptyTopic")))
  .max(MAX_PROGRAM_TOPICS, vk("validation.programs.tooManyTopics"))
  .transform((topics) => {
    const seen = new Set<string>();
    return topics.filter((t) => {
      const key = t.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

const ZWeeks = z
  .number({ message: vk("validation.programs.weeks") })
  .int(vk("validation.programs.wholeWeeks"))
  .min(1, vk("validation.programs.minWeeks"))
  .max(104, vk("validation.programs.maxWeeks"));

const ZCapacity = z
  .number({ message: vk("validation.programs.number") })
  .int(vk("validation.programs.wholeNumber"))
  .min(1, vk("validation.programs.minCapacity"))
  .max(10, vk("validation.programs.maxCapacity"));

const programFields = {
  name: text("name", 100).min(3, vk("validation.programs.nameTooShort")),
  description: text("description", 4000),
  audience: text("audience", 1000),
  /** Null: open-ended. */
  lengthWeeks: ZWeeks.nullable(),
  defaultMentorCapacity: ZCapacity,
  allowDualRole: z.boolean(),
  acceptWhileRunning: z.boolean(),
  topics: ZTopicList,
};

export const ZProgramCreateInput = z.strictObject({
  template: ZTemplate,
  name: programFields.name,
  description: programFields.description.default(""),
  audience: programFields.audience.default(""),
  /** Omitted: the template's length. */
  lengthWeeks: programFields.lengthWeeks.optional(),
  defaultMentorCapacity: programFields.defaultMentorCapacity.default(2),
  allowDualRole: programFields.allowDualRole.default(false),
  acceptWhileRunning: programFields.acceptWhileRunning.default(false),
  topics: programFields.topics.default([]),
});
export type ProgramCreateInput = z.output<typeof ZProgramCreateInput>;

/** Partial: only the fields sent change. */
export const ZProgramUpdateInput = z.strictObject(programFields).partial();
export type ProgramUpdateInput = z.output<typeof ZProgramUpdateInput>;

export const ZProgramTransitionInput = z.strictObject({
  action: z.enum(["open", "start", "close", "archive"], { message: vk("validation.programs.action") }),
  /** Closing a program with active pairs completes them; the admin must say so. */
  confirm: z.boolean().default(false),
});
export type ProgramTransitionInput = z.output<typeof ZProgramTransitionInput>;

const stepFields = {
  title: text("stepTitle", 120).min(1, vk("validation.programs.stepTitleRequired")),
  guidance: text("guidance", 2000),
  prompts: z
    .array(text("prompt", 300).min(1, vk("validation.programs.emptyPrompt")))
    .min(1, vk("validation.programs.addPrompt"))
    .max(MAX_PROMPTS, vk("validation.programs.tooManyPrompts")),
  dueWeek: z
    .number({ message: vk("validation.programs.dueWeek") })
    .int(vk("validation.programs.wholeWeek"))
    .min(1, vk("validation.programs.minDueWeek"))
    .max(104, vk("validation.programs.maxDueWeek")),
  isGoalStep: z.boolean(),
};

export const ZStepInput = z.strictObject({
  ...stepFields,
  guidance: stepFields.guidance.default(""),
  isGoalStep: stepFields.isGoalStep.default(false),
});
export type StepInput = z.output<typeof ZStepInput>;
/** Partial, without defaults: only the fields sent change. */
export const ZStepUpdateInput = z.strictObject(stepFields).partial();

export const ZOrderInput = z.strictObject({
  ids: z.array(ZId).min(1, vk("validation.programs.nothingToOrder")).max(100, vk("validation.programs.tooManyItems")),
});
export const ZReorderQuestionsInput = ZOrderInput.extend({ role: ZRole });

export const ZApplicationInput = z.strictObject({
  role: ZRole,
  /** Answers keyed by question id; validated against the program's questions by the service. */
  answers: z.record(z.string(), z.unknown()).default({}),
  /** Mentors only: how many mentees they can take. */
  capacity: z
    .number({ message: vk("validation.programs.capacity") })
    .int(vk("validation.programs.wholeNumber"))
    .min(1, vk("validation.programs.minTake"))
    .max(10, vk("validation.programs.maxTake"))
    .nullable()
    .default(null),
  /** False saves a draft: nothing required yet, nobody is told. */
  submit: z.boolean().default(true),
});
export type ApplicationInput = z.output<typeof ZApplicationInput>;

/**
 * Editing: omitted answers or capacity keep what is stored. A draft stays a draft unless `submit: true`; a pending
 * application is always validated whole.
 */
export const ZApplicationEditInput = z.strictObject({
  answers: ZApplicationInput.shape.answers.unwrap().optional(),
  capacity: ZApplicationInput.shape.capacity.unwrap().optional(),
  submit: z.boolean().default(false),
});

export const ZDecision = z.enum(DECISIONS, { message: vk("validation.programs.decision") });

export const ZDecideApplicationsInput = z.strictObject({
  ids: z
    .array(ZId)
    .min(1, vk("validation.programs.selectApplication"))
    .max(MAX_BULK_APPLICATIONS, vk("validation.programs.tooManyApplications")),
  decision: ZDecision,
  message: text("message", 1000).default(""),
});
export type DecideApplicationsInput = z.output<typeof ZDecideApplicationsInput>;

export const ZApplicationsQuery = z.strictObject({
  role: ZRole.optional(),
  state: z.enum(APPLICATION_STATE_FILTERS).optional(),
  topic: text("topic", 40).optional(),
  language: text("language", 40).optional(),
  timeZone: text("timeZone", 64).optional(),
  q: text("search", 100).optional(),
  cursor: z.string().max(200).optional(),
});
export type ApplicationsQuery = z.output<typeof ZApplicationsQuery>;

export const ZMentorshipInput = z.strictObject({ enabled: z.boolean({ message: vk("validation.programs.onOff") }) });
export const ZWatchInput = z.strictObject({ watching: z.boolean({ message: vk("validation.programs.yesNo") }) });
