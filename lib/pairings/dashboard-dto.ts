export type FunnelDto = {
  applications: Record<"MENTOR" | "MENTEE", Record<string, number>>;
  /** Mentees approved at some point (approved, matched, or since paired). */
  approvedMentees: number;
  matchedMentees: number;
  active: number;
  completed: number;
  endedEarly: number;
};

export type DashboardPairDto = {
  id: string;
  state: "ACTIVE" | "COMPLETED" | "ENDED";
  mentor: string;
  mentee: string;
  /** When the admins matched the pair. */
  startedAt: string;
  /** When the pair's steps started; null while the program has not started (decision 015). */
  clockStartedAt: string | null;
  currentStep: string | null;
  /** The one instant the current step is due; null without a current step or before the clock starts. */
  currentStepDueAt: string | null;
  /** The participants' zones: where their days differ from the admin's, the due date shows its time. */
  timeZones: { mentor: string; mentee: string };
  percent: number;
  done: number;
  total: number;
  lastActivityAt: string;
  /** Average of the check-ins' 1–5 ratings, both participants. */
  averageRating: number | null;
  stalled: boolean;
  lastNudgedAt: string | null;
};

export type FeedbackSummaryDto = {
  count: number;
  averageRating: number | null;
  nps: number | null;
  /** Comments in all; `comments` holds the latest of them only. */
  commentCount: number;
  comments: { comment: string; rating: number; recommend: number; author: string | null; at: string }[];
};

export type WeekPointDto = { week: string; checkIns: number; averageRating: number | null };

export type ProgramDashboardDto = {
  program: { id: string; name: string; state: string };
  funnel: FunnelDto;
  /** One page of the pairs the view keeps. */
  pairs: DashboardPairDto[];
  /** Which page that is (1-based), of how many, and how many pairs the view keeps in all. */
  page: { number: number; size: number; total: number; pages: number };
  /** Active pairs by steps done (only counts that occur), out of the program's `steps`. */
  stepsDone: { steps: number; pairs: { done: number; pairs: number }[] };
  weeks: WeekPointDto[];
  feedback: FeedbackSummaryDto;
  stalledCount: number;
};
