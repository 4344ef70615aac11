// The sparse graph the cohort's flow is first solved on (see ./assign), as flat typed arrays.

export type Graph = {
  /** Mentee i's edges are rowStart[i]..rowStart[i + 1] - 1: the mentor and the cost, mentors in index order. */
  rowStart: Int32Array;
  rowMentor: Int32Array;
  rowCost: Int32Array;
  /** Mentor j's edges, cheapest first (ties by mentee index): where each round looks for its cheapest free mentee. */
  colStart: Int32Array;
  colMentee: Int32Array;
  colCost: Int32Array;
};

/**
 * The feasible pairs (cost ≥ 0, mentor with places) that are among the mentee's `k` cheapest, or among the mentor's
 * max(k, 4 × places) cheapest (so a mentor nobody ranks high is still reachable), plus the `extra` pairs (i * m + j).
 * With k ≥ m it is every feasible pair. Ties are broken by index, so the same input gives the same graph.
 */
export function candidateGraph(
  cost: Int32Array,
  n: number,
  places: ArrayLike<number>,
  k: number,
  extra: readonly number[],
): Graph {
  const m = places.length;
  const keep = new Uint8Array(n * m);
  const buffer = new Float64Array(Math.max(n, m));

  for (let i = 0, row = 0; i < n; i++, row += m) {
    let count = 0;
    for (let j = 0; j < m; j++) if (cost[row + j]! >= 0 && places[j]! > 0) buffer[count++] = cost[row + j]! * m + j;
    const take = Math.min(k, count);
    if (take < count) selectSmallest(buffer, count, take);
    for (let s = 0; s < take; s++) keep[row + (buffer[s]! % m)] = 1;
  }
  if (k < m) {
    for (let j = 0; j < m; j++) {
      if (!(places[j]! > 0)) continue;
      let count = 0;
      for (let i = 0, at = j; i < n; i++, at += m) if (cost[at]! >= 0) buffer[count++] = cost[at]! * n + i;
      const take = Math.min(Math.max(k, 4 * places[j]!), count);
      if (take < count) selectSmallest(buffer, count, take);
      for (let s = 0; s < take; s++) keep[(buffer[s]! % n) * m + j] = 1;
    }
  }
  for (const pair of extra) if (cost[pair]! >= 0 && places[pair % m]! > 0) keep[pair] = 1;

  const rowStart = new Int32Array(n + 1);
  const colStart = new Int32Array(m + 1);
  for (let i = 0, at = 0; i < n; i++)
    for (let j = 0; j < m; j++, at++)
      if (keep[at]) {
        rowStart[i + 1]!++;
        colStart[j + 1]!++;
      }
  for (let i = 0; i < n; i++) rowStart[i + 1]! += rowStart[i]!;
  for (let j = 0; j < m; j++) colStart[j + 1]! += colStart[j]!;
  const edges = rowStart[n]!;
  const rowMentor = new Int32Array(edges);
  const rowCost = new Int32Array(edges);
  const colKey = new Float64Array(edges);
  const colFill = colStart.slice(0, m);
  for (let i = 0, at = 0, e = 0; i < n; i++)
    for (let j = 0; j < m; j++, at++)
      if (keep[at]) {
        rowMentor[e] = j;
        rowCost[e++] = cost[at]!;
        colKey[colFill[j]!++] = cost[at]! * n + i;
      }
  for (let j = 0; j < m; j++) colKey.subarray(colStart[j]!, colStart[j + 1]!).sort();
  const colMentee = new Int32Array(edges);
  const colCost = new Int32Array(edges);
  for (let e = 0; e < edges; e++) {
    const key = colKey[e]!;
    colMentee[e] = key % n;
    colCost[e] = (key - (key % n)) / n;
  }
  return { rowStart, rowMentor, rowCost, colStart, colMentee, colCost };
}

/** Reorders a[0..length) so that its `take` smallest values come first (in no order): quickselect, O(length). */
function selectSmallest(a: Float64Array, length: number, take: number) {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    // Median of three as the pivot keeps sorted input linear.
    const mid = (lo + hi) >> 1;
    const pivot = median(a[lo]!, a[mid]!, a[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    // Now a[lo..j] ≤ pivot ≤ a[i..hi]; continue in the part that holds position take - 1.
    if (take - 1 <= j) hi = j;
    else if (take - 1 >= i) lo = i;
    else return;
  }
}

const median = (a: number, b: number, c: number) => Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
