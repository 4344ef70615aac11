import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, msg } from "@/lib/errors";
import { resolveSessionUser, type SessionClaims } from "@/lib/auth/session-user";
import { hub } from "./hub";
import { renderEvents, type StreamEvent } from "./renderers";
import { EVICTED_RETRY_MS, StreamCap } from "./stream-cap";

export const HEARTBEAT_MS = 20_000;
const BATCH = 200;

type Event = StreamEvent & { id: bigint };

/** When the instance is full, how long a refused tab should wait (its bus backs off at least this long). */
const FULL_RETRY_SECONDS = 30;

const globalForCap = globalThis as unknown as { kinshipStreamCap?: StreamCap };
function streamCap(): StreamCap {
  return (globalForCap.kinshipStreamCap ??= new StreamCap({
    perUser: env().REALTIME_MAX_STREAMS_PER_USER,
    perInstance: env().REALTIME_MAX_STREAMS,
  }));
}

function encode(e: Event): string {
  return `id: ${e.id}\nevent: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`;
}

/**
 * One Server-Sent Events stream for a signed-in tab. It replays what was missed after `lastEventId` (the
 * tables are the record), then delivers each new event once, in order. Every wake re-checks the session, so a
 * revoked session stops receiving at once. Events are written in `locale` (the tab's page language; default: the
 * member's chosen language, else English). With `announce`, the first event is `ready`, whose id is where the stream
 * starts: a tab that has received nothing yet still knows where to resume after an outage.
 */
export async function openStream(
  claims: SessionClaims,
  lastEventId: bigint | null,
  signal: AbortSignal,
  { announce = false, locale }: { announce?: boolean; locale?: string | null } = {},
): Promise<ReadableStream<Uint8Array> | null> {
  const user = await resolveSessionUser(claims);
  if (!user) return null;
  const encoder = new TextEncoder();
  let cursor =
    lastEventId ??
    (await db.realtimeEvent.findFirst({ where: { userId: user.id }, orderBy: { seq: "desc" }, select: { seq: true } }))
      ?.seq ??
    0n;

  let closed = false;
  let running = false;
  let again = false;
  let unsubscribe = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let evict = () => {};
  const release = streamCap().admit(user.id, () => evict());
  if (!release)
    throw new AppError("RATE_LIMITED", msg("errors.http.tooManyStreams"), {
      retryAfterSeconds: FULL_RETRY_SECONDS,
    });

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
        release();
        unsubscribe();
        if (heartbeat) clearInterval(heartbeat);
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
            if (!(await resolveSessionUser(claims))) return close();
            for (;;) {
              const rows = await db.realtimeEvent.findMany({
                where: { userId: user.id, seq: { gt: cursor } },
                orderBy: { seq: "asc" },
                take: BATCH,
                select: { seq: true, type: true, resourceId: true },
              });
              if (rows.length === 0 || closed) break;
              for (const e of await renderEvents(user.id, rows, { locale: locale ?? user.locale }))
                controller.enqueue(encoder.encode(encode(e)));
              cursor = rows.at(-1)!.seq;
              if (rows.length < BATCH) break;
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
      controller.enqueue(encoder.encode(`retry: 3000\n: connected\n\n`));
      if (announce) controller.enqueue(encoder.encode(encode({ id: cursor, event: "ready", data: {} })));
      heartbeat = setInterval(() => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(`: heartbeat\n\n`));
        } catch {
          return close();
        }
        void pump();
      }, HEARTBEAT_MS);
      void hub.ready().then(pump, close);
    },
    cancel() {
      closed = true;
      release();
      unsubscribe();
      if (heartbeat) clearInterval(heartbeat);
    },
  });
}
