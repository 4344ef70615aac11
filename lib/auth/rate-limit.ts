import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import pg from "pg";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";

/**
 * Limits on sign-in and sign-up, stored in PostgreSQL (table `rate_limits`, created by a migration) so they
 * hold across every app instance. See docs/decisions/003-auth-sessions.md.
 */
export const LIMITS = {
  signInPerIp: { points: 30, duration: 15 * 60 },
  signInPerAccount: { points: 10, duration: 15 * 60 },
  signUpPerIp: { points: 10, duration: 60 * 60 },
  /** Every action that sends an account email (verification, reset, change of email), shared by all of them. */
  accountEmailPerIp: { points: 20, duration: 60 * 60 },
  /** Keyed by the account's id, or by the address when nobody may learn whether it has one. */
  accountEmailPerAccount: { points: 5, duration: 60 * 60 },
  /** Decoding and resizing a photo is the heaviest work a member can ask for; a person needs a handful. */
  photoUploadPerAccount: { points: 30, duration: 60 * 60 },
} as const;

type LimitName = keyof typeof LIMITS;

const globalForLimits = globalThis as unknown as {
  kinshipLimiters?: Map<string, RateLimiterPostgres>;
  kinshipLimitPool?: pg.Pool;
};

function pool() {
  globalForLimits.kinshipLimitPool ??= new pg.Pool({ connectionString: env().DATABASE_URL, max: 3 });
  return globalForLimits.kinshipLimitPool;
}

function limiter(name: LimitName): RateLimiterPostgres {
  const limiters = (globalForLimits.kinshipLimiters ??= new Map());
  let l = limiters.get(name);
  if (!l) {
    l = new RateLimiterPostgres({
      storeClient: pool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
      ...LIMITS[name],
    });
    limiters.set(name, l);
  }
  return l;
}

function retryAfter(res: unknown): number {
  return res instanceof RateLimiterRes ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 60;
}

/** Counts one attempt against `key`; throws RATE_LIMITED once the limit is used up. */
export async function consume(name: LimitName, key: string): Promise<void> {
  try {
    await limiter(name).consume(key.toLowerCase());
  } catch (res) {
    if (res instanceof RateLimiterRes) {
      const seconds = retryAfter(res);
      throw new AppError(
        "RATE_LIMITED",
        `Too many attempts. Please try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? "s" : ""}.`,
        { retryAfterSeconds: seconds },
      );
    }
    throw res;
  }
}

/** Throws RATE_LIMITED if `key` has no attempts left, without counting one. */
export async function ensureNotLimited(name: LimitName, key: string): Promise<void> {
  const res = await limiter(name).get(key.toLowerCase());
  if (res && res.consumedPoints >= LIMITS[name].points) {
    const seconds = retryAfter(res);
    throw new AppError(
      "RATE_LIMITED",
      `Too many attempts. Please try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? "s" : ""}.`,
      { retryAfterSeconds: seconds },
    );
  }
}

export async function reset(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key.toLowerCase());
}
