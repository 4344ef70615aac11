// Pure: where a pair is in its program, from the steps and who has checked in on each.

export const DAY_MS = 24 * 60 * 60 * 1000;
export const WEEK_MS = 7 * DAY_MS;
/** A pair with no check-in and no message for this long is flagged to the admins. */
export const STALLED_AFTER_DAYS = 14;

export type StepLike = { id: string; position: number; dueWeek: number };
export type CheckInLike = { stepId: string; userId: string };

export type StepProgress<S extends StepLike> = S & {
  /** The end of the step's week, counted from the pair's clock start; null while the clock has not started. */
  dueAt: Date | null;
  /** Who has checked in on it. */
  checkedIn: { mentor: boolean; mentee: boolean };
  complete: boolean;
};

export type Progress<S extends StepLike> = {
  steps: StepProgress<S>[];
  /** The first step not yet complete, or null when every step is. */
  currentStepId: string | null;
  done: number;
  total: number;
  /** 0..100, whole numbers. */
  percent: number;
  allComplete: boolean;
};

/**
 * When a pair's step clock starts (decision 015): at its match, or at its program's start, whichever is later.
 * Null while the program has not started (it is still taking applications), however long ago the pair was matched.
 * The stalled-pair job's SQL (reminders.ts) says the same thing in GREATEST(...).
 */
export function clockStart(matchedAt: Date, programStartedAt: Date | null): Date | null {
  if (!programStartedAt) return null;
  return matchedAt > programStartedAt ? matchedAt : programStartedAt;
}

/**
 * The one instant a step is due (decision 015): the end of its week, counted in whole weeks of 7 × 24 hours from the
 * clock start. Week 1 ends 7 days after it. An instant, not a calendar day: the two partners read it in their own
 * zones, and a daylight-saving change moves neither the instant nor anyone's deadline.
 */
export const dueAt = (clockStartedAt: Date, dueWeek: number) => new Date(clockStartedAt.getTime() + dueWeek * WEEK_MS);

export function progressOf<S extends StepLike>(
  steps: readonly S[],
  checkIns: readonly CheckInLike[],
  pairing: { mentorId: string; menteeId: string; clockStartedAt: Date | null },
): Progress<S> {
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  const by = new Map<string, Set<string>>();
  for (const c of checkIns) {
    let set = by.get(c.stepId);
    if (!set) by.set(c.stepId, (set = new Set()));
    set.add(c.userId);
  }
  const rows = ordered.map((step) => {
    const who = by.get(step.id);
    const mentor = who?.has(pairing.mentorId) ?? false;
    const mentee = who?.has(pairing.menteeId) ?? false;
    return {
      ...step,
      dueAt: pairing.clockStartedAt ? dueAt(pairing.clockStartedAt, step.dueWeek) : null,
      checkedIn: { mentor, mentee },
      complete: mentor && mentee,
    };
  });
  const done = rows.filter((r) => r.complete).length;
  const total = rows.length;
  return {
    steps: rows,
    currentStepId: rows.find((r) => !r.complete)?.id ?? null,
    done,
    total,
    percent: total === 0 ? 0 : Math.round((done / total) * 100),
    allComplete: total > 0 && done === total,
  };
}

/** Net Promoter Score from 0–10 answers: % promoters (9–10) less % detractors (0–6), or null without answers. */
export function netPromoterScore(answers: readonly number[]): number | null {
  if (answers.length === 0) return null;
  const promoters = answers.filter((a) => a >= 9).length;
  const detractors = answers.filter((a) => a <= 6).length;
  const score = ((promoters - detractors) / answers.length) * 100;
  return Math.sign(score) * Math.round(Math.abs(score)) || 0;
}
