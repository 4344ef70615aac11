/**
 * How many realtime streams an instance holds open, per user and in all. Each stream keeps a socket and a few
 * hundred KB; without a cap one session could open hundreds. A user's newest stream wins: past their cap the oldest
 * is closed (its tab is most likely gone or asleep) with a hint to come back later. Past the instance's cap a new
 * stream is refused (429), and the tab's bus retries with backoff. Pure: the limits are given, nothing is read.
 */
export type StreamCapLimits = { perUser: number; perInstance: number };

/** Told to a stream closed to make room for its user's newer one: how long its EventSource waits to reconnect. */
export const EVICTED_RETRY_MS = 60_000;

type Slot = { evict: () => void };

export class StreamCap {
  private readonly byUser = new Map<string, Slot[]>();
  private open = 0;

  constructor(private readonly limits: StreamCapLimits) {}

  get size(): number {
    return this.open;
  }

  /**
   * Takes a place for a new stream of `userId`. Null when the instance is full; otherwise a release function (call it
   * once, when the stream ends). `evict` is called, at most once, if a newer stream of the same user needs its place.
   */
  admit(userId: string, evict: () => void): (() => void) | null {
    const slots = this.byUser.get(userId) ?? [];
    // A user at their own cap makes room among their own streams, so only the instance's cap refuses anyone.
    while (slots.length >= this.limits.perUser) this.remove(userId, slots, slots[0]!, true);
    if (this.open >= this.limits.perInstance) return null;
    const slot: Slot = { evict };
    slots.push(slot);
    this.byUser.set(userId, slots);
    this.open++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.remove(userId, this.byUser.get(userId) ?? [], slot, false);
    };
  }

  private remove(userId: string, slots: Slot[], slot: Slot, evict: boolean) {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    slots.splice(index, 1);
    this.open--;
    if (slots.length === 0) this.byUser.delete(userId);
    if (evict) slot.evict();
  }
}
