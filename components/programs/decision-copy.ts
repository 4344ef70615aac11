import type { Decision } from "@/lib/programs/schemas";
import { applicationTransition, type ApplicationState } from "@/lib/programs/state-machine";

export const DECISIONS: readonly Decision[] = ["approve", "waitlist", "decline"];

export const DECISION_COPY: Record<Decision, { verb: string; pending: string; told: string }> = {
  approve: {
    verb: "Approve",
    pending: "Approving…",
    told: "They'll hear they're approved. Matching them with someone is a separate step.",
  },
  waitlist: {
    verb: "Waitlist",
    pending: "Saving…",
    told: "They'll hear there's no place for them right now, and that you may come back to them.",
  },
  decline: {
    verb: "Decline",
    pending: "Declining…",
    told: "They'll hear their application was not accepted, with thanks for applying.",
  },
};

/** The decisions an application in this state can still take (the service checks again). */
export function decisionsFor(state: ApplicationState): Decision[] {
  return DECISIONS.filter((d) => applicationTransition(state, d).ok);
}
