import "server-only";
import type { Tx } from "@/lib/db";

/** The one channel every app instance listens on. Its payload is only a user id: the tables are the record. */
export const REALTIME_CHANNEL = "kinship_realtime";

/** Every event type a stream may carry; each needs a feature's renderer (registered in lib/wiring.ts) to be sent. */
export const REALTIME_TYPES = [
  "notification",
  "notification.read",
  "message",
  "message.updated",
  "thread.read",
] as const;
export type RealtimeType = (typeof REALTIME_TYPES)[number];

/**
 * Appends events to the users' logs and wakes their open streams on every instance. NOTIFY inside a transaction
 * is delivered on commit and dropped on rollback, so a stream never sees an event that did not happen.
 *
 * Each user's log is written by one transaction at a time: a transaction-scoped advisory lock per user (taken in
 * a fixed order) is held from the first event until commit. Without it, an event could get a lower `seq` than one
 * committed before it, and a stream that had already moved its cursor past the later one would never deliver it.
 */
export async function publish(
  tx: Tx,
  events: { userId: string; type: RealtimeType; resourceId: string }[],
): Promise<void> {
  if (events.length === 0) return;
  const users = [...new Set(events.map((e) => e.userId))].sort();
  await tx.$queryRaw`
    SELECT count(pg_advisory_xact_lock(hashtextextended('kinship_realtime:' || u, 0)))::int AS locked
    FROM (SELECT u FROM unnest(${users}::text[]) AS u ORDER BY u) AS ordered`;
  await tx.realtimeEvent.createMany({ data: events });
  await tx.$executeRaw`SELECT pg_notify(${REALTIME_CHANNEL}, u) FROM unnest(${users}::text[]) AS u`;
}
