import "server-only";
import { db } from "@/lib/db";
import { resolveSessionUser, type SessionClaims } from "@/lib/auth/session-user";
import { hub } from "./hub";
import { renderEvents, type StreamEvent } from "./renderers";

export const HEARTBEAT_MS = 20_000;
const BATCH = 200;

type Event = StreamEvent & { id: bigint };

function encode(e: Event): string {
  return `id: ${e.id}\nevent: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`;
}

/**
 * One Server-Sent Events stream for a signed-in tab. It replays what was missed after `lastEventId` (the
 * tables are the record), then delivers each new event once, in order. Every wake re-checks the session, so a
 * revoked session stops receiving at once. With `announce`, the first event is `ready`, whose id is where the stream
 * starts: a tab that has received nothing yet still knows where to resume after an outage.
 */
export async function openStream(
  claims: SessionClaims,
  lastEventId: bigint | null,
  signal: AbortSignal,
  { announce = false }: { announce?: boolean } = {},
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

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
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
              for (const e of await renderEvents(user.id, rows)) controller.enqueue(encoder.encode(encode(e)));
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
      signal.addEventListener("abort", close);
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
      unsubscribe();
      if (heartbeat) clearInterval(heartbeat);
    },
  });
}
