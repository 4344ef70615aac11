import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import pg from "pg";
import { AppError, msg } from "@/lib/errors";
import { env } from "@/lib/env";
import { securityWarning } from "@/lib/log";
import { limitKeyOfAddress } from "@/lib/request/client-ip";

/**
 * Limits on sign-in and sign-up, stored in PostgreSQL (table `rate_limits`, created by a migration) so they
 * hold across every app instance. See docs/decisions/003-auth-sessions.md.
 */
export const LIMITS = {
  /** Every password attempt from one address, whatever the account: slows one machine trying many accounts. */
  signInPerIp: { points: 30, duration: 15 * 60 },
  /** Wrong passwords for one account from one address: the limit an attacker meets, never the owner elsewhere. */
  signInPerAccountAddress: { points: 10, duration: 15 * 60 },
  /**
   * Wrong passwords for one account from anywhere. Reaching it refuses nothing by itself (a lock would hand anyone
   * who knows an address a way to shut its owner out): it puts the account under backoff, in which an address with
   * a recent wrong password for it is refused at once, so a botnet gets one guess per address per window while the
   * owner, from an address with no recent failures, still signs in (lib/auth/sign-in-guard.ts).
   */
  signInPerAccount: { points: 10, duration: 60 * 60 },
  /**
   * Re-checks of the password by a signed-in session (change password or address, delete, export): only that
   * session can spend them, so a plain per-account limit locks out nobody but a thief holding it.
   */
  passwordCheckPerAccount: { points: 10, duration: 15 * 60 },
  signUpPerIp: { points: 10, duration: 60 * 60 },
  /** Every action that sends an account email (verification, reset, change of email), shared by all of them. */
  accountEmailPerIp: { points: 20, duration: 60 * 60 },
  /**
   * Keyed by the account's id, or by the address when nobody may learn whether it has one. An anonymous reset
   * request counts per (address, client address) instead, so that a stranger's requests cannot spend the owner's.
   */
  accountEmailPerAccount: { points: 5, duration: 60 * 60 },
  /** Anonymous reset requests for one address from anywhere: a ceiling that keeps a mailbox from being flooded. */
  resetLinkPerAddress: { points: 20, duration: 60 * 60 },
  /** Decoding and resizing a photo is the heaviest work a member can ask for; a person needs a handful. */
  photoUploadPerAccount: { points: 30, duration: 60 * 60 },
} as const;

export type LimitName = keyof typeof LIMITS;

/** Who spent an attempt, for the warning logged when a limit is hit (never the key, which may be an email). */
export type Spender = { ip?: string; accountId?: string | null };

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

/**
 * A refusal from the limiter, by its shape: the limiters live in a global map shared by every server bundle, and a
 * limiter created by one bundle rejects with that bundle's copy of RateLimiterRes, which `instanceof` in another
 * bundle does not recognise (a sign-in over the limit then failed as an error instead of RATE_LIMITED).
 */
function isLimiterRes(value: unknown): value is RateLimiterRes {
  return (
    value instanceof RateLimiterRes ||
    (typeof value === "object" &&
      value !== null &&
      !(value instanceof Error) &&
      typeof (value as RateLimiterRes).msBeforeNext === "number" &&
      typeof (value as RateLimiterRes).consumedPoints === "number")
  );
}

/**
 * The stored key: lower-cased, and each address in it (a key is an address, or parts joined by "|" such as an email
 * and an address) counted as limitKeyOfAddress says, so one IPv6 /64 is one client.
 */
function storedKey(key: string): string {
  return key
    .split("|")
    .map((part) => limitKeyOfAddress(part))
    .join("|")
    .toLowerCase();
}

function retryAfter(res: unknown): number {
  return isLimiterRes(res) ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 60;
}

/** The refusal, and a warning an operator can follow an attack by (the address and account, never the key). */
function limited(name: LimitName, res: unknown, who: Spender | undefined): AppError {
  const seconds = retryAfter(res);
  securityWarning("rate limit hit", { limit: name, ip: who?.ip ?? null, accountId: who?.accountId ?? null });
  return new AppError("RATE_LIMITED", msg("errors.http.tooManyAttempts", { minutes: Math.ceil(seconds / 60) }), {
    retryAfterSeconds: seconds,
  });
}

/**
 * Counts one attempt against `key` in one atomic statement, so parallel attempts cannot all see the same count;
 * throws RATE_LIMITED once the limit is used up. Returns the points spent in this window, this one included.
 */
export async function consume(name: LimitName, key: string, who?: Spender): Promise<number> {
  try {
    return (await limiter(name).consume(storedKey(key))).consumedPoints;
  } catch (res) {
    if (isLimiterRes(res)) throw limited(name, res, who);
    throw res;
  }
}

/** Gives back one point taken by `consume` (an attempt that turned out not to count, such as the right password). */
export async function giveBack(name: LimitName, key: string): Promise<void> {
  await limiter(name).reward(storedKey(key), 1);
}

/** Counts one against `key` and never throws: for failures whose limit is checked before the next attempt. */
export async function count(name: LimitName, key: string): Promise<void> {
  await limiter(name).penalty(storedKey(key), 1);
}

/** Attempts already counted against `key` in the current window (0 when none). */
export async function spent(name: LimitName, key: string): Promise<number> {
  return (await limiter(name).get(storedKey(key)))?.consumedPoints ?? 0;
}

/** Throws RATE_LIMITED if `key` has no attempts left, without counting one. */
export async function ensureNotLimited(name: LimitName, key: string, who?: Spender): Promise<void> {
  const res = await limiter(name).get(storedKey(key));
  if (res && res.consumedPoints >= LIMITS[name].points) throw limited(name, res, who);
}

/** Throws RATE_LIMITED (and logs it) for a refusal decided by the caller from what `spent` told it. */
export async function refuse(name: LimitName, key: string, who?: Spender): Promise<never> {
  throw limited(name, await limiter(name).get(storedKey(key)), who);
}

export async function reset(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(storedKey(key));
}
