import "server-only";
import { securityWarning } from "@/lib/log";
import { LIMITS, consume, count, ensureNotLimited, giveBack, refuse, reset, spent } from "./rate-limit";

/**
 * Limits on passwords, built so that they slow an attacker without handing one a way to shut an owner out
 * (decision 003). A password typed on a form that anyone can reach (sign-in, confirming an address from its link):
 * - every attempt from an address counts against that address (signInPerIp);
 * - every attempt is counted per (account, address) before its password is checked, in one atomic statement, so
 *   parallel guesses cannot all pass on the same count; the right password gives its point back (the count is of
 *   wrong passwords and attempts still running). Ten, and that address is refused for the account for a while;
 * - wrong passwords also count per account from anywhere: past that many, the account is under backoff, in which
 *   an address is allowed BACKOFF_TRIES_PER_ADDRESS attempts in the window and then refused. The owner, who may
 *   mistype once, still has the password checked: stuffing from many addresses gets two guesses per address per
 *   window, and a correct password from an address with fewer failures always passes.
 * A password re-checked for a signed-in session (change of password or address, deleting, exporting) counts per
 * account alone: only whoever holds the session can spend those attempts.
 */
export type PasswordAttempt = {
  /** The account's email as typed (normalized), known or not: the limits must not tell which. */
  email: string;
  ip: string;
  /** For the logs; null when no account has this email. */
  accountId: string | null;
};

const pairKey = (a: PasswordAttempt) => `${a.email}|${a.ip}`;
const spender = (a: PasswordAttempt) => ({ ip: a.ip, accountId: a.accountId });

/**
 * Attempts an address may make on an account under backoff (its failures in the window, the current one included):
 * enough for the owner's typo, fewer than three so that a botnet gains little from each address.
 */
export const BACKOFF_TRIES_PER_ADDRESS = 2;

/**
 * Before the password is checked: counts the attempt and throws RATE_LIMITED when this address may not try this
 * account now. Follow it with recordWrongPassword, recordRightPassword or abandonPasswordAttempt.
 */
export async function admitPasswordAttempt(a: PasswordAttempt): Promise<void> {
  await consume("signInPerIp", a.ip, spender(a));
  const fromHere = await consume("signInPerAccountAddress", pairKey(a), spender(a));
  const fromAnywhere = await spent("signInPerAccount", a.email);
  if (fromAnywhere >= LIMITS.signInPerAccount.points && fromHere > BACKOFF_TRIES_PER_ADDRESS)
    await refuse("signInPerAccount", a.email, spender(a));
}

/** A refused password (already counted for this address): counted for the account, and logged (never the password). */
export async function recordWrongPassword(a: PasswordAttempt, reason: string): Promise<void> {
  securityWarning("sign-in refused", { ip: a.ip, accountId: a.accountId, reason });
  await count("signInPerAccount", a.email);
}

/** The password could not be checked (an unexpected error): the attempt's point is given back. */
export async function abandonPasswordAttempt(a: PasswordAttempt): Promise<void> {
  await giveBack("signInPerAccountAddress", pairKey(a));
}

/**
 * The right password, which only the owner has: this address's failures and the account's count start again (an
 * attack still under way puts the account back under backoff after as many failures as the first time).
 */
export async function recordRightPassword(a: PasswordAttempt): Promise<void> {
  await Promise.all([reset("signInPerAccountAddress", pairKey(a)), reset("signInPerAccount", a.email)]);
}

/**
 * A new password from a reset link: the guesses aimed at the old one no longer matter. Clears the account's backoff
 * and the resetting address's failures (the owner, who probably failed from there before asking for the link).
 */
export async function clearAfterPasswordReset(email: string, ip: string): Promise<void> {
  await Promise.all([reset("signInPerAccount", email), reset("signInPerAccountAddress", `${email}|${ip}`)]);
}

/** A signed-in session re-checking its password: throws RATE_LIMITED when its attempts are spent. */
export async function admitSessionPasswordCheck(accountId: string, ip?: string): Promise<void> {
  if (ip) await consume("signInPerIp", ip, { ip, accountId });
  await ensureNotLimited("passwordCheckPerAccount", accountId, { ip, accountId });
}

export async function recordSessionWrongPassword(accountId: string, ip?: string): Promise<void> {
  securityWarning("password re-check refused", { ip: ip ?? null, accountId });
  await count("passwordCheckPerAccount", accountId);
}

export async function recordSessionRightPassword(accountId: string): Promise<void> {
  await reset("passwordCheckPerAccount", accountId);
}
