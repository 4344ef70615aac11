import type { ActionState } from "@/lib/http/action-state";

/**
 * The server's refusal of a cohort, by mentee: its fields are named after the submitted pairs ("pairs.3",
 * "pairs.3.introduction"), and the submitted JSON says which mentee each index was.
 */
export function problemsFromState(state: ActionState<unknown>): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  if (state.status !== "error" || !state.values.json) return problems;
  let pairs: { menteeApplicationId?: unknown }[] = [];
  try {
    const parsed = JSON.parse(state.values.json) as { pairs?: unknown };
    if (Array.isArray(parsed.pairs)) pairs = parsed.pairs as typeof pairs;
  } catch {
    return problems;
  }
  for (const [key, messages] of Object.entries(state.fields)) {
    const index = /^pairs\.(\d+)(?:\.|$)/.exec(key)?.[1];
    const mentee = index === undefined ? undefined : pairs[Number(index)]?.menteeApplicationId;
    if (typeof mentee !== "string") continue;
    problems.set(mentee, [...(problems.get(mentee) ?? []), ...messages]);
  }
  return problems;
}
