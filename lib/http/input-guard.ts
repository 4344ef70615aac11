/**
 * What no input may hold, whichever door it comes through (API bodies and queries, page search parameters):
 * PostgreSQL text cannot hold U+0000, and a value nested deeper than any form or document of ours is an attack on
 * the stack, not data. Walked with an explicit stack, so a body nested 100,000 deep costs a loop, not a crash.
 */
import { msg } from "@/lib/i18n/message-ref";

export const MAX_INPUT_DEPTH = 32;

/** What each problem is called in the catalogues (errors.http.*), with its values (decision 024). */
export const NUL_MESSAGE = msg("errors.http.nul");
export const TOO_DEEP_MESSAGE = msg("errors.http.tooDeep", { max: MAX_INPUT_DEPTH });

export type InputProblem = "nul" | "too-deep";

/** The first problem found in a parsed value (JSON, a query object), or null when it is clean. */
export function inputProblem(value: unknown): InputProblem | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (typeof v === "string") {
      if (v.includes("\0")) return "nul";
      continue;
    }
    if (!v || typeof v !== "object") continue;
    if (depth >= MAX_INPUT_DEPTH) return "too-deep";
    if (Array.isArray(v)) {
      for (const item of v) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const [key, item] of Object.entries(v)) {
      if (key.includes("\0")) return "nul";
      stack.push({ value: item, depth: depth + 1 });
    }
  }
  return null;
}

/** True when any string (or key) in the value holds U+0000; a value too deep to walk counts as holding one. */
export function containsNul(value: unknown): boolean {
  return inputProblem(value) !== null;
}
