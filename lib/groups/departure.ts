import "server-only";
import type { Tx } from "@/lib/db";

/** Someone stopped being an active member of a group: they left, or a moderator removed or banned them. */
export type Departure = {
  groupId: string;
  userId: string;
  /** Who made it happen: the person themselves when they left. */
  actorId: string;
  reason: "left" | "removed" | "banned";
};

export type DepartureHandler = (tx: Tx, departure: Departure) => Promise<void>;

/**
 * Features built on groups (mentorship ends the person's pairings) react to a departure through this hook, so that
 * groups never import them (decision 021). Handlers are registered at start-up by `lib/wiring.ts`, keyed by name so
 * that loading the wiring twice (a dev server's reload) replaces rather than repeats one.
 */
const handlers = new Map<string, DepartureHandler>();

export function onDeparture(name: string, handler: DepartureHandler): void {
  handlers.set(name, handler);
}

/**
 * Runs every registered handler inside the caller's transaction, so the departure and its consequences commit or
 * roll back together. Fails closed: with no handler registered (an entry point that forgot `lib/wiring.ts`), the
 * departure is refused rather than leaving the person's pairings running in a group they are no longer part of.
 */
export async function announceDeparture(tx: Tx, departure: Departure): Promise<void> {
  if (handlers.size === 0)
    throw new Error('No departure handler is registered: import "@/lib/wiring" in this process\'s entry point.');
  for (const handler of handlers.values()) await handler(tx, departure);
}
