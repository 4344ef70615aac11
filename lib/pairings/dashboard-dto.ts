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
  startedAt: string;
  currentStep: string | null;
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
  comments: { comment: string; rating: number; recommend: number; author: string | null; at: string }[];
};

export type WeekPointDto = { week: string; checkIns: number; averageRating: number | null };

export type ProgramDashboardDto = {
  program: { id: string; name: string; state: string };
  funnel: FunnelDto;
  pairs: DashboardPairDto[];
  weeks: WeekPointDto[];
  feedback: FeedbackSummaryDto;
  stalledCount: number;
};
