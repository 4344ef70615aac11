/** The arithmetic of bench/vitals.ts, apart so a unit test can check it without a browser. */

/** Chrome's CLS: the largest session window (entries < 1 s apart, window ≤ 5 s). */
export function cumulativeLayoutShift(shifts: [number, number][]): number {
  let worst = 0;
  let sum = 0;
  let start = -Infinity;
  let previous = -Infinity;
  for (const [at, value] of [...shifts].sort((a, b) => a[0] - b[0])) {
    if (at - previous > 1000 || at - start > 5000) {
      start = at;
      sum = 0;
    }
    sum += value;
    previous = at;
    worst = Math.max(worst, sum);
  }
  return worst;
}

/** Lighthouse's TBT: what each long task after the first contentful paint spends above 50 ms. */
export function totalBlockingTime(longtasks: [number, number][], fcp: number): number {
  let total = 0;
  for (const [start, duration] of longtasks) {
    const end = start + duration;
    if (end <= fcp) continue;
    // The part of a task before FCP does not block anything the reader could use yet.
    const counted = end - Math.max(start, fcp);
    total += Math.max(0, Math.min(counted, duration) - 50);
  }
  return total;
}
