import { assign } from "./assign";
import type { Reason } from "./reasons";
import { scoreMatrix } from "./score-batch";
import { pairScore, remainingPlaces, scorePair, type MentorProfile, type Profile, type Weights } from "./scoring";

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
 * the same person. Pairs come in the mentees' order; the same input always gives the same draft.
 *
 * Algorithm: min-cost max-flow, source → mentees → mentors → sink, by successive shortest paths (Dijkstra with
 * Johnson potentials), cost = PERFECT - score so that every cost is ≥ 0. With as many units of flow as possible and
 * each unit costing PERFECT - score, the least cost is the greatest total score among the largest assignments. The
 * scores come a row at a time from ./score-batch and the flow is solved on a sparse graph first (./assign; decision
 * 029). Among assignments equally good, which one is drafted is the solver's choice, the same for the same input.
 */
export function suggestCohort(
  mentees: Profile[],
  mentors: MentorProfile[],
  weights: Weights,
  exclusions: ReadonlyArray<{ menteeApplicationId: string; mentorApplicationId: string }>,
  at: Date = new Date(),
): CohortDraft {
  const open = mentors.filter((mentor) => remainingPlaces(mentor) > 0);
  const places = open.map((mentor) => remainingPlaces(mentor));
  const banned = bannedPairs(mentees, open, exclusions);
  const fast = scoreMatrix(mentees, open, weights, at);
  const draft = draftFrom(mentees, open, weights, at, fast, banned, places);
  if (draft) return draft;
  // The batch scores disagreed with pairScore (scoring.ts changed without ./score-batch): every pair the slow way.
  return draftFrom(mentees, open, weights, at, exactMatrix(mentees, open, weights, at), banned, places, false)!;
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

/** pairScore for every pair, in hundredths (-1 for null): the reference the batch scores must equal. */
function exactMatrix(mentees: Profile[], open: MentorProfile[], weights: Weights, at: Date): Int32Array {
  const m = open.length;
  const out = new Int32Array(mentees.length * m);
  mentees.forEach((mentee, i) =>
    open.forEach((mentor, j) => {
      const score = pairScore(mentee, mentor, weights, at);
      out[i * m + j] = score === null ? -1 : Math.round(score * 100);
    }),
  );
  return out;
}

/**
 * The draft from a score matrix; with `verify`, null when a drafted pair, or a neighbouring pair, scores otherwise
 * under pairScore (the drafted pairs are scored again for their reasons anyway, so the check costs little).
 */
function draftFrom(
  mentees: Profile[],
  open: MentorProfile[],
  weights: Weights,
  at: Date,
  scores: Int32Array,
  banned: number[],
  places: number[],
  verify = true,
): CohortDraft | null {
  const m = open.length;
  const cost = new Int32Array(scores.length);
  for (let e = 0; e < scores.length; e++) cost[e] = scores[e]! < 0 ? -1 : PERFECT - scores[e]!;
  for (const pair of banned) cost[pair] = -1;
  const mentorOf = assign(cost, mentees.length, places);

  const pairs: CohortPair[] = [];
  const unmatched: string[] = [];
  for (let i = 0; i < mentees.length; i++) {
    const mentee = mentees[i]!;
    const j = mentorOf[i]!;
    const suggestion = j >= 0 ? scorePair(mentee, open[j]!, weights, at) : null;
    if (verify && m > 0) {
      if (j >= 0 && Math.round((suggestion?.score ?? NaN) * 100) !== scores[i * m + j]) return null;
      // And one pair the draft did not make, a different mentor for each mentee: every mentee and mentor is sampled.
      const k = (j + 1 + (i % Math.max(1, m - 1))) % m;
      const other = pairScore(mentee, open[k]!, weights, at);
      if ((other === null ? -1 : Math.round(other * 100)) !== scores[i * m + k]) return null;
    }
    if (!suggestion) {
      unmatched.push(mentee.applicationId);
      continue;
    }
    const { score, reasons } = suggestion;
    pairs.push({
      menteeApplicationId: mentee.applicationId,
      mentorApplicationId: open[j]!.applicationId,
      score,
      reasons,
    });
  }
  return { pairs, unmatched };
}
