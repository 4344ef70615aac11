import "server-only";
import type { Tx } from "@/lib/db";

/** The one channel every app instance listens on. Its payload is only a user id: the tables are the record. */
export const REALTIME_CHANNEL = "kinship_realtime";

export type RealtimeType = "notification" | "notification.read" | "message" | "message.updated" | "thread.read";

/**
 * Appends events to the users' logs and wakes their open streams on every instance. NOTIFY inside a transaction
 * is delivered on commit and dropped on rollback, so a stream never sees an event that did not happen.
 */
export async function publish(
  tx: Tx,
  events: { userId: string; type: RealtimeType; resourceId: string }[],
): Promise<void> {
  if (events.length === 0) return;
  await tx.realtimeEvent.createMany({ data: events });
  const users = [...new Set(events.map((e) => e.userId))];
  await tx.$executeRaw`SELECT pg_notify(${REALTIME_CHANNEL}, u) FROM unnest(${users}::text[]) AS u`;
}
