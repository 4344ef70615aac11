"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { formAction, type ActionState } from "@/lib/http/action";
import { jsonObject } from "@/lib/http/json-field";
import type { SessionUser } from "@/lib/auth/session-user";
import { updateProgram } from "@/lib/programs/update-program";
import { transitionProgram } from "@/lib/programs/transition-program";
import { addStep, removeStep, reorderSteps, updateStep } from "@/lib/programs/edit-steps";
import { addQuestion, removeQuestion, reorderQuestions, updateQuestion } from "@/lib/programs/edit-questions";
import { setMatchingRules } from "@/lib/matching/set-rules";

/**
 * The program editor's actions. Ids and the group's slug are bound by the page or the editor (visible to the
 * client, and fine: every service resolves the program from the id and authorizes the caller there); the slug
 * only names the pages to refresh.
 */

type State = ActionState<unknown>;
type Result = { message: string; data: unknown };

function refresh(slug: string) {
  revalidatePath(`/groups/${slug}`, "layout");
}

/** A form of list-shaped data (one "json" field, decoded here and parsed by the service), with ids bound before it. */
function jsonAction(
  prev: State,
  formData: FormData,
  handler: (input: Record<string, unknown>, user: SessionUser) => Promise<Result>,
): Promise<State> {
  const run = formAction({ handler: (values, { user }) => handler(jsonObject(values), user) });
  return run(prev as Parameters<typeof run>[0], formData);
}

/** A step's title as the service accepted it, for the toast. */
const titleOf = (input: Record<string, unknown>) => (typeof input.title === "string" ? input.title.trim() : "");

/** The editor hands every action down as "a form action"; what each returns as data is its own business. */
const loose = <T>(action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>) =>
  action as unknown as (prev: State, formData: FormData) => Promise<State>;

/** The editor's toasts, in the reader's language. */
const messages = () => getTranslations("programEditor.messages");

export async function updateProgramAction(slug: string, programId: string, prev: State, formData: FormData) {
  return jsonAction(prev, formData, async (input, user) => {
    const result = await updateProgram(user, programId, input);
    refresh(slug);
    const t = await messages();
    return { message: result.changed.length ? t("detailsSaved") : t("noChanges"), data: result };
  });
}

/** The Matching tab: the program's hard rules (decision 031). */
export async function setMatchingRulesAction(slug: string, programId: string, prev: State, formData: FormData) {
  return jsonAction(prev, formData, async (input, user) => {
    const result = await setMatchingRules(user, programId, input);
    refresh(slug);
    return { message: (await messages())("rulesSaved"), data: result };
  });
}

type Say = Awaited<ReturnType<typeof messages>>;
const TRANSITION_MESSAGES = {
  open: (t: Say, r: { notified: number }) => (r.notified ? t("openedNotified", { count: r.notified }) : t("opened")),
  start: (t: Say) => t("started"),
  close: (t: Say, r: { completedPairings: number }) =>
    r.completedPairings ? t("closedCompleted", { count: r.completedPairings }) : t("closed"),
  archive: (t: Say) => t("archived"),
} as const;

export const transitionProgramAction = loose(
  formAction({
    handler: async ({ slug = "", programId = "", action, confirm }, { user }) => {
      const result = await transitionProgram(user, programId, { action, confirm: confirm === "true" });
      revalidatePath(`/groups/${slug}`, "layout");
      // The service accepted the action, so it is one of these.
      const done = TRANSITION_MESSAGES[action as keyof typeof TRANSITION_MESSAGES] as (
        t: Say,
        r: typeof result,
      ) => string;
      return { message: done(await messages(), result), data: result };
    },
  }),
);

export async function addStepAction(slug: string, programId: string, prev: State, formData: FormData) {
  return jsonAction(prev, formData, async (input, user) => {
    const result = await addStep(user, programId, input);
    refresh(slug);
    return { message: (await messages())("stepAdded", { title: titleOf(input) }), data: result };
  });
}

export async function updateStepAction(slug: string, stepId: string, prev: State, formData: FormData) {
  return jsonAction(prev, formData, async (input, user) => {
    const result = await updateStep(user, stepId, input);
    refresh(slug);
    return { message: (await messages())("stepSaved", { title: titleOf(input) }), data: result };
  });
}

export const removeStepAction = loose(
  formAction({
    handler: async ({ slug = "", stepId = "" }, { user }) => {
      const result = await removeStep(user, stepId);
      revalidatePath(`/groups/${slug}`, "layout");
      const t = await messages();
      return { message: result.outcome === "retired" ? t("stepRetired") : t("stepRemoved"), data: result };
    },
  }),
);

/** A reorder form's ids: a comma-separated list. */
const idList = (ids = "") => ids.split(",").filter(Boolean);

export const reorderStepsAction = loose(
  formAction({
    handler: async ({ slug = "", programId = "", ids }, { user }) => {
      const result = await reorderSteps(user, programId, { ids: idList(ids) });
      revalidatePath(`/groups/${slug}`, "layout");
      return { message: (await messages())("stepsReordered"), data: result };
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
  return jsonAction(prev, formData, async (input, user) => {
    const result = await addQuestion(user, programId, { ...input, role });
    refresh(slug);
    return { message: (await messages())("questionAdded"), data: result };
  });
}

export async function updateQuestionAction(slug: string, questionId: string, prev: State, formData: FormData) {
  return jsonAction(prev, formData, async (input, user) => {
    const result = await updateQuestion(user, questionId, input);
    refresh(slug);
    return { message: (await messages())("questionSaved"), data: result };
  });
}

export const removeQuestionAction = loose(
  formAction({
    handler: async ({ slug = "", questionId = "" }, { user }) => {
      const result = await removeQuestion(user, questionId);
      revalidatePath(`/groups/${slug}`, "layout");
      return { message: (await messages())("questionRemoved"), data: result };
    },
  }),
);

export const reorderQuestionsAction = loose(
  formAction({
    handler: async ({ slug = "", programId = "", role, ids }, { user }) => {
      const result = await reorderQuestions(user, programId, { role, ids: idList(ids) });
      revalidatePath(`/groups/${slug}`, "layout");
      return { message: (await messages())("questionsReordered"), data: result };
    },
  }),
);
