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
export async function publish(tx: Tx, events: PublishedEvent[]): Promise<void> {
  if (events.length === 0) return;
  const users = [...new Set(events.map((e) => e.userId))].sort();
  // One statement. The events' insert reads from `locked`, an aggregate that takes every lock before it answers,
  // so each seq is drawn under its user's lock; ORDER BY keeps the given order in the seqs. The NOTIFYs go out on
  // commit whatever their place here.
  await tx.$queryRaw`
    WITH locked AS (
      SELECT count(pg_advisory_xact_lock(hashtextextended('kinship_realtime:' || u, 0)))::int AS n
      FROM (SELECT u FROM unnest(${users}::text[]) AS u ORDER BY u) AS ordered
    ), inserted AS (
      INSERT INTO "RealtimeEvent" ("userId", type, "resourceId")
      SELECT e.u, e.t, e.r
      FROM locked,
        unnest(${events.map((e) => e.userId)}::text[], ${events.map((e) => e.type)}::text[],
          ${events.map((e) => e.resourceId)}::text[]) WITH ORDINALITY AS e(u, t, r, i)
      ORDER BY e.i
      RETURNING seq
    )
    SELECT (SELECT count(*) FROM inserted)::int AS events,
      (SELECT count(pg_notify(${REALTIME_CHANNEL}, u)) FROM unnest(${users}::text[]) AS u)::int AS notified`;
}

export type PublishedEvent = { userId: string; type: RealtimeType; resourceId: string };
