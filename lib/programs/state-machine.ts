/** Program and application life cycles. Pure: services load the facts, ask here, then write. */

export const PROGRAM_STATES = ["DRAFT", "OPEN", "RUNNING", "CLOSED"] as const;
export type ProgramState = (typeof PROGRAM_STATES)[number];

export const PROGRAM_ACTIONS = ["open", "start", "close"] as const;
export type ProgramAction = (typeof PROGRAM_ACTIONS)[number];

export type ProgramFacts = {
  stepCount: number;
  mentorQuestionCount: number;
  menteeQuestionCount: number;
  mentorshipEnabled: boolean;
  archived: boolean;
  activePairings: number;
  /** The admin confirmed that closing completes the active pairings. */
  confirmed: boolean;
};

export type Transition<S> = { ok: true; state: S } | { ok: false; reason: string };

export const PROGRAM_STATE_LABELS: Record<ProgramState, string> = {
  DRAFT: "Draft",
  OPEN: "Open for applications",
  RUNNING: "Running",
  CLOSED: "Closed",
};

const refuse = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** Why each refused (state, action) pair is refused; `null` marks an allowed move. */
const PROGRAM_REFUSALS: Record<ProgramAction, Record<ProgramState, string | null>> = {
  open: {
    DRAFT: null,
    OPEN: "This program is already open.",
    RUNNING: "A running program cannot be opened again.",
    CLOSED: "A closed program cannot be opened again.",
  },
  start: {
    DRAFT: "Open the program for applications before starting it.",
    OPEN: null,
    RUNNING: "This program is already running.",
    CLOSED: "A closed program cannot be started again.",
  },
  close: {
    DRAFT: "A draft program has not opened yet, so it cannot be closed.",
    OPEN: null,
    RUNNING: null,
    CLOSED: "This program is already closed.",
  },
};

const PROGRAM_NEXT: Record<ProgramAction, ProgramState> = { open: "OPEN", start: "RUNNING", close: "CLOSED" };

export function programTransition(
  state: ProgramState,
  action: ProgramAction,
  facts: ProgramFacts,
): Transition<ProgramState> {
  if (facts.archived) return refuse("This program is archived.");
  const refusal = PROGRAM_REFUSALS[action][state];
  if (refusal) return refuse(refusal);
  if (action === "open") {
    if (!facts.mentorshipEnabled) return refuse("Switch mentorship on for the group first.");
    if (facts.stepCount < 1) return refuse("Add at least one step before opening.");
    if (facts.mentorQuestionCount < 1 || facts.menteeQuestionCount < 1)
      return refuse("Add at least one question for mentors and one for mentees.");
  }
  if (action === "close" && facts.activePairings > 0 && !facts.confirmed) {
    const n = facts.activePairings;
    return refuse(
      n === 1
        ? "1 pair is still active: confirm to complete it."
        : `${n} pairs are still active: confirm to complete them.`,
    );
  }
  return { ok: true, state: PROGRAM_NEXT[action] };
}

/** Whether people can apply now: open, or running with late applications allowed, in a group with mentorship on. */
export function acceptsApplications(
  program: { state: ProgramState; acceptWhileRunning: boolean; archived: boolean },
  mentorshipEnabled: boolean,
): boolean {
  if (program.archived || !mentorshipEnabled) return false;
  return program.state === "OPEN" || (program.state === "RUNNING" && program.acceptWhileRunning);
}

export const APPLICATION_STATES = [
  "DRAFT",
  "PENDING",
  "APPROVED",
  "MATCHED",
  "WAITLISTED",
  "DECLINED",
  "WITHDRAWN",
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_ACTIONS = [
  "submit",
  "edit",
  "withdraw",
  "approve",
  "waitlist",
  "decline",
  "match",
  "unmatch",
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

export const APPLICATION_STATE_LABELS: Record<ApplicationState, string> = {
  DRAFT: "Draft",
  PENDING: "Pending review",
  APPROVED: "Approved",
  MATCHED: "Matched",
  WAITLISTED: "Waitlisted",
  DECLINED: "Declined",
  WITHDRAWN: "Withdrawn",
};

/** The allowed moves: action → (from → to). Anything not listed is refused. */
const APPLICATION_MOVES: Record<ApplicationAction, Partial<Record<ApplicationState, ApplicationState>>> = {
  submit: { DRAFT: "PENDING", WITHDRAWN: "PENDING" },
  edit: { DRAFT: "DRAFT", PENDING: "PENDING" },
  withdraw: { DRAFT: "WITHDRAWN", PENDING: "WITHDRAWN", WAITLISTED: "WITHDRAWN", APPROVED: "WITHDRAWN" },
  approve: { PENDING: "APPROVED", WAITLISTED: "APPROVED" },
  waitlist: { PENDING: "WAITLISTED", APPROVED: "WAITLISTED" },
  decline: { PENDING: "DECLINED", WAITLISTED: "DECLINED", APPROVED: "DECLINED" },
  match: { APPROVED: "MATCHED" },
  unmatch: { MATCHED: "APPROVED" },
};

function applicationRefusal(state: ApplicationState, action: ApplicationAction): string {
  if (state === "DECLINED") return "This application was already declined.";
  if (state === "WITHDRAWN")
    return action === "withdraw"
      ? "This application was already withdrawn."
      : "This application was withdrawn; submit it again first.";
  if (state === "MATCHED") {
    if (action === "withdraw") return "A matched application cannot be withdrawn; ask an admin to end the pairing.";
    if (action === "match" || action === "approve") return "This application is already matched.";
    if (action === "submit") return "This application was already submitted.";
    return "A matched application cannot be changed; end the pairing first.";
  }
  if (state === "DRAFT") return "This application has not been submitted yet.";
  switch (action) {
    case "submit":
      return "This application was already submitted.";
    case "edit":
      return `${state === "APPROVED" ? "An approved" : "A waitlisted"} application can no longer be edited.`;
    case "approve":
      return "This application is already approved.";
    case "waitlist":
      return "This application is already on the waitlist.";
    case "match":
      return "Approve the application before matching it.";
    default:
      return "This application is not matched.";
  }
}

export function applicationTransition(
  state: ApplicationState,
  action: ApplicationAction,
): Transition<ApplicationState> {
  const next = APPLICATION_MOVES[action][state];
  return next ? { ok: true, state: next } : refuse(applicationRefusal(state, action));
}
