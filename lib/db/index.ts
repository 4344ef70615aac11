import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "@/lib/env";

export type { Prisma } from "./generated/client";
export type Db = PrismaClient;
/** A transaction client; services accept one so callers can compose them in a single transaction. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

function createClient() {
  // Idle connections stay a minute (pg's default is 10 s): between bursts of traffic the pool otherwise closes and
  // reopens them, and each reopening pays a password handshake (about 1% of a busy server's CPU in the profile).
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: 10, idleTimeoutMillis: 60_000 });
  return new PrismaClient({ adapter });
}

// One client per process, also across hot reloads in development.
const globalForDb = globalThis as unknown as { kinshipDb?: PrismaClient };
export const db: PrismaClient = globalForDb.kinshipDb ?? createClient();
if (env().NODE_ENV !== "production") globalForDb.kinshipDb = db;

/** Runs `fn` in a transaction, or inside the caller's transaction when one is given. */
export function inTransaction<T>(fn: (tx: Tx) => Promise<T>, tx?: Tx): Promise<T> {
  return tx ? fn(tx) : db.$transaction((t) => fn(t));
}
