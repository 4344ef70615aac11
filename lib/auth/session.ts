import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { auth } from "./config";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The signed-in user as every layer sees it: small, no secrets. */
export type SessionUser = { id: string; name: string; email: string; timeZone: string };

/**
 * The signed-in user, or null. The token is only half the proof: its session version must still match the
 * user's, so "sign out everywhere" and bans revoke tokens that have not expired. Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as { uid?: string; sv?: number } | null;
  if (!session?.uid) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: { id: true, name: true, email: true, timeZone: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== session.sv) return null;
  return { id: user.id, name: user.name, email: user.email, timeZone: user.timeZone };
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
