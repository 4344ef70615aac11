import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { REALTIME_CHANNEL } from "./publish";

type Wake = () => void;

/**
 * One LISTEN connection per app instance, shared by every open stream in it (not one per browser). A NOTIFY
 * names a user; the hub wakes that user's streams, which read what is new from the tables. After a lost
 * connection it reconnects and wakes everyone, so nothing committed meanwhile is missed.
 */
class Hub {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private readonly subscribers = new Map<string, Set<Wake>>();

  subscribe(userId: string, wake: Wake): () => void {
    let set = this.subscribers.get(userId);
    if (!set) this.subscribers.set(userId, (set = new Set()));
    set.add(wake);
    void this.ensureConnected();
    return () => {
      set.delete(wake);
      if (set.size === 0) this.subscribers.delete(userId);
    };
  }

  get listeners(): number {
    return [...this.subscribers.values()].reduce((n, s) => n + s.size, 0);
  }

  /** Closes the LISTEN connection (tests, shutdown); the next subscriber reconnects. */
  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    this.subscribers.clear();
    await client?.end().catch(() => undefined);
  }

  ready(): Promise<void> {
    return this.ensureConnected();
  }

  private wake(userId: string | null) {
    const targets = userId ? [this.subscribers.get(userId) ?? new Set<Wake>()] : [...this.subscribers.values()];
    for (const set of targets) for (const wake of set) wake();
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: env().DATABASE_URL });
      client.on("notification", (msg) => this.wake(msg.payload ?? null));
      const lost = (error?: Error) => {
        if (this.client !== client) return; // closed on purpose, or already replaced
        logger.warn({ err: error }, "realtime listener lost; reconnecting");
        this.client = null;
        setTimeout(() => void this.ensureConnected().then(() => this.wake(null)), 1000).unref();
      };
      client.on("error", lost);
      client.on("end", () => lost());
      await client.connect();
      await client.query(`LISTEN ${REALTIME_CHANNEL}`);
      this.client = client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }
}

const globalForHub = globalThis as unknown as { kinshipHub?: Hub };
export const hub: Hub = (globalForHub.kinshipHub ??= new Hub());
