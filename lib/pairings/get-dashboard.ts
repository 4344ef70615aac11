import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { clockStart, progressOf, type StepLike } from "./progress";
import { ZDashboardQuery, type DashboardQuery } from "./schemas";
import { batchSql, pageSql, summarySql, type PairRow } from "./dashboard-sql";
import type { DashboardPairDto, ProgramDashboardDto } from "./dashboard-dto";

const WEEKS = 12;
/** Pairs per page of the dashboard (issue 18: ship what is on screen). */
export const PAIRS_PER_PAGE = 25;
/** The latest feedback comments shown; the count says how many there are in all. */
export const FEEDBACK_COMMENTS = 20;
/** Pairs per batch of the CSV stream. */
const CSV_BATCH = 500;

/** Monday 00:00 UTC of the week `at` falls in, as YYYY-MM-DD. */
export function weekOf(at: Date): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const averageOf = (sum: number, n: number) => (n ? Math.round((sum / n) * 10) / 10 : null);

/** NPS from counts: % promoters (9–10) less % detractors (0–6), as `netPromoterScore` rounds it. */
function npsOf(n: number, promoters: number, detractors: number): number | null {
  if (n === 0) return null;
  const score = ((promoters - detractors) / n) * 100;
  return Math.sign(score) * Math.round(Math.abs(score)) || 0;
}

type Step = StepLike & { title: string };
type Summary = {
  applications: [role: "MENTOR" | "MENTEE", state: string, n: number][];
  approved: number;
  pairs: { matched: number; active: number; completed: number; ended: number; stalled: number };
  /** Active pairs by steps done: [done, pairs]. */
  done: [done: number, pairs: number][];
  weeks: [week: string, n: number, sum: number][];
  feedback: { n: number; sum: number | null; promoters: number; detractors: number; comments: number };
  comments: { comment: string; rating: number; recommend: number; author: string | null; at: string }[];
  steps: Step[];
};

/** A row as the table and the CSV show it: where the pair is, never what it wrote. */
function toPair(p: PairRow, steps: readonly Step[], programStartedAt: Date | null): DashboardPairDto {
  const clockStartedAt = clockStart(p.startedAt, programStartedAt);
  const progress = progressOf(steps, p.checkIns, { ...p, clockStartedAt });
  const current = p.state === "ACTIVE" ? progress.steps.find((s) => s.id === progress.currentStepId) : undefined;
  return {
    id: p.id,
    state: p.state,
    mentor: p.mentor,
    mentee: p.mentee,
    startedAt: p.startedAt.toISOString(),
    clockStartedAt: clockStartedAt?.toISOString() ?? null,
    currentStep: current?.title ?? null,
    currentStepDueAt: current?.dueAt?.toISOString() ?? null,
    timeZones: { mentor: p.mentorTimeZone, mentee: p.menteeTimeZone },
    percent: progress.percent,
    done: progress.done,
    total: progress.total,
    lastActivityAt: p.lastActivityAt.toISOString(),
    averageRating: p.averageRating,
    stalled: p.state === "ACTIVE" && p.stalledAt !== null,
    lastNudgedAt: p.lastNudgedAt?.toISOString() ?? null,
  };
}

/**
 * The program's progress for its admins: the funnel, one page of the pairs (filtered, sorted and paged in SQL),
 * check-ins per week and the feedback. One statement after the authorization, whatever the program's size: the
 * figures (applications by role and state, pairs by state, the stalled count, active pairs by steps done, check-ins
 * per week, the feedback's figures and its latest comments, without a name where the participant asked, and the
 * steps) ride on the page's first row. The
 * pair's words never leave the database here: no check-in text, no goal, no message is selected at all, and
 * feedback comments come without a name where the participant asked.
 */
export async function getProgramDashboard(
  actor: Actor,
  programId: string,
  raw: unknown = {},
  now = new Date(),
): Promise<ProgramDashboardDto> {
  const query = ZDashboardQuery.parse(raw ?? {});
  const { program } = await authorize(actor, "pairings.progress", { programId });
  const oldest = weekOf(new Date(now.getTime() - (WEEKS - 1) * 7 * 86_400_000));
  const summarySelect = summarySql(program.id, new Date(`${oldest}T00:00:00Z`), FEEDBACK_COMMENTS);
  type Row = PairRow & { total: number; once: Summary | null };
  let rows = await db.$queryRaw<Row[]>(pageSql(program.id, query, PAIRS_PER_PAGE, summarySelect));
  const summary = rows[0]!.once!;
  // A page past the last (a stale link) reads as the last: one more statement, only then.
  const last = Math.max(1, Math.ceil(rows[0]!.total / PAIRS_PER_PAGE));
  if (query.page > last && rows[0]!.total > 0)
    rows = await db.$queryRaw<Row[]>(pageSql(program.id, { ...query, page: last }, PAIRS_PER_PAGE));

  const funnel = {
    applications: { MENTOR: {}, MENTEE: {} } as Record<"MENTOR" | "MENTEE", Record<string, number>>,
    approvedMentees: summary.approved,
    matchedMentees: summary.pairs.matched,
    active: summary.pairs.active,
    completed: summary.pairs.completed,
    endedEarly: summary.pairs.ended,
  };
  for (const [role, state, n] of summary.applications) funnel.applications[role][state] = n;

  const total = rows[0]?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAIRS_PER_PAGE));
  const pairs = rows.filter((r) => r.id !== null).map((r) => toPair(r, summary.steps, program.startedAt));

  const weeks = new Map<string, { n: number; sum: number }>();
  for (let i = WEEKS - 1; i >= 0; i--)
    weeks.set(weekOf(new Date(now.getTime() - i * 7 * 86_400_000)), { n: 0, sum: 0 });
  for (const [week, n, sum] of summary.weeks) {
    const point = weeks.get(week);
    if (point) Object.assign(point, { n, sum });
  }

  const { feedback } = summary;
  return {
    program: { id: program.id, name: program.name, state: program.state },
    funnel,
    pairs,
    page: { number: Math.min(query.page, pages), size: PAIRS_PER_PAGE, total, pages },
    stepsDone: {
      steps: summary.steps.length,
      pairs: summary.done.map(([done, n]) => ({ done, pairs: n })),
    },
    weeks: [...weeks].map(([week, { n, sum }]) => ({ week, checkIns: n, averageRating: averageOf(sum, n) })),
    feedback: {
      count: feedback.n,
      averageRating: averageOf(feedback.sum ?? 0, feedback.n),
      nps: npsOf(feedback.n, feedback.promoters, feedback.detractors),
      commentCount: feedback.comments,
      comments: summary.comments,
    },
    stalledCount: summary.pairs.stalled,
  };
}

/**
 * Every pair the view keeps, in its order, in batches of a keyset cursor (the CSV): the authorization answers
 * before anything is read, then one statement per batch, never the whole program in memory.
 */
export async function streamDashboardPairs(
  actor: Actor,
  programId: string,
  raw: unknown = {},
  batchSize = CSV_BATCH,
): Promise<{ program: { id: string; name: string }; pairs: AsyncGenerator<DashboardPairDto[]> }> {
  const query: DashboardQuery = ZDashboardQuery.parse(raw ?? {});
  const { program } = await authorize(actor, "pairings.progress", { programId });
  async function* batches() {
    const steps = await db.programStep.findMany({
      where: { programId: program.id, removedAt: null },
      select: { id: true, position: true, dueWeek: true, title: true },
    });
    let after: { k: PairRow["k"]; id: string } | null = null;
    for (;;) {
      const rows: PairRow[] = await db.$queryRaw<PairRow[]>(batchSql(program.id, query, batchSize, after));
      if (rows.length) yield rows.map((r) => toPair(r, steps, program.startedAt));
      if (rows.length < batchSize) return;
      const last = rows.at(-1)!;
      after = { k: last.k, id: last.id };
    }
  }
  return { program: { id: program.id, name: program.name }, pairs: batches() };
}
