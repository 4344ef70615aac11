import "server-only";
import { streamDb } from "@/lib/db/stream-db";
import { env } from "@/lib/env";
import { AppError, msg } from "@/lib/errors";
import { resolveSessionUser, type SessionClaims } from "@/lib/auth/session-user";
import { hub } from "./hub";
import { readBatch, sseFrame } from "./batch";
import { EVICTED_RETRY_MS, StreamCap } from "./stream-cap";
import { StreamSweep } from "./sweep";

export const HEARTBEAT_MS = 20_000;

/** When the instance is full, how long a refused tab should wait (its bus backs off at least this long). */
const FULL_RETRY_SECONDS = 30;

const globalForCap = globalThis as unknown as { kinshipStreamCap?: StreamCap };
function streamCap(): StreamCap {
  return (globalForCap.kinshipStreamCap ??= new StreamCap({
    perUser: env().REALTIME_MAX_STREAMS_PER_USER,
    perInstance: env().REALTIME_MAX_STREAMS,
  }));
}

const globalForSweep = globalThis as unknown as { kinshipStreamSweep?: StreamSweep };
/** The instance's one timer for every open stream: heartbeats, and one batched session check a period. */
export function streamSweep(): StreamSweep {
  return (globalForSweep.kinshipStreamSweep ??= new StreamSweep(HEARTBEAT_MS));
}

/**
 * One Server-Sent Events stream for a signed-in tab. It replays what was missed after `lastEventId` (the
 * tables are the record), then delivers each new event once, in order. It reads only when woken: by a NOTIFY for
 * its user (one statement reads the session's version and the new events together, so a revoked session stops
 * receiving at once), or by the instance's sweep, which checks every open stream's session in one statement a
 * period and closes those revoked. Its reads use the streams' own pool (`streamDb`). Events are written in
 * `locale` (the tab's page language; default: the member's chosen language, else English). With `announce`, the
 * first event is `ready`, whose id is where the stream starts: a tab that has received nothing yet still knows
 * where to resume after an outage.
 */
export async function openStream(
  claims: SessionClaims,
  lastEventId: bigint | null,
  signal: AbortSignal,
  { announce = false, locale }: { announce?: boolean; locale?: string | null } = {},
): Promise<ReadableStream<Uint8Array> | null> {
  const user = await resolveSessionUser(claims, streamDb);
  if (!user) return null;
  const sessionVersion = claims.sv as number; // a number: resolveSessionUser checked it
  const encoder = new TextEncoder();
  let cursor =
    lastEventId ??
    (
      await streamDb.realtimeEvent.findFirst({
        where: { userId: user.id },
        orderBy: { seq: "desc" },
        select: { seq: true },
      })
    )?.seq ??
    0n;

  let closed = false;
  let running = false;
  let again = false;
  let unsubscribe = () => {};
  let unsweep = () => {};
  let evict = () => {};
  const release = streamCap().admit(user.id, () => evict());
  if (!release)
    throw new AppError("RATE_LIMITED", msg("errors.http.tooManyStreams"), {
      retryAfterSeconds: FULL_RETRY_SECONDS,
    });
  const reader = { locale: locale ?? user.locale };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
        release();
        unsubscribe();
        unsweep();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const pump = async () => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          do {
            again = false;
            for (;;) {
              const batch = await readBatch(user.id, sessionVersion, cursor, reader.locale);
              if (batch.revoked) return close();
              if (batch.last === null || closed) break;
              for (const frame of batch.frames) controller.enqueue(encoder.encode(frame));
              cursor = batch.last;
              if (!batch.full) break;
            }
          } while (again && !closed);
        } catch {
          close();
        } finally {
          running = false;
        }
      };
      // Closed to make room for a newer stream of the same user: the browser waits a minute before reconnecting.
      evict = () => {
        if (closed) return;
        try {
          controller.enqueue(
            encoder.encode(`retry: ${EVICTED_RETRY_MS}\n: closed: newer live connections are open\n\n`),
          );
        } catch {
          // the client already went away
        }
        close();
      };
      signal.addEventListener("abort", close);
      if (signal.aborted) return close();
      unsubscribe = hub.subscribe(user.id, () => void pump());
      unsweep = streamSweep().add({
        userId: user.id,
        sessionVersion,
        cursor: () => cursor,
        heartbeat: () => {
          if (closed) return;
          try {
            controller.enqueue(encoder.encode(`: heartbeat\n\n`));
          } catch {
            close();
          }
        },
        wake: () => void pump(),
        close,
      });
      controller.enqueue(encoder.encode(`retry: 3000\n: connected\n\n`));
      if (announce) controller.enqueue(encoder.encode(sseFrame({ id: cursor, event: "ready", data: {} })));
      void hub.ready().then(pump, close);
    },
    cancel() {
      closed = true;
      release();
      unsubscribe();
      unsweep();
    },
  });
}
