import { assign } from "./assign";
import type { Reason } from "./reasons";
import {
  corpusOf,
  pairScore,
  remainingPlaces,
  scorePair,
  type MentorProfile,
  type Profile,
  type ScoringContext,
  type Weights,
} from "./scoring";

export { assign } from "./assign";

// Pure: the draft is computed wherever the board needs it; nothing here writes.

export type CohortPair = { menteeApplicationId: string; mentorApplicationId: string; score: number; reasons: Reason[] };
export type CohortDraft = { pairs: CohortPair[]; unmatched: string[] };

/** Scores are in hundredths (0..10 000); a pair's cost is what it falls short of a perfect 100. */
const PERFECT = 10_000;

/**
 * A draft assignment for a whole cohort. It first matches as many mentees as possible, then, among all assignments
 * of that size, takes one with the greatest total score: a mentee left without a mentor is worse for the program
 * than a slightly weaker pair elsewhere, and the admin reviews every pair anyway.
 *
 * Each mentor takes at most their remaining places, each mentee at most one mentor, and never an excluded pair or
 * the same person, nor a pair that breaks one of the program's hard rules. Words are weighed by how rare they are
 * among the program's mentors (decision 030). Pairs come in the mentees' order; the same input always gives the same
 * draft.
 *
 * Algorithm: min-cost max-flow, source → mentees → mentors → sink, by successive shortest paths (Dijkstra with
 * Johnson potentials), cost = PERFECT - score so that every cost is ≥ 0. With as many units of flow as possible and
 * each unit costing PERFECT - score, the least cost is the greatest total score among the largest assignments. The
 * flow is solved on a sparse graph first and proven optimal on the whole matrix (./assign; decision 033). Among
 * assignments equally good, which one is drafted is the solver's choice, the same for the same input.
 */
export function suggestCohort(
  mentees: Profile[],
  mentors: MentorProfile[],
  weights: Weights,
  exclusions: ReadonlyArray<{ menteeApplicationId: string; mentorApplicationId: string }>,
  at: Date = new Date(),
  rules: ScoringContext["rules"] = null,
): CohortDraft {
  const context: ScoringContext = { corpus: corpusOf(mentors), rules };
  const open = mentors.filter((mentor) => remainingPlaces(mentor) > 0);
  const m = open.length;
  const cost = new Int32Array(mentees.length * m);
  mentees.forEach((mentee, i) =>
    open.forEach((mentor, j) => {
      const score = pairScore(mentee, mentor, weights, at, context);
      cost[i * m + j] = score === null ? -1 : PERFECT - Math.round(score * 100);
    }),
  );
  for (const pair of bannedPairs(mentees, open, exclusions)) cost[pair] = -1;
  const mentorOf = assign(
    cost,
    mentees.length,
    open.map((mentor) => remainingPlaces(mentor)),
  );

  const pairs: CohortPair[] = [];
  const unmatched: string[] = [];
  mentees.forEach((mentee, i) => {
    const mentor = open[mentorOf[i] ?? -1];
    const suggestion = mentor && scorePair(mentee, mentor, weights, at, context);
    if (!mentor || !suggestion) return void unmatched.push(mentee.applicationId);
    const { score, reasons } = suggestion;
    pairs.push({
      menteeApplicationId: mentee.applicationId,
      mentorApplicationId: mentor.applicationId,
      score,
      reasons,
    });
  });
  return { pairs, unmatched };
}

/** Indexes (i * m + j) of the pairs the admin ruled out; no string key per pair: 5 million pairs add up. */
function bannedPairs(
  mentees: Profile[],
  open: MentorProfile[],
  exclusions: ReadonlyArray<{ menteeApplicationId: string; mentorApplicationId: string }>,
): number[] {
  const m = open.length;
  const mentorIndex = new Map(open.map((mentor, j) => [mentor.applicationId, j]));
  const menteeIndex = new Map<string, number[]>();
  mentees.forEach((mentee, i) =>
    menteeIndex.set(mentee.applicationId, [...(menteeIndex.get(mentee.applicationId) ?? []), i]),
  );
  const out: number[] = [];
  for (const e of exclusions) {
    const j = mentorIndex.get(e.mentorApplicationId);
    if (j !== undefined) for (const i of menteeIndex.get(e.menteeApplicationId) ?? []) out.push(i * m + j);
  }
  return out;
}
