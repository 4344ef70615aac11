import type { PairingState } from "@/lib/matching/dto";
import type { AvatarPhoto } from "@/lib/photos/url";

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
  /** The one instant the step is due, for both partners; null while the pair's clock has not started. */
  dueAt: string | null;
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
  /** The partner's time zone shows the reader how the other one reads each due date. */
  partner: { id: string; name: string; image: string | null; timeZone: string; photo: AvatarPhoto | null };
  introduction: string;
  goal: string | null;
  /** When the admins matched the pair. */
  startedAt: string;
  /** When the pair's steps started (decision 015): the match or the program's start, whichever is later. */
  clockStartedAt: string | null;
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
  partner: { name: string; image: string | null; timeZone: string; photo: AvatarPhoto | null };
  /** The pair's private thread, for its unread count. */
  threadId: string | null;
  /** When the admins matched the pair. */
  startedAt: string;
  /** When the pair's steps started; null while the program has not started (decision 015). */
  clockStartedAt: string | null;
  progress: { done: number; total: number; percent: number };
  /**
   * What is due next: the current step, with whether you have checked in on it. Before the clock starts, the first
   * step with no due date.
   */
  next: { stepId: string; title: string; dueAt: string | null; overdue: boolean; checkedIn: boolean } | null;
  awaitingYou: boolean;
};
