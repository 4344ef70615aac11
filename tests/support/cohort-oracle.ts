// The cohort solver as it was before decision 033 (dense matrix, linear search per Dijkstra step): kept here only as
// the oracle the new solver's property tests compare against. Slow on purpose; not used by the app.

/**
 * Min-cost max-flow on the bipartite graph given as a dense cost matrix (row per mentee, -1 = no edge, costs ≥ 0),
 * with `places[j]` units through mentor j. Returns each mentee's mentor index, or -1.
 *
 * Each round runs Dijkstra from every free mentee at once over mentors only (a matched mentee has one way in, from its
 * mentor, so it is settled with that mentor), stops as soon as the sink is settled, and moves the mentees along the
 * path. A matched mentee never becomes free again, so each mentor's cheapest free mentee is found by walking its
 * column, sorted once, with a pointer that only moves forward.
 */
export function assignOracle(cost: Int32Array, n: number, places: number[]): Int32Array {
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
