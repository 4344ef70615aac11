import type { DashboardPairDto } from "@/lib/pairings/dashboard-dto";
import { dueLabel } from "@/lib/pairings/due";

/**
 * A pair as its row shows it, and nothing more (issue 18: the page sends these few fields to the rows' client
 * component, not a rendered tree per row). Dates and the due label are worked out on the server, in the admin's
 * zone and language.
 */
export type PairRowView = {
  id: string;
  state: "ACTIVE" | "COMPLETED" | "ENDED";
  mentor: string;
  mentee: string;
  stalled: boolean;
  /** The current step's title; null when every step is done. */
  step: string | null;
  /** When the current step is due (label and instant); "later" before the program starts. */
  due: { text: string; at: string } | "later" | null;
  done: number;
  total: number;
  percent: number;
  /** The last activity's day, formatted. */
  activity: string;
  rating: number | null;
};

/**
 * The row of a pair for an admin in `timeZone`: the due day, with the time too where the mentor's or the mentee's
 * day differs from the admin's (decision 015).
 */
export function toRowView(
  pair: DashboardPairDto,
  reader: {
    timeZone: string;
    locale: string;
    formatDate: (iso: string) => string;
    words: { yourTime: (date: string) => string; forName: (date: string, name: string) => string };
  },
): PairRowView {
  const others = [{ timeZone: pair.timeZones.mentor }, { timeZone: pair.timeZones.mentee }];
  const due = !pair.clockStartedAt
    ? ("later" as const)
    : pair.currentStepDueAt
      ? {
          text: dueLabel(pair.currentStepDueAt, reader.timeZone, others, reader.locale, reader.words).text,
          at: pair.currentStepDueAt,
        }
      : null;
  return {
    id: pair.id,
    state: pair.state,
    mentor: pair.mentor,
    mentee: pair.mentee,
    stalled: pair.stalled,
    step: pair.currentStep,
    due,
    done: pair.done,
    total: pair.total,
    percent: pair.percent,
    activity: reader.formatDate(pair.lastActivityAt),
    rating: pair.averageRating,
  };
}
