import "server-only";
import { streamDb } from "@/lib/db/stream-db";
import { renderEvents, type StreamEvent } from "./renderers";

export const BATCH = 200;

export type Batch = {
  /** The session no longer counts (or the account is gone): the stream closes. */
  revoked: boolean;
  /** What to send, in order, as SSE frames (events this reader may not receive are left out). */
  frames: string[];
  /** The last stored event read (the new cursor), null when none. */
  last: bigint | null;
  /** BATCH rows were read: there may be more. */
  full: boolean;
};

type Row = { sessionVersion: number; seq: bigint | null; type: string | null; resourceId: string | null };

/** One event as Server-Sent Events write it. */
export function sseFrame(e: StreamEvent & { id: bigint }): string {
  return `id: ${e.id}\nevent: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`;
}

/** Reads in flight, by what decides their answer: a user's tabs woken by one NOTIFY share one read and render. */
const inFlight = new Map<string, Promise<Batch>>();

/**
 * The next events of a user's log after `cursor`, rendered for them in `locale`, with the session's check in the
 * same statement (one statement for the log, then each feature's renderer). Several streams of one user on this
 * instance (tabs) usually wake together at the same cursor: they get the one read and render made for the first
 * (issue 18: render once per instance, not once per stream). Nothing is kept once the read answers.
 */
export function readBatch(
  userId: string,
  sessionVersion: number,
  cursor: bigint,
  locale: string | null | undefined,
): Promise<Batch> {
  const key = `${userId}\u0000${sessionVersion}\u0000${cursor}\u0000${locale ?? ""}`;
  let batch = inFlight.get(key);
  if (!batch) {
    batch = read(userId, sessionVersion, cursor, locale).finally(() => inFlight.delete(key));
    inFlight.set(key, batch);
  }
  return batch;
}

async function read(userId: string, sessionVersion: number, cursor: bigint, locale: string | null | undefined) {
  const rows = await streamDb.$queryRaw<Row[]>`
    SELECT u."sessionVersion", e.seq, e.type, e."resourceId"
    FROM "User" u
    LEFT JOIN LATERAL (
      SELECT seq, type, "resourceId" FROM "RealtimeEvent"
      WHERE "userId" = u.id AND seq > ${cursor}
      ORDER BY seq LIMIT ${BATCH}
    ) e ON true
    WHERE u.id = ${userId}
    ORDER BY e.seq`;
  if (rows[0]?.sessionVersion !== sessionVersion) return { revoked: true, frames: [], last: null, full: false };
  const stored = rows.filter((r) => r.seq !== null) as { seq: bigint; type: string; resourceId: string }[];
  if (stored.length === 0) return { revoked: false, frames: [], last: null, full: false };
  const events = await renderEvents(userId, stored, { locale, db: streamDb });
  return { revoked: false, frames: events.map(sseFrame), last: stored.at(-1)!.seq, full: stored.length === BATCH };
}
