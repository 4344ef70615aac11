import "server-only";
import { securityWarning } from "@/lib/log";
import { LIMITS, consume, count, ensureNotLimited, refuse, reset, spent } from "./rate-limit";

/**
 * Limits on passwords, built so that they slow an attacker without handing one a way to shut an owner out
 * (decision 003). A password typed on a form that anyone can reach (sign-in, confirming an address from its link):
 * - every attempt from an address counts against that address (signInPerIp);
 * - wrong passwords count per (account, address): ten from one address, and that address is refused for the
 *   account for a while;
 * - wrong passwords also count per account from anywhere: past that many, the account is under backoff, in which
 *   an address with any recent wrong password for it is refused at once. An address with none, such as the
 *   owner's, still has its password checked: stuffing from many addresses gets one guess per address per window,
 *   and a correct password from a clean address always passes.
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

/** Before the password is checked: throws RATE_LIMITED when this address may not try this account now. */
export async function admitPasswordAttempt(a: PasswordAttempt): Promise<void> {
  await consume("signInPerIp", a.ip, spender(a));
  const [fromHere, fromAnywhere] = await Promise.all([
    spent("signInPerAccountAddress", pairKey(a)),
    spent("signInPerAccount", a.email),
  ]);
  if (fromHere >= LIMITS.signInPerAccountAddress.points)
    await refuse("signInPerAccountAddress", pairKey(a), spender(a));
  if (fromAnywhere >= LIMITS.signInPerAccount.points && fromHere > 0)
    await refuse("signInPerAccount", a.email, spender(a));
}

/** A refused password: counted for this address and for the account, and logged (never the password). */
export async function recordWrongPassword(a: PasswordAttempt, reason: string): Promise<void> {
  securityWarning("sign-in refused", { ip: a.ip, accountId: a.accountId, reason });
  await Promise.all([count("signInPerAccountAddress", pairKey(a)), count("signInPerAccount", a.email)]);
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
