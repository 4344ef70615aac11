import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { clockStart, netPromoterScore, progressOf } from "./progress";
import { ZDashboardQuery, type DashboardQuery } from "./schemas";
import type { DashboardPairDto, ProgramDashboardDto } from "./dashboard-dto";

const WEEKS = 12;

/** Monday 00:00 UTC of the week `at` falls in, as YYYY-MM-DD. */
export function weekOf(at: Date): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const average = (xs: number[]) =>
  xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null;

/**
 * The program's progress for its admins: the funnel, every pair's place (states, dates, ratings), check-ins per
 * week and the feedback. The pair's words never leave the database here: no check-in text, no goal, no message is
 * selected at all, and feedback comments come without a name where the participant asked.
 */
export async function getProgramDashboard(
  actor: Actor,
  programId: string,
  raw: unknown = {},
  now = new Date(),
): Promise<ProgramDashboardDto> {
  const query = ZDashboardQuery.parse(raw ?? {});
  const { program } = await authorize(actor, "pairings.progress", { programId });
  const [applications, pairings, steps, feedback, matchedMentees, approvedMentees] = await Promise.all([
    db.application.groupBy({
      by: ["role", "state"],
      where: { programId, state: { not: "DRAFT" } },
      _count: { _all: true },
    }),
    db.pairing.findMany({
      where: { programId },
      select: {
        id: true,
        state: true,
        mentorId: true,
        menteeId: true,
        startedAt: true,
        lastActivityAt: true,
        stalledAt: true,
        mentor: { select: { name: true, timeZone: true } },
        mentee: { select: { name: true, timeZone: true } },
        thread: { select: { lastMessageAt: true } },
        checkIns: { select: { stepId: true, userId: true, rating: true, createdAt: true } },
        reminders: { where: { kind: "nudge" }, select: { sentAt: true }, orderBy: { sentAt: "desc" }, take: 1 },
      },
    }),
    db.programStep.findMany({
      where: { programId, removedAt: null },
      select: { id: true, position: true, dueWeek: true, title: true },
    }),
    db.feedback.findMany({
      where: { pairing: { programId } },
      orderBy: { createdAt: "desc" },
      select: {
        rating: true,
        recommend: true,
        comment: true,
        anonymous: true,
        createdAt: true,
        user: { select: { name: true } },
      },
    }),
    db.pairing.findMany({ where: { programId }, distinct: ["menteeApplicationId"], select: { id: true } }),
    db.application.count({
      where: {
        programId,
        role: "MENTEE",
        OR: [{ state: { in: ["APPROVED", "MATCHED"] } }, { menteePairings: { some: {} } }],
      },
    }),
  ]);

  const funnel = {
    applications: { MENTOR: {}, MENTEE: {} } as Record<"MENTOR" | "MENTEE", Record<string, number>>,
    approvedMentees,
    matchedMentees: matchedMentees.length,
    active: pairings.filter((p) => p.state === "ACTIVE").length,
    completed: pairings.filter((p) => p.state === "COMPLETED").length,
    endedEarly: pairings.filter((p) => p.state === "ENDED").length,
  };
  for (const a of applications) funnel.applications[a.role][a.state] = a._count._all;

  let pairs: DashboardPairDto[] = pairings.map((p) => {
    const clockStartedAt = clockStart(p.startedAt, program.startedAt);
    const progress = progressOf(steps, p.checkIns, { ...p, clockStartedAt });
    const current = p.state === "ACTIVE" ? progress.steps.find((s) => s.id === progress.currentStepId) : undefined;
    const last = p.thread && p.thread.lastMessageAt > p.lastActivityAt ? p.thread.lastMessageAt : p.lastActivityAt;
    return {
      id: p.id,
      state: p.state,
      mentor: p.mentor.name,
      mentee: p.mentee.name,
      startedAt: p.startedAt.toISOString(),
      clockStartedAt: clockStartedAt?.toISOString() ?? null,
      currentStep: current?.title ?? null,
      currentStepDueAt: current?.dueAt?.toISOString() ?? null,
      timeZones: { mentor: p.mentor.timeZone, mentee: p.mentee.timeZone },
      percent: progress.percent,
      done: progress.done,
      total: progress.total,
      lastActivityAt: last.toISOString(),
      averageRating: average(p.checkIns.map((c) => c.rating)),
      stalled: p.state === "ACTIVE" && p.stalledAt !== null,
      lastNudgedAt: p.reminders[0]?.sentAt.toISOString() ?? null,
    };
  });
  const stalledCount = pairs.filter((p) => p.stalled).length;
  pairs = sortPairs(filterPairs(pairs, query), query);

  const weeks = new Map<string, number[]>();
  for (let i = WEEKS - 1; i >= 0; i--) weeks.set(weekOf(new Date(now.getTime() - i * 7 * 86_400_000)), []);
  for (const p of pairings) for (const c of p.checkIns) weeks.get(weekOf(c.createdAt))?.push(c.rating);

  return {
    program: { id: program.id, name: program.name, state: program.state },
    funnel,
    pairs,
    weeks: [...weeks].map(([week, ratings]) => ({ week, checkIns: ratings.length, averageRating: average(ratings) })),
    feedback: {
      count: feedback.length,
      averageRating: average(feedback.map((f) => f.rating)),
      nps: netPromoterScore(feedback.map((f) => f.recommend)),
      comments: feedback
        .filter((f) => f.comment)
        .map((f) => ({
          comment: f.comment,
          rating: f.rating,
          recommend: f.recommend,
          author: f.anonymous ? null : f.user.name,
          at: f.createdAt.toISOString(),
        })),
    },
    stalledCount,
  };
}

function filterPairs(pairs: DashboardPairDto[], query: DashboardQuery): DashboardPairDto[] {
  const q = query.q?.toLowerCase();
  return pairs.filter(
    (p) =>
      (!query.state || p.state === query.state) &&
      (query.stalled === undefined || p.stalled === query.stalled) &&
      (!q || p.mentor.toLowerCase().includes(q) || p.mentee.toLowerCase().includes(q)),
  );
}

function sortPairs(pairs: DashboardPairDto[], query: DashboardQuery): DashboardPairDto[] {
  const key = (p: DashboardPairDto): string | number => {
    switch (query.sort) {
      case "progress":
        return p.percent;
      case "started":
        return p.startedAt;
      case "rating":
        return p.averageRating ?? -1;
      case "mentor":
        return p.mentor.toLowerCase();
      case "mentee":
        return p.mentee.toLowerCase();
      default:
        return p.lastActivityAt;
    }
  };
  const sign = query.dir === "asc" ? 1 : -1;
  return [...pairs].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return (x < y ? -1 : x > y ? 1 : 0) * sign || (a.id < b.id ? -1 : 1);
  });
}
