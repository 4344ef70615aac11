import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";

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
  const users = [...new Set(events.map((e) => e.userId))];
  const rows = Prisma.sql`SELECT * FROM unnest(${events.map((e) => e.userId)}::text[],
    ${events.map((e) => e.type)}::text[], ${events.map((e) => e.resourceId)}::text[]) WITH ORDINALITY`;
  await tx.$queryRaw`
    WITH ${publishCtes(users, rows)}
    SELECT (SELECT count(*) FROM log_events)::int AS events, ${wakeSql(users)} AS notified`;
}

/**
 * The events' part of a statement that writes them with its own change (one statement where a send would need
 * three): the CTEs `log_locked` and `log_events`. `rows` is a query answering (userId, type, resourceId, order)
 * for the events, which may read the statement's other CTEs. The events' insert reads from `log_locked`, an
 * aggregate that takes every user's lock (in a fixed order) before it answers, so each seq is drawn under its
 * user's lock; ORDER BY keeps the given order in the seqs. Pair it with `wakeSql` in the final SELECT.
 */
export function publishCtes(users: string[], rows: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`log_locked AS (
      SELECT count(pg_advisory_xact_lock(hashtextextended('kinship_realtime:' || u, 0)))::int AS n
      FROM (SELECT u FROM unnest(${[...users].sort()}::text[]) AS u ORDER BY u) AS ordered
    ), log_events AS (
      INSERT INTO "RealtimeEvent" ("userId", type, "resourceId")
      SELECT e.u, e.t, e.r FROM log_locked, (${rows}) AS e(u, t, r, i)
      ORDER BY e.i
      RETURNING seq
    )`;
}

/** Wakes the users' streams on every instance (an expression: how many NOTIFYs); they go out on commit. */
export function wakeSql(users: string[]): Prisma.Sql {
  return Prisma.sql`(SELECT count(pg_notify(${REALTIME_CHANNEL}, u)) FROM unnest(${users}::text[]) AS u)::int`;
}

export type PublishedEvent = { userId: string; type: RealtimeType; resourceId: string };
