/**
 * When and where a tab reopens its realtime stream after the browser gave up on it (any answer but a 200 closes an
 * EventSource for good: a proxy's 502/503 during a deploy, a crashed instance, a 401). Pure and browser-safe.
 */

export const RECONNECT_BASE_MS = 1000;
export const RECONNECT_MAX_MS = 30_000;

/**
 * The wait before the `attempt`-th reopen (0-based): 1 s, 2 s, 4 s … at most 30 s, each somewhere between half and
 * all of that, so that the tabs one outage refused do not all come back in the same instant.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** Math.min(Math.max(attempt, 0), 16));
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(Math.max(random(), 0), 1));
}

/** An event id as the stream writes it (a bigint seq); anything else is not worth sending back. */
export function isEventId(value: string | null | undefined): value is string {
  return typeof value === "string" && /^\d{1,19}$/.test(value);
}

/** The stream's address, resuming after the last event the tab received (a new EventSource sends no Last-Event-ID). */
export function streamUrl(lastEventId: string | null): string {
  return isEventId(lastEventId) ? `/api/v1/stream?lastEventId=${lastEventId}` : "/api/v1/stream";
}
