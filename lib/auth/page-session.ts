import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { shellCountsColumns } from "./shell-counts";
import { resolveSessionUser, type SessionClaims, type SessionUser } from "./session-user";

/** What every signed-in page's header shows besides the user: the bell's count and the unread messages per thread. */
export type ShellCounts = { userId: string; notifications: number; threads: Record<string, number> };

type Row = {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  locale: string | null;
  sessionVersion: number;
  verified: boolean;
  photoVersion: string | null;
  notifications: number;
  threads: Record<string, number>;
};

/**
 * This request's header counts once its page session has read them (per request: React's cache; outside a render,
 * a fresh empty slot). Loaders that show the same counts (home's unread messages) take them from here instead of
 * reading again.
 */
export const shellSlot = cache((): { value: ShellCounts | null } => ({ value: null }));

/**
 * A page's session check and its header's counts in ONE statement (issue 18: every signed-in page paid three): the
 * user by the token's id, checked against its session version exactly as resolveSessionUser does, with the
 * unread notifications and unread messages per thread read alongside. A revoked token gets null and its counts are
 * dropped unread.
 */
export async function resolvePageSession(
  claims: SessionClaims | null | undefined,
): Promise<{ user: SessionUser | null; shell: ShellCounts | null }> {
  if (!claims || typeof claims.uid !== "string" || typeof claims.sv !== "number") return { user: null, shell: null };
  const countsColumns = shellCountsColumns();
  if (!countsColumns) return { user: await resolveSessionUser(claims), shell: null };
  const [row] = await db.$queryRaw<Row[]>`
    SELECT u.id, u.name, u.email, u."timeZone", u.locale, u."sessionVersion", u."emailVerifiedAt" IS NOT NULL AS verified,
           u."photoVersion", ${await countsColumns(claims.uid)}
    FROM "User" u WHERE u.id = ${claims.uid}`;
  if (!row || row.sessionVersion !== claims.sv) return { user: null, shell: null };
  const shell = { userId: row.id, notifications: row.notifications, threads: row.threads };
  shellSlot().value = shell;
  return {
    user: {
      id: row.id,
      name: row.name,
      email: row.email,
      timeZone: row.timeZone,
      locale: row.locale,
      emailVerified: row.verified,
      photoVersion: row.photoVersion,
    },
    shell,
  };
}

/** The header's counts alone (a request that checked its session without them: an action, an API route). */
export async function readShellCounts(userId: string): Promise<ShellCounts> {
  const countsColumns = shellCountsColumns();
  if (!countsColumns) return { userId, notifications: 0, threads: {} };
  const [row] = await db.$queryRaw<{ notifications: number; threads: Record<string, number> }[]>`
    SELECT ${await countsColumns(userId)}`;
  return { userId, notifications: row?.notifications ?? 0, threads: row?.threads ?? {} };
}
