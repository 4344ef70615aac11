import type { ActionState } from "@/lib/http/action-state";

type State = ActionState<unknown>;
/** A server action as a form calls it. */
export type FormActionFn = (state: State, formData: FormData) => Promise<State>;

/**
 * The program editor's server actions, handed down by the page (components never import app/ code). Those that
 * take ids first are bound by the editor to the item at hand.
 */
export type EditorActions = {
  updateProgram: FormActionFn;
  transition: FormActionFn;
  steps: {
    add: (slug: string, programId: string, state: State, formData: FormData) => Promise<State>;
    update: (slug: string, stepId: string, state: State, formData: FormData) => Promise<State>;
    remove: FormActionFn;
    reorder: FormActionFn;
  };
  questions: {
    add: (slug: string, programId: string, role: string, state: State, formData: FormData) => Promise<State>;
    update: (slug: string, questionId: string, state: State, formData: FormData) => Promise<State>;
    remove: FormActionFn;
    reorder: FormActionFn;
  };
};
