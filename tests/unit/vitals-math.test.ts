import { describe, expect, it } from "vitest";
import { cumulativeLayoutShift, totalBlockingTime } from "@/bench/vitals-math";

describe("the phone-load arithmetic (bench/vitals.ts)", () => {
  it("counts only what long tasks spend above 50 ms after the first contentful paint", () => {
    // [start, duration] in ms; FCP at 1000.
    const tasks: [number, number][] = [
      [100, 400], // over before FCP: nothing
      [900, 300], // 200 ms of it after FCP: 150 blocking
      [2000, 80], // 30
      [3000, 50], // exactly 50: 0
    ];
    expect(totalBlockingTime(tasks, 1000)).toBe(180);
    expect(totalBlockingTime([], 1000)).toBe(0);
  });

  it("takes the worst session window of layout shifts, as Chrome's CLS does", () => {
    // Two bursts more than a second apart: the larger one is the score, not the sum.
    expect(
      cumulativeLayoutShift([
        [100, 0.02],
        [300, 0.03],
        [2000, 0.04],
      ]),
    ).toBeCloseTo(0.05);
    // Shifts closer than 1 s apart but spanning more than 5 s start a new window at 5 s.
    const steady: [number, number][] = Array.from({ length: 12 }, (_, i) => [i * 900, 0.01]);
    expect(cumulativeLayoutShift(steady)).toBeCloseTo(0.06);
    expect(cumulativeLayoutShift([])).toBe(0);
  });
});
