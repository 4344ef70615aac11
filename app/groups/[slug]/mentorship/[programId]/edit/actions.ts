"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction, type ActionState } from "@/lib/http/action";
import { jsonField } from "@/lib/http/json-field";
import type { SessionUser } from "@/lib/auth/session-user";
import { ZSlug } from "@/lib/groups/schemas";
import { updateProgram } from "@/lib/programs/update-program";
import { transitionProgram } from "@/lib/programs/transition-program";
import { addStep, removeStep, reorderSteps, updateStep } from "@/lib/programs/edit-steps";
import { addQuestion, removeQuestion, reorderQuestions, updateQuestion } from "@/lib/programs/edit-questions";
import { ZQuestionInput } from "@/lib/programs/question-schema";
import { ZId, ZProgramTransitionInput, ZProgramUpdateInput, ZRole, ZStepInput } from "@/lib/programs/schemas";

/**
 * The program editor's actions. Ids and the group's slug are bound by the page or the editor (visible to the
 * client, and fine: every service resolves the program from the id and authorizes the caller there); the slug
 * only names the pages to refresh.
 */

type State = ActionState<unknown>;
type Result = { message: string; data: unknown };

function refresh(slug: string) {
  revalidatePath(`/groups/${ZSlug.parse(slug)}`, "layout");
}

/** A form of list-shaped data (one "json" field) checked with `schema`, with ids bound before it. */
function jsonAction<S extends z.ZodType>(
  schema: S,
  prev: State,
  formData: FormData,
  handler: (input: z.output<S>, user: SessionUser) => Promise<Result>,
): Promise<State> {
  const run = formAction({ schema: jsonField(schema), handler: (input, { user }) => handler(input, user) });
  return run(prev as Parameters<typeof run>[0], formData);
}

/** The editor hands every action down as "a form action"; what each returns as data is its own business. */
const loose = <T>(action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>) =>
  action as unknown as (prev: State, formData: FormData) => Promise<State>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export async function updateProgramAction(slug: string, programId: string, prev: State, formData: FormData) {
  return jsonAction(ZProgramUpdateInput, prev, formData, async (input, user) => {
    const result = await updateProgram(user, ZId.parse(programId), input);
    refresh(slug);
    return { message: result.changed.length ? "Details saved." : "No changes to save.", data: result };
  });
}

const TRANSITION_MESSAGES = {
  open: (r: { notified: number }) =>
    `Applications are open.${r.notified ? ` We told ${plural(r.notified, "member")} who asked to hear about it.` : ""}`,
  start: () => "The program is running. Pairs can work through the steps.",
  close: (r: { completedPairings: number }) =>
    `The program is closed.${r.completedPairings ? ` ${plural(r.completedPairings, "pair")} marked completed.` : ""}`,
  archive: () => "The program is archived. It stays readable under Past programs.",
} as const;

export const transitionProgramAction = loose(
  formAction({
    schema: z.strictObject({
      slug: ZSlug,
      programId: ZId,
      action: ZProgramTransitionInput.shape.action,
      confirm: z.literal("true").optional(),
    }),
    handler: async ({ slug, programId, action, confirm }, { user }) => {
      const result = await transitionProgram(user, programId, { action, confirm: confirm === "true" });
      revalidatePath(`/groups/${slug}`, "layout");
      return { message: TRANSITION_MESSAGES[action](result), data: result };
    },
  }),
);

export async function addStepAction(slug: string, programId: string, prev: State, formData: FormData) {
  return jsonAction(ZStepInput, prev, formData, async (input, user) => {
    const result = await addStep(user, ZId.parse(programId), input);
    refresh(slug);
    return { message: `Step “${input.title}” added.`, data: result };
  });
}

export async function updateStepAction(slug: string, stepId: string, prev: State, formData: FormData) {
  return jsonAction(ZStepInput, prev, formData, async (input, user) => {
    const result = await updateStep(user, ZId.parse(stepId), input);
    refresh(slug);
    return { message: `Step “${input.title}” saved.`, data: result };
  });
}

export const removeStepAction = loose(
  formAction({
    schema: z.strictObject({ slug: ZSlug, stepId: ZId }),
    handler: async ({ slug, stepId }, { user }) => {
      const result = await removeStep(user, stepId);
      revalidatePath(`/groups/${slug}`, "layout");
      return {
        message:
          result.outcome === "retired"
            ? "Pairs had checked in on that step, so it was retired instead of deleted: their check-ins are kept, and pairs who haven't reached it won't see it."
            : "Step removed.",
        data: result,
      };
    },
  }),
);

const ZIdList = z
  .string()
  .max(4000)
  .transform((v) => v.split(",").filter(Boolean));

export const reorderStepsAction = loose(
  formAction({
    schema: z.strictObject({ slug: ZSlug, programId: ZId, ids: ZIdList }),
    handler: async ({ slug, programId, ids }, { user }) => {
      const result = await reorderSteps(user, programId, { ids });
      revalidatePath(`/groups/${slug}`, "layout");
      return { message: "New step order saved.", data: result };
    },
  }),
);

export async function addQuestionAction(
  slug: string,
  programId: string,
  role: string,
  prev: State,
  formData: FormData,
) {
  return jsonAction(ZQuestionInput, prev, formData, async (input, user) => {
    const result = await addQuestion(user, ZId.parse(programId), { role: ZRole.parse(role), ...input });
    refresh(slug);
    return { message: "Question added.", data: result };
  });
}

export async function updateQuestionAction(slug: string, questionId: string, prev: State, formData: FormData) {
  return jsonAction(ZQuestionInput, prev, formData, async (input, user) => {
    const result = await updateQuestion(user, ZId.parse(questionId), input);
    refresh(slug);
    return { message: "Question saved.", data: result };
  });
}

export const removeQuestionAction = loose(
  formAction({
    schema: z.strictObject({ slug: ZSlug, questionId: ZId }),
    handler: async ({ slug, questionId }, { user }) => {
      const result = await removeQuestion(user, questionId);
      revalidatePath(`/groups/${slug}`, "layout");
      return { message: "Question removed.", data: result };
    },
  }),
);

export const reorderQuestionsAction = loose(
  formAction({
    schema: z.strictObject({ slug: ZSlug, programId: ZId, role: ZRole, ids: ZIdList }),
    handler: async ({ slug, programId, role, ids }, { user }) => {
      const result = await reorderQuestions(user, programId, { role, ids });
      revalidatePath(`/groups/${slug}`, "layout");
      return { message: "New question order saved.", data: result };
    },
  }),
);
