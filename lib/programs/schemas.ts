import { z } from "zod";
import { PROGRAM_TEMPLATES } from "./templates";

export const MAX_STEPS = 30;
export const MAX_PROMPTS = 5;
export const MAX_QUESTIONS_PER_ROLE = 20;
export const MAX_PROGRAM_TOPICS = 30;
export const MAX_BULK_APPLICATIONS = 100;
export const APPLICATIONS_PAGE_SIZE = 25;

const text = (label: string, max: number) =>
  z
    .string({ message: `Enter ${label}.` })
    .trim()
    .max(max, `Keep ${label} under ${max} characters.`);

/** Ids are cuids; anything else cannot name a row, so it is refused before it reaches the database. */
export const ZId = z
  .string()
  .trim()
  .regex(/^[a-z0-9]{8,40}$/i, "That id is not valid.");

export const ZRole = z.enum(["MENTOR", "MENTEE"], { message: "Choose mentor or mentee." });
export type Role = z.output<typeof ZRole>;

export const ZTemplate = z.enum(PROGRAM_TEMPLATES, { message: "Choose a template." });

const ZTopicList = z
  .array(text("a topic", 40).min(1, "A topic cannot be empty."))
  .max(MAX_PROGRAM_TOPICS, `List at most ${MAX_PROGRAM_TOPICS} topics.`)
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
  .number({ message: "Enter a number of weeks." })
  .int("Use whole weeks.")
  .min(1, "A program lasts at least 1 week.")
  .max(104, "A program lasts at most 104 weeks.");

const ZCapacity = z
  .number({ message: "Enter a number." })
  .int("Use a whole number.")
  .min(1, "Mentors take at least 1 mentee.")
  .max(10, "Mentors take at most 10 mentees.");

const programFields = {
  name: text("a name", 100).min(3, "Use at least 3 characters for the name."),
  description: text("a description", 4000),
  audience: text("who it is for", 1000),
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
  action: z.enum(["open", "start", "close", "archive"], { message: "Choose open, start, close or archive." }),
  /** Closing a program with active pairs completes them; the admin must say so. */
  confirm: z.boolean().default(false),
});
export type ProgramTransitionInput = z.output<typeof ZProgramTransitionInput>;

const stepFields = {
  title: text("a title", 120).min(1, "Give the step a title."),
  guidance: text("the guidance", 2000),
  prompts: z
    .array(text("a prompt", 300).min(1, "A prompt cannot be empty."))
    .min(1, "Add at least one conversation prompt.")
    .max(MAX_PROMPTS, `Add at most ${MAX_PROMPTS} prompts.`),
  dueWeek: z
    .number({ message: "Enter the week it is due in." })
    .int("Use a whole week.")
    .min(1, "Weeks start at 1.")
    .max(104, "Use week 104 or earlier."),
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
  ids: z.array(ZId).min(1, "Nothing to order.").max(100, "Too many items."),
});
export const ZReorderQuestionsInput = ZOrderInput.extend({ role: ZRole });

export const ZApplicationInput = z.strictObject({
  role: ZRole,
  /** Answers keyed by question id; validated against the program's questions by the service. */
  answers: z.record(z.string(), z.unknown()).default({}),
  /** Mentors only: how many mentees they can take. */
  capacity: z
    .number({ message: "Enter how many mentees you can take." })
    .int("Use a whole number.")
    .min(1, "Take at least 1 mentee.")
    .max(10, "Take at most 10 mentees.")
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

export const ZDecision = z.enum(["approve", "waitlist", "decline"], {
  message: "Choose approve, waitlist or decline.",
});
export type Decision = z.output<typeof ZDecision>;

export const ZDecideApplicationsInput = z.strictObject({
  ids: z
    .array(ZId)
    .min(1, "Select at least one application.")
    .max(MAX_BULK_APPLICATIONS, `Decide at most ${MAX_BULK_APPLICATIONS} at once.`),
  decision: ZDecision,
  message: text("the message", 1000).default(""),
});
export type DecideApplicationsInput = z.output<typeof ZDecideApplicationsInput>;

export const APPLICATION_STATE_FILTERS = [
  "PENDING",
  "WAITLISTED",
  "APPROVED",
  "MATCHED",
  "DECLINED",
  "WITHDRAWN",
] as const;

export const ZApplicationsQuery = z.strictObject({
  role: ZRole.optional(),
  state: z.enum(APPLICATION_STATE_FILTERS).optional(),
  topic: text("a topic", 40).optional(),
  language: text("a language", 40).optional(),
  timeZone: text("a time zone", 64).optional(),
  q: text("the search", 100).optional(),
  cursor: z.string().max(200).optional(),
});
export type ApplicationsQuery = z.output<typeof ZApplicationsQuery>;

export const ZMentorshipInput = z.strictObject({ enabled: z.boolean({ message: "Say on or off." }) });
export const ZWatchInput = z.strictObject({ watching: z.boolean({ message: "Say yes or no." }) });
