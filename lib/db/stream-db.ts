import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "@/lib/env";

/**
 * The realtime streams' own small pool (issue 18): their reads (the batched session check, the events after a
 * wake-up and what the renderers read to send them) never wait behind sends and page renders on the main pool,
 * and a burst of deliveries cannot take the connections a send needs. Reads only: every write goes through `db`.
 */
export const STREAM_POOL_MAX = 3;

function createClient() {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: STREAM_POOL_MAX });
  return new PrismaClient({ adapter });
}

// One per process, also across hot reloads in development (like `db`).
const globalForDb = globalThis as unknown as { kinshipStreamDb?: PrismaClient };
export const streamDb: PrismaClient = globalForDb.kinshipStreamDb ?? createClient();
if (env().NODE_ENV !== "production") globalForDb.kinshipStreamDb = streamDb;
