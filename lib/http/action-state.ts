import type { ErrorCode, FieldErrors } from "@/lib/errors";

/** What every server action returns to its form (`useActionState`). `values` refill the form after an error. */
export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "success"; message: string; data: T }
  | { status: "error"; code: ErrorCode; message: string; fields: FieldErrors; values: Record<string, string> };

export const idle: ActionState<never> = { status: "idle" };
