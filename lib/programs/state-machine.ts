/** Program and application life cycles. Pure: services load the facts, ask here, then write. */
import { msg, type MessageRef } from "@/lib/i18n/message-ref";

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

/** A refusal's reason is a catalogue ref (decision 024): the error that carries it is rendered per reader. */
export type Transition<S> = { ok: true; state: S } | { ok: false; reason: MessageRef };

export const PROGRAM_STATE_LABELS: Record<ProgramState, string> = {
  DRAFT: "Draft",
  OPEN: "Open for applications",
  RUNNING: "Running",
  CLOSED: "Closed",
};

const refuse = (reason: MessageRef): { ok: false; reason: MessageRef } => ({ ok: false, reason });

/** Why each refused (state, action) pair is refused; `null` marks an allowed move. */
const PROGRAM_REFUSALS: Record<ProgramAction, Record<ProgramState, MessageRef | null>> = {
  open: {
    DRAFT: null,
    OPEN: msg("errors.programs.alreadyOpen"),
    RUNNING: msg("errors.programs.runningCannotOpen"),
    CLOSED: msg("errors.programs.closedCannotOpen"),
  },
  start: {
    DRAFT: msg("errors.programs.openBeforeStart"),
    OPEN: null,
    RUNNING: msg("errors.programs.alreadyRunning"),
    CLOSED: msg("errors.programs.closedCannotStart"),
  },
  close: {
    DRAFT: msg("errors.programs.draftCannotClose"),
    OPEN: null,
    RUNNING: null,
    CLOSED: msg("errors.programs.alreadyClosed"),
  },
};

const PROGRAM_NEXT: Record<ProgramAction, ProgramState> = { open: "OPEN", start: "RUNNING", close: "CLOSED" };

export function programTransition(
  state: ProgramState,
  action: ProgramAction,
  facts: ProgramFacts,
): Transition<ProgramState> {
  if (facts.archived) return refuse(msg("errors.programs.archived"));
  const refusal = PROGRAM_REFUSALS[action][state];
  if (refusal) return refuse(refusal);
  if (action === "open") {
    if (!facts.mentorshipEnabled) return refuse(msg("errors.programs.mentorshipOff"));
    if (facts.stepCount < 1) return refuse(msg("errors.programs.addStep"));
    if (facts.mentorQuestionCount < 1 || facts.menteeQuestionCount < 1)
      return refuse(msg("errors.programs.addQuestions"));
  }
  if (action === "close" && facts.activePairings > 0 && !facts.confirmed) {
    return refuse(msg("errors.programs.pairsStillActive", { count: facts.activePairings }));
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

function applicationRefusal(state: ApplicationState, action: ApplicationAction): MessageRef {
  if (state === "DECLINED") return msg("errors.applications.alreadyDeclined");
  if (state === "WITHDRAWN")
    return action === "withdraw"
      ? msg("errors.applications.alreadyWithdrawn")
      : msg("errors.applications.withdrawnSubmitAgain");
  if (state === "MATCHED") {
    if (action === "withdraw") return msg("errors.applications.matchedCannotWithdraw");
    if (action === "match" || action === "approve") return msg("errors.applications.alreadyMatched");
    if (action === "submit") return msg("errors.applications.alreadySubmitted");
    return msg("errors.applications.matchedCannotChange");
  }
  if (state === "DRAFT") return msg("errors.applications.notSubmitted");
  switch (action) {
    case "submit":
      return msg("errors.applications.alreadySubmitted");
    case "edit":
      return msg(state === "APPROVED" ? "errors.applications.approvedNoEdit" : "errors.applications.waitlistedNoEdit");
    case "approve":
      return msg("errors.applications.alreadyApproved");
    case "waitlist":
      return msg("errors.applications.alreadyWaitlisted");
    case "match":
      return msg("errors.applications.approveBeforeMatch");
    default:
      return msg("errors.applications.notMatched");
  }
}

export function applicationTransition(
  state: ApplicationState,
  action: ApplicationAction,
): Transition<ApplicationState> {
  const next = APPLICATION_MOVES[action][state];
  return next ? { ok: true, state: next } : refuse(applicationRefusal(state, action));
}
