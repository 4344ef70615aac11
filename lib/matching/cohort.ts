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
 * each unit costing PERFECT - score, the least cost is the greatest total score among the largest assignments.
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
  const n = mentees.length;
  const m = open.length;
  // Per mentee, the indexes of mentors never to suggest (no string key per pair: 5 million pairs add up).
  const mentorIndex = new Map(open.map((mentor, j) => [mentor.applicationId, j]));
  const excludedFor = new Map<string, Set<number>>();
  for (const e of exclusions) {
    const j = mentorIndex.get(e.mentorApplicationId);
    if (j === undefined) continue;
    let set = excludedFor.get(e.menteeApplicationId);
    if (!set) excludedFor.set(e.menteeApplicationId, (set = new Set()));
    set.add(j);
  }

  // cost[i * m + j]: -1 where the pair can't be made.
  const cost = new Int32Array(n * m).fill(-1);
  mentees.forEach((mentee, i) => {
    const excluded = excludedFor.get(mentee.applicationId);
    open.forEach((mentor, j) => {
      if (excluded?.has(j)) return;
      const score = pairScore(mentee, mentor, weights, at, context);
      if (score !== null) cost[i * m + j] = PERFECT - Math.round(score * 100);
    });
  });

  const mentorOf = assign(
    cost,
    n,
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

/**
 * Min-cost max-flow on the bipartite graph given as a dense cost matrix (row per mentee, -1 = no edge, costs ≥ 0),
 * with `places[j]` units through mentor j. Returns each mentee's mentor index, or -1.
 *
 * Each round runs Dijkstra from every free mentee at once over mentors only (a matched mentee has one way in, from its
 * mentor, so it is settled with that mentor), stops as soon as the sink is settled, and moves the mentees along the
 * path. A matched mentee never becomes free again, so each mentor's cheapest free mentee is found by walking its
 * column, sorted once, with a pointer that only moves forward.
 */
export function assign(cost: Int32Array, n: number, places: number[]): Int32Array {
  const m = places.length;
  const mentorOf = new Int32Array(n).fill(-1);
  const used = new Int32Array(m);
  const members: number[][] = Array.from({ length: m }, () => []);
  const piMentee = new Float64Array(n); // stays 0 while a mentee is free
  const piMentor = new Float64Array(m);
  let piSink = 0;

  const columns = Array.from({ length: m }, (_, j) => {
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (cost[i * m + j]! >= 0) rows.push(i);
    return Int32Array.from(rows.sort((a, b) => cost[a * m + j]! - cost[b * m + j]! || a - b));
  });
  const cursor = new Int32Array(m);

  const distMentor = new Float64Array(m);
  const distMentee = new Float64Array(n);
  const via = new Int32Array(m); // the mentee a mentor is reached from
  const settled = new Uint8Array(m);

  for (;;) {
    distMentee.fill(Infinity);
    settled.fill(0);
    for (let j = 0; j < m; j++) {
      const column = columns[j]!;
      let k = cursor[j]!;
      while (k < column.length && mentorOf[column[k]!]! !== -1) k++;
      cursor[j] = k;
      const i = k < column.length ? column[k]! : -1;
      distMentor[j] = i < 0 ? Infinity : cost[i * m + j]! - piMentor[j]!;
      via[j] = i;
    }

    let distSink = Infinity;
    let last = -1;
    for (;;) {
      let j = -1;
      for (let k = 0; k < m; k++) if (!settled[k] && (j < 0 || distMentor[k]! < distMentor[j]!)) j = k;
      if (j < 0 || distMentor[j]! >= distSink) break;
      settled[j] = 1;
      const dj = distMentor[j]!;
      if (used[j]! < places[j]!) {
        const toSink = dj + piMentor[j]! - piSink;
        if (toSink < distSink) [distSink, last] = [toSink, j];
      }
      for (const i of members[j]!) {
        // Back along i's current pair, then out to any other mentor.
        const di = dj - cost[i * m + j]! + piMentor[j]! - piMentee[i]!;
        distMentee[i] = di;
        const row = i * m;
        for (let k = 0; k < m; k++) {
          const c = cost[row + k]!;
          if (c < 0 || settled[k]) continue;
          const dk = di + c + piMentee[i]! - piMentor[k]!;
          if (dk < distMentor[k]!) [distMentor[k], via[k]] = [dk, i];
        }
      }
    }
    if (last < 0) return mentorOf; // no augmenting path: the assignment is as large as it can be

    // Keep reduced costs non-negative for the next round (nodes not settled move by the sink's distance).
    for (let j = 0; j < m; j++) piMentor[j]! += Math.min(distMentor[j]!, distSink);
    for (let i = 0; i < n; i++) if (mentorOf[i]! >= 0) piMentee[i]! += Math.min(distMentee[i]!, distSink);
    piSink += distSink;

    used[last]!++;
    for (let j = last; ;) {
      const i = via[j]!;
      const from = mentorOf[i]!;
      mentorOf[i] = j;
      members[j]!.push(i);
      if (from < 0) break;
      const list = members[from]!;
      list.splice(list.indexOf(i), 1);
      j = from;
    }
  }
}
