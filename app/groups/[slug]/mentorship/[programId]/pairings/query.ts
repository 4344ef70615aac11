import { PAIRING_STATES } from "@/lib/matching/schemas";
import type { PairingState } from "@/lib/matching/dto";

/** The list's view as the URL says it: a state (or all of them) and a search. */
export type PairingsQuery = { state: PairingState | "ALL"; q: string };

type Raw = Record<string, string | string[] | undefined>;

export function readPairingsQuery(raw: Raw): PairingsQuery {
  const state = typeof raw.state === "string" ? raw.state : "";
  const q = typeof raw.q === "string" ? raw.q.trim().slice(0, 100) : "";
  return { state: (PAIRING_STATES as readonly string[]).includes(state) ? (state as PairingState) : "ALL", q };
}

/** The service's query: "ALL" means no state filter. */
export const toServiceQuery = (query: PairingsQuery, cursor?: string) => ({
  ...(query.state === "ALL" ? {} : { state: query.state }),
  ...(query.q ? { q: query.q } : {}),
  ...(cursor ? { cursor: cursor.slice(0, 200) } : {}),
});

export function pairingsHref(base: string, query: PairingsQuery, patch: Partial<PairingsQuery> = {}): string {
  const next = { ...query, ...patch };
  const params = new URLSearchParams();
  if (next.state !== "ALL") params.set("state", next.state);
  if (next.q) params.set("q", next.q);
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}
