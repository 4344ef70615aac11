import { describe, expect, it } from "vitest";
import {
  APPLICATION_ACTIONS,
  APPLICATION_STATES,
  APPLICATION_STATE_LABELS,
  PROGRAM_ACTIONS,
  PROGRAM_STATES,
  PROGRAM_STATE_LABELS,
  acceptsApplications,
  applicationTransition as applicationTransitionRef,
  programTransition as programTransitionRef,
  type ApplicationAction,
  type ApplicationState,
  type ProgramFacts,
  type ProgramState,
} from "@/lib/programs/state-machine";
import { englishMessage } from "@/lib/i18n/format-message";

// Reasons are catalogue refs (decision 024); these tests read them as the English a person reads.
const inEnglish = <S>(t: { ok: true; state: S } | { ok: false; reason: Parameters<typeof englishMessage>[0] }) =>
  t.ok ? t : { ok: false as const, reason: englishMessage(t.reason) };
const programTransition = (...args: Parameters<typeof programTransitionRef>) =>
  inEnglish(programTransitionRef(...args));
const applicationTransition = (...args: Parameters<typeof applicationTransitionRef>) =>
  inEnglish(applicationTransitionRef(...args));

/** A program ready for anything: nothing in these facts blocks a move. */
const READY: ProgramFacts = {
  stepCount: 2,
  mentorQuestionCount: 1,
  menteeQuestionCount: 3,
  mentorshipEnabled: true,
  archived: false,
  activePairings: 0,
  confirmed: false,
};

// Written out here, independently of the module: "STATE action" → next state.
const PROGRAM_ALLOWED: Record<string, ProgramState> = {
  "DRAFT open": "OPEN",
  "OPEN start": "RUNNING",
  "OPEN close": "CLOSED",
  "RUNNING close": "CLOSED",
};

const APPLICATION_ALLOWED: Record<string, ApplicationState> = {
  "DRAFT submit": "PENDING",
  "WITHDRAWN submit": "PENDING",
  "DRAFT edit": "DRAFT",
  "PENDING edit": "PENDING",
  "DRAFT withdraw": "WITHDRAWN",
  "PENDING withdraw": "WITHDRAWN",
  "WAITLISTED withdraw": "WITHDRAWN",
  "APPROVED withdraw": "WITHDRAWN",
  "PENDING approve": "APPROVED",
  "WAITLISTED approve": "APPROVED",
  "PENDING waitlist": "WAITLISTED",
  "APPROVED waitlist": "WAITLISTED",
  "PENDING decline": "DECLINED",
  "WAITLISTED decline": "DECLINED",
  "APPROVED decline": "DECLINED",
  "APPROVED match": "MATCHED",
  "MATCHED unmatch": "APPROVED",
};

const pairs = <S extends string, A extends string>(states: readonly S[], actions: readonly A[]) =>
  states.flatMap((state) => actions.map((action) => ({ state, action, key: `${state} ${action}` })));

/** A reason is a user-facing sentence: capitalized, ends with a full stop, no constant names. */
function expectSentence(reason: string) {
  expect(reason).toMatch(/^[A-Z0-9].*\.$/);
  expect(reason).not.toMatch(/\b(DRAFT|OPEN|RUNNING|CLOSED|PENDING|APPROVED|MATCHED|WAITLISTED|DECLINED|WITHDRAWN)\b/);
}

describe("programTransition: every state × action", () => {
  it("covers 4 states × 3 actions", () => {
    expect(pairs(PROGRAM_STATES, PROGRAM_ACTIONS)).toHaveLength(12);
  });

  it.each(pairs(PROGRAM_STATES, PROGRAM_ACTIONS))("$key", ({ state, action, key }) => {
    const result = programTransition(state, action, READY);
    const expected = PROGRAM_ALLOWED[key];
    if (expected) {
      expect(result).toEqual({ ok: true, state: expected });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) expectSentence(result.reason);
    }
  });

  it("names the state in words when refusing", () => {
    expect(programTransition("RUNNING", "open", READY)).toEqual({
      ok: false,
      reason: "A running program cannot be opened again.",
    });
    expect(programTransition("CLOSED", "start", READY)).toMatchObject({ ok: false, reason: /closed/i });
    expect(programTransition("DRAFT", "close", READY)).toMatchObject({ ok: false, reason: /draft/i });
  });
});

describe("programTransition guards", () => {
  it.each([
    { change: { mentorshipEnabled: false }, reason: "Switch mentorship on for the group first." },
    { change: { stepCount: 0 }, reason: "Add at least one step before opening." },
    { change: { mentorQuestionCount: 0 }, reason: "Add at least one question for mentors and one for mentees." },
    { change: { menteeQuestionCount: 0 }, reason: "Add at least one question for mentors and one for mentees." },
  ])("refuses to open with $change", ({ change, reason }) => {
    expect(programTransition("DRAFT", "open", { ...READY, ...change })).toEqual({ ok: false, reason });
  });

  it("opens with exactly one step and one question per role", () => {
    const facts = { ...READY, stepCount: 1, mentorQuestionCount: 1, menteeQuestionCount: 1 };
    expect(programTransition("DRAFT", "open", facts)).toEqual({ ok: true, state: "OPEN" });
  });

  it.each(["OPEN", "RUNNING"] as const)("refuses to close a %s program with active pairs until confirmed", (state) => {
    expect(programTransition(state, "close", { ...READY, activePairings: 3 })).toEqual({
      ok: false,
      reason: "3 pairs are still active: confirm to complete them.",
    });
    expect(programTransition(state, "close", { ...READY, activePairings: 1 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("1 pair is still active"),
    });
    expect(programTransition(state, "close", { ...READY, activePairings: 3, confirmed: true })).toEqual({
      ok: true,
      state: "CLOSED",
    });
  });

  it("does not need confirmation to start a program with pairs", () => {
    expect(programTransition("OPEN", "start", { ...READY, activePairings: 5 })).toEqual({
      ok: true,
      state: "RUNNING",
    });
  });

  it.each(pairs(PROGRAM_STATES, PROGRAM_ACTIONS))("an archived program refuses $key", ({ state, action }) => {
    expect(programTransition(state, action, { ...READY, archived: true, confirmed: true })).toEqual({
      ok: false,
      reason: "This program is archived.",
    });
  });
});

describe("acceptsApplications", () => {
  const cases: {
    state: ProgramState;
    acceptWhileRunning: boolean;
    archived: boolean;
    on: boolean;
    expected: boolean;
  }[] = [];
  for (const state of PROGRAM_STATES)
    for (const acceptWhileRunning of [false, true])
      for (const archived of [false, true])
        for (const on of [false, true]) {
          const stateAccepts = state === "OPEN" || (state === "RUNNING" && acceptWhileRunning);
          cases.push({ state, acceptWhileRunning, archived, on, expected: stateAccepts && !archived && on });
        }

  it.each(cases)(
    "$state, acceptWhileRunning=$acceptWhileRunning, archived=$archived, mentorship=$on → $expected",
    ({ state, acceptWhileRunning, archived, on, expected }) => {
      expect(acceptsApplications({ state, acceptWhileRunning, archived }, on)).toBe(expected);
    },
  );

  it("accepts in exactly three of the 32 combinations", () => {
    expect(cases.filter((c) => c.expected)).toHaveLength(3);
  });
});

describe("applicationTransition: every state × action", () => {
  it("covers 7 states × 8 actions", () => {
    expect(pairs(APPLICATION_STATES, APPLICATION_ACTIONS)).toHaveLength(56);
  });

  it.each(pairs(APPLICATION_STATES, APPLICATION_ACTIONS))("$key", ({ state, action, key }) => {
    const result = applicationTransition(state, action);
    const expected = APPLICATION_ALLOWED[key];
    if (expected) {
      expect(result).toEqual({ ok: true, state: expected });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) expectSentence(result.reason);
    }
  });

  it.each([
    ["DECLINED", "approve", "This application was already declined."],
    ["MATCHED", "withdraw", "A matched application cannot be withdrawn; ask an admin to end the pairing."],
    ["PENDING", "match", "Approve the application before matching it."],
    ["WITHDRAWN", "withdraw", "This application was already withdrawn."],
  ] satisfies [ApplicationState, ApplicationAction, string][])("%s %s explains: %s", (state, action, reason) => {
    expect(applicationTransition(state, action)).toEqual({ ok: false, reason });
  });

  it("declined is final", () => {
    for (const action of APPLICATION_ACTIONS) expect(applicationTransition("DECLINED", action).ok).toBe(false);
  });
});

describe("labels", () => {
  it("has a label for every state", () => {
    expect(Object.keys(PROGRAM_STATE_LABELS).sort()).toEqual([...PROGRAM_STATES].sort());
    expect(Object.keys(APPLICATION_STATE_LABELS).sort()).toEqual([...APPLICATION_STATES].sort());
    expect(PROGRAM_STATE_LABELS.OPEN).toBe("Open for applications");
    expect(APPLICATION_STATE_LABELS.PENDING).toBe("Pending review");
  });
});
