// The matching signals and their weights, and the weights as the board's address writes them ("323211"): apart from
// ./scoring so that the board's client component does not carry the scoring code (issue 18).

export const SIGNALS = ["topics", "text", "languages", "timeZone", "cadence", "load"] as const;
export type Signal = (typeof SIGNALS)[number];
export type Weights = Record<Signal, number>;

export const WEIGHT_MAX = 5;
export const DEFAULT_WEIGHTS: Weights = { topics: 3, text: 2, languages: 3, timeZone: 2, cadence: 1, load: 1 };

/** "323211" into weights; null for anything else (the saved weights apply). */
export function weightsFromParam(param: string): Weights | null {
  if (!new RegExp(`^[0-${WEIGHT_MAX}]{${SIGNALS.length}}$`).test(param)) return null;
  return Object.fromEntries(SIGNALS.map((s, i) => [s, Number(param[i])])) as Weights;
}

export const weightsParam = (weights: Weights) => SIGNALS.map((s) => weights[s]).join("");
