import type { PairingState } from "@/lib/matching/dto";

export type PairingSide = "MENTOR" | "MENTEE";
/** One pairing state type for matching and check-ins. */
export type PairingStateDto = PairingState;

export type CheckInDto = { reflection: string; rating: number; updatedAt: string };

export type PairStepDto = {
  id: string;
  position: number;
  title: string;
  guidance: string;
  prompts: string[];
  dueWeek: number;
  dueAt: string;
  isGoalStep: boolean;
  complete: boolean;
  current: boolean;
  mine: CheckInDto | null;
  /**
   * The other participant's check-in: "waiting" (not written), "hidden" (written, shown once you write yours), or
   * "shared" with the entry.
   */
  theirs: { status: "waiting" } | { status: "hidden" } | ({ status: "shared" } & CheckInDto);
};

export type PairSpaceDto = {
  id: string;
  state: PairingStateDto;
  side: PairingSide;
  program: { id: string; name: string; groupSlug: string; groupName: string };
  partner: { id: string; name: string; image: string | null };
  introduction: string;
  goal: string | null;
  startedAt: string;
  completedAt: string | null;
  endedAt: string | null;
  threadId: string | null;
  steps: PairStepDto[];
  progress: { done: number; total: number; percent: number; allComplete: boolean };
  completion: { proposedBy: "me" | "partner" | null; proposedAt: string | null };
  feedback: { given: boolean; canGive: boolean };
  canCheckIn: boolean;
};

export type MyPairingDto = {
  id: string;
  state: PairingStateDto;
  side: PairingSide;
  program: { id: string; name: string };
  group: { slug: string; name: string };
  partner: { name: string; image: string | null };
  /** The pair's private thread, for its unread count. */
  threadId: string | null;
  startedAt: string;
  progress: { done: number; total: number; percent: number };
  /** What is due next: the current step, with whether you have checked in on it. */
  next: { stepId: string; title: string; dueAt: string; overdue: boolean; checkedIn: boolean } | null;
  awaitingYou: boolean;
};
