import "server-only";
import { db } from "@/lib/db";

/** How long each kind of bookkeeping row is kept. */
export const RETENTION_DAYS = { realtimeEvents: 7, sentEmails: 90 } as const;

/**
 * Daily housekeeping: realtime events older than any reconnect would replay, expired rate-limit counters, and old
 * sent emails. Notifications themselves are kept (they are the user's history).
 */
export async function prune(
  now: Date = new Date(),
): Promise<{ realtimeEvents: number; rateLimits: number; emails: number }> {
  const days = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000);
  const realtimeEvents = (
    await db.realtimeEvent.deleteMany({ where: { createdAt: { lt: days(RETENTION_DAYS.realtimeEvents) } } })
  ).count;
  const rateLimits = (await db.rateLimit.deleteMany({ where: { expire: { lt: BigInt(now.getTime()) } } })).count;
  const emails = (
    await db.email.deleteMany({ where: { status: "SENT", sentAt: { lt: days(RETENTION_DAYS.sentEmails) } } })
  ).count;
  return { realtimeEvents, rateLimits, emails };
}
