import "server-only";
import { streamDb } from "@/lib/db/stream-db";
import { logger } from "@/lib/log";

/** An open stream as the instance's sweep sees it. */
export type SweptStream = {
  userId: string;
  /** The session version its token was issued at. */
  sessionVersion: number;
  /** The last event it delivered (or started after). */
  cursor(): bigint;
  /** Writes a comment line, so proxies keep the connection and a gone client is noticed. */
  heartbeat(): void;
  /** Reads and delivers what is new. */
  wake(): void;
  /** Ends the stream (the session no longer counts). */
  close(): void;
};

/**
 * The instance's one timer for all its open streams (issue 18: idle streams cost about no database work). Every
 * period it writes each stream's heartbeat and asks the database one question for all of them: each user's session
 * version and newest event. A revoked session (sign out everywhere, a ban, an erased account) closes its streams
 * within one period even if nothing is sent to it; a stream behind its user's newest event (a NOTIFY that never
 * arrived) is woken. Between periods an idle stream reads nothing: events are read on a NOTIFY wake-up.
 */
export class StreamSweep {
  private readonly open = new Set<SweptStream>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private periodMs: number) {}

  get size(): number {
    return this.open.size;
  }

  /** Tests shorten the period; the next stream to open starts the timer with it. */
  setPeriod(ms: number): void {
    this.periodMs = ms;
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
      if (this.open.size) this.start();
    }
  }

  /** Adds a stream; the returned function removes it (once it ends). */
  add(stream: SweptStream): () => void {
    this.open.add(stream);
    if (!this.timer) this.start();
    return () => {
      this.open.delete(stream);
      if (this.open.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  /** One period's work (the timer's; tests call it to count what it costs). */
  async sweep(): Promise<void> {
    const streams = [...this.open];
    if (streams.length === 0) return;
    for (const s of streams) s.heartbeat();
    const ids = [...new Set(streams.map((s) => s.userId))];
    let rows: { id: string; sessionVersion: number; lastSeq: bigint | null }[];
    try {
      rows = await streamDb.$queryRaw`
        SELECT u.id, u."sessionVersion",
          (SELECT max(e.seq) FROM "RealtimeEvent" e WHERE e."userId" = u.id) AS "lastSeq"
        FROM "User" u WHERE u.id = ANY(${ids}::text[])`;
    } catch (error) {
      // The database is briefly out of reach: the streams stay open, and the next period asks again.
      logger.warn({ err: error }, "realtime sweep failed");
      return;
    }
    const users = new Map(rows.map((r) => [r.id, r]));
    for (const s of streams) {
      if (!this.open.has(s)) continue;
      const user = users.get(s.userId);
      if (!user || user.sessionVersion !== s.sessionVersion) s.close();
      else if (user.lastSeq !== null && user.lastSeq > s.cursor()) s.wake();
    }
  }

  private start() {
    this.timer = setInterval(() => void this.sweep(), this.periodMs);
    this.timer.unref?.();
  }
}
