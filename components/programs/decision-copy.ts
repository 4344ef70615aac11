import type { Decision } from "@/lib/programs/limits";
import { applicationTransition, type ApplicationState } from "@/lib/programs/state-machine";

/** The decisions, in the order their buttons show; their words are `applications.decision.*` (select on it). */
export const DECISIONS: readonly Decision[] = ["approve", "waitlist", "decline"];

/** The decisions an application in this state can still take (the service checks again). */
export function decisionsFor(state: ApplicationState): Decision[] {
  return DECISIONS.filter((d) => applicationTransition(state, d).ok);
}
