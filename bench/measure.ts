/** What every benchmark file shares: a timer, percentiles, and the row each result becomes. */
import { performance } from "node:perf_hooks";

export type Row = { name: string; n: number; p50: number; p99: number; unit: string; target?: string };

export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

/** Runs `fn` n times, one after the other, and returns each run's milliseconds. */
export async function time(n: number, fn: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return samples;
}

export function toRow(name: string, samples: number[], unit = "ms", target?: string): Row {
  return { name, n: samples.length, ...percentiles(samples), unit, ...(target ? { target } : {}) };
}
