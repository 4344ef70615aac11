import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { decodeSessionClaims, sessionCookieName, sessionTokenFrom } from "./session-token";
import { resolveSessionUser, type SessionClaims, type SessionUser } from "./session-user";
import { AppError } from "@/lib/errors";
import { PAGE_REQUEST_HEADER } from "@/lib/request/page-header";
import { readShellCounts, resolvePageSession, type ShellCounts } from "./page-session";

export type { SessionUser } from "./session-user";

/**
 * What the session token claims, unchecked (long-lived streams re-check it with resolveSessionUser): the cookie
 * decoded as Auth.js would, without running its session endpoint per request (lib/auth/session-token.ts).
 */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  const name = sessionCookieName(head.get("x-forwarded-proto"));
  const token = sessionTokenFrom(jar.getAll(), name);
  return token ? decodeSessionClaims(token, env().AUTH_SECRET, name) : null;
});

/**
 * This request's session check, once. A page reads its header's counts in the same statement (lib/auth/
 * page-session.ts); an action or an API route reads the user alone.
 */
const readSession = cache(async (): Promise<{ user: SessionUser | null; shell: ShellCounts | null }> => {
  const claims = await getSessionClaims();
  if ((await headers()).get(PAGE_REQUEST_HEADER) === "1") return resolvePageSession(claims);
  return { user: await resolveSessionUser(claims), shell: null };
});

/** The signed-in user, or null; checked against the database on every request. Cached per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => (await readSession()).user);

/** The header's counts (the bell, unread messages) for the signed-in user, or null when signed out. */
export const getShellCounts = cache(async (): Promise<ShellCounts | null> => {
  const { user, shell } = await readSession();
  if (!user) return null;
  return shell ?? readShellCounts(user.id);
});

/** For pages: the signed-in user, or a redirect to sign in that comes back here. */
export async function requireUserForPage(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = (await headers()).get("x-pathname") ?? "/";
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
}

/** For actions and API handlers: the signed-in user, or UNAUTHENTICATED. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return user;
}
