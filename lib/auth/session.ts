import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { auth } from "./config";
import { resolveSessionUser, type SessionClaims, type SessionUser } from "./session-user";
import { AppError } from "@/lib/errors";

export type { SessionUser } from "./session-user";

/** What the session token claims, unchecked (long-lived streams re-check it with resolveSessionUser). */
export const getSessionClaims = cache(
  async (): Promise<SessionClaims | null> => (await auth()) as SessionClaims | null,
);

/** The signed-in user, or null; checked against the database on every request. Cached per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  return resolveSessionUser(await getSessionClaims());
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
