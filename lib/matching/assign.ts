import { candidateGraph, type Graph } from "./candidate-graph";
import { MinHeap } from "./min-heap";

// Pure: the cohort draft's assignment, apart from the scoring (decision 033).

export type AssignOptions = {
  /** Mentors kept per mentee in the first, sparse try (each mentor also keeps its best mentees). */
  k?: number;
  /** Called with what each try did: how the tests and the benchmark see the fallback at work. */
  onTry?: (info: { k: number; edges: number; optimal: boolean }) => void;
};

/**
 * Min-cost max-flow on the bipartite graph given as a dense cost matrix (row per mentee, -1 = no edge, costs ≥ 0),
 * with `places[j]` units through mentor j. Returns each mentee's mentor index, or -1: the assignment with the most
 * pairs and, among those, the least total cost.
 *
 * Most of the 5 million pairs of a large cohort can never be in the optimum (a mentee is not given their 600th best
 * mentor), so the flow is first solved on a sparse graph: each mentee's best `k` mentors and each mentor's best
 * mentees. The answer is then checked against the whole matrix: it is optimal there too if no mentee could still be
 * matched (no augmenting path) and no pair left out of the sparse graph has a negative reduced cost under the final
 * potentials (so no cheaper exchange exists). When the check fails, the pairs that broke it join the graph, k grows
 * and the flow is solved again; at k ≥ mentors the graph is the whole matrix, so the answer is always the optimum.
 */
export function assign(
  cost: Int32Array,
  n: number,
  places: ArrayLike<number>,
  options: AssignOptions = {},
): Int32Array {
  const m = places.length;
  let k = Math.max(1, options.k ?? 48);
  let extra: number[] = []; // pairs (i * m + j) added after a failed check
  for (;;) {
    const full = k >= m;
    const graph = candidateGraph(cost, n, places, full ? m : k, extra);
    const { mentorOf, piMentee, piMentor } = solve(graph, n, places);
    if (full) {
      options.onTry?.({ k: m, edges: graph.rowMentor.length, optimal: true });
      return mentorOf;
    }
    const violations = check(cost, n, places, mentorOf, piMentee, piMentor);
    options.onTry?.({ k, edges: graph.rowMentor.length, optimal: violations.length === 0 });
    if (violations.length === 0) return mentorOf;
    extra = extra.concat(violations);
    k *= 4;
  }
}

/**
 * Successive shortest paths on the sparse graph. Each round runs Dijkstra from every free mentee at once over
 * mentors only (a matched mentee has one way in, from its mentor, so it is settled with that mentor), stops as soon
 * as no mentor left can beat the best way to the sink, and moves the mentees along the path. A matched mentee never
 * becomes free again, so each mentor's cheapest free mentee is found by walking its column (sorted by cost) with a
 * pointer that only moves forward. Free mentees keep potential 0; the potentials make every residual edge's reduced
 * cost non-negative, which is what the check on the whole matrix reads.
 */
function solve(graph: Graph, n: number, places: ArrayLike<number>) {
  const { rowStart, rowMentor, rowCost, colStart, colMentee, colCost } = graph;
  const m = places.length;
  const mentorOf = new Int32Array(n).fill(-1);
  const pairCost = new Int32Array(n); // cost of the mentee's current pair
  const used = new Int32Array(m);
  // The mentees of each mentor, as a list of slots: a mentor never holds more than its places.
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j]! + Math.max(0, places[j]!);
  const slots = new Int32Array(slotStart[m]!);
  // A matched mentee's potential is kept as its lag behind the sink's (potential = lag[i] + piSink), so a round
  // moves only the mentees it reached; a free mentee's potential is 0.
  const lag = new Float64Array(n);
  const piMentor = new Float64Array(m);
  let piSink = 0;

  const cursor = colStart.slice(0, m);
  const distMentor = new Float64Array(m);
  const via = new Int32Array(m); // the mentee a mentor is reached from
  const settled = new Uint8Array(m);
  const heap = new MinHeap(distMentor);
  const reached: number[] = []; // matched mentees reached this round, with their distance + potential
  const reachedAt: number[] = [];

  for (;;) {
    settled.fill(0);
    heap.clear();
    for (let j = 0; j < m; j++) {
      let c = cursor[j]!;
      const end = colStart[j + 1]!;
      while (c < end && mentorOf[colMentee[c]!]! !== -1) c++;
      cursor[j] = c;
      if (c < end) {
        distMentor[j] = colCost[c]! - piMentor[j]!;
        via[j] = colMentee[c]!;
        heap.append(j);
      } else {
        distMentor[j] = Infinity;
        via[j] = -1;
      }
    }

    heap.heapify();

    let distSink = Infinity;
    let last = -1;
    reached.length = 0;
    reachedAt.length = 0;
    while (heap.size > 0) {
      const j = heap.peek();
      const dj = distMentor[j]!;
      if (dj >= distSink) break;
      heap.pop();
      settled[j] = 1;
      if (used[j]! < places[j]!) {
        const toSink = dj + piMentor[j]! - piSink;
        if (toSink < distSink) [distSink, last] = [toSink, j];
      }
      for (let s = slotStart[j]!, end = s + used[j]!; s < end; s++) {
        // Back along i's current pair, then out to any other mentor of i's row.
        // (The mentee's own potential cancels out of the distance to the next mentor.)
        const i = slots[s]!;
        const base = dj - pairCost[i]! + piMentor[j]!;
        reached.push(i);
        reachedAt.push(base);
        for (let e = rowStart[i]!, stop = rowStart[i + 1]!; e < stop; e++) {
          const t = rowMentor[e]!;
          if (settled[t]) continue;
          const dt = base + rowCost[e]! - piMentor[t]!;
          if (dt < distMentor[t]!) {
            distMentor[t] = dt;
            via[t] = i;
            heap.update(t);
          }
        }
      }
    }
    if (last < 0) {
      // No augmenting path: as many pairs as can be.
      const piMentee = new Float64Array(n);
      for (let i = 0; i < n; i++) if (mentorOf[i]! >= 0) piMentee[i] = lag[i]! + piSink;
      return { mentorOf, piMentee, piMentor };
    }

    // Keep reduced costs non-negative for the next round: each node moves by its distance, or by the sink's if that
    // is less (nodes not reached). A reached mentee's potential becomes min(base, potential + distSink).
    for (let j = 0; j < m; j++) piMentor[j]! += Math.min(distMentor[j]!, distSink);
    piSink += distSink;
    for (let r = 0; r < reached.length; r++) {
      const i = reached[r]!;
      lag[i] = Math.min(reachedAt[r]! - piSink, lag[i]!);
    }

    // Augment: the free mentee at the path's start takes its mentor; each mentee on the path moves one mentor on.
    for (let j = last, incoming = -1; ;) {
      const i = via[j]!;
      const from = mentorOf[i]!;
      if (incoming < 0) slots[slotStart[j]! + used[j]!++] = i;
      else replace(slots, slotStart[j]!, used[j]!, incoming, i);
      mentorOf[i] = j;
      pairCost[i] = rowCostOf(graph, i, j);
      if (from < 0) {
        lag[i] = -piSink; // a free mentee's potential was 0
        break;
      }
      incoming = i;
      j = from;
    }
  }
}

/** In mentor `j`'s slots, the mentee `out` (who moved away) gives way to `into`. */
function replace(slots: Int32Array, start: number, count: number, out: number, into: number) {
  for (let s = start; s < start + count; s++) if (slots[s] === out) return void (slots[s] = into);
}

function rowCostOf(graph: Graph, i: number, j: number): number {
  for (let e = graph.rowStart[i]!, end = graph.rowStart[i + 1]!; e < end; e++)
    if (graph.rowMentor[e] === j) return graph.rowCost[e]!;
  throw new Error(`no edge ${i} → ${j}`);
}

/**
 * The pairs (as i * m + j) that show the sparse answer is not optimal on the whole matrix: every feasible pair with a
 * negative reduced cost, and, if some free mentee could still be matched, every feasible pair of the free mentees
 * and of the mentees along the way to a mentor with room. Empty when the answer is optimal.
 */
function check(
  cost: Int32Array,
  n: number,
  places: ArrayLike<number>,
  mentorOf: Int32Array,
  piMentee: Float64Array,
  piMentor: Float64Array,
): number[] {
  const m = places.length;
  const out: number[] = [];
  for (let i = 0, row = 0; i < n; i++, row += m) {
    const pi = piMentee[i]!;
    const own = mentorOf[i]!;
    for (let j = 0; j < m; j++) {
      const c = cost[row + j]!;
      // (A mentor without places is a dead end: its potential means nothing and no exchange can use it.)
      if (c >= 0 && j !== own && places[j]! > 0 && c + pi - piMentor[j]! < 0) out.push(row + j);
    }
  }
  return out.concat(augmentingEdges(cost, n, places, mentorOf));
}

/** If the whole matrix has an augmenting path (a search over mentors from the free mentees), the edges it used. */
function augmentingEdges(cost: Int32Array, n: number, places: ArrayLike<number>, mentorOf: Int32Array): number[] {
  const m = places.length;
  const used = new Int32Array(m);
  for (let i = 0; i < n; i++) if (mentorOf[i]! >= 0) used[mentorOf[i]!]!++;
  const members: number[][] = Array.from({ length: m }, () => []);
  for (let i = 0; i < n; i++) if (mentorOf[i]! >= 0) members[mentorOf[i]!]!.push(i);
  const from = new Int32Array(m).fill(-1); // the mentee a mentor was reached from
  const queue: number[] = [];
  const visit = (i: number) => {
    for (let j = 0, row = i * m; j < m; j++)
      if (from[j] === -1 && cost[row + j]! >= 0 && places[j]! > 0 && j !== mentorOf[i]) {
        from[j] = i;
        queue.push(j);
      }
  };
  for (let i = 0; i < n; i++) if (mentorOf[i] === -1) visit(i);
  for (let q = 0; q < queue.length; q++) {
    const j = queue[q]!;
    if (used[j]! < places[j]!) {
      // A path exists: hand back its edges; the next try's graph holds them, so its flow finds it.
      const edges: number[] = [];
      for (let t = j; t >= 0;) {
        const i = from[t]!;
        edges.push(i * m + t);
        t = mentorOf[i]!;
      }
      return edges;
    }
    for (const i of members[j]!) visit(i);
  }
  return [];
}
