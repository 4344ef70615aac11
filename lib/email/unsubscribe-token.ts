import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { isKind, type NotificationKind } from "@/lib/notifications/kinds";

/** A signed token naming a user and an email kind, for one-click unsubscribe links that need no sign-in. */
export function unsubscribeToken(userId: string, kind: NotificationKind): string {
  const payload = Buffer.from(JSON.stringify([userId, kind])).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

function sign(payload: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`unsubscribe:${payload}`).digest("base64url");
}

export function readUnsubscribeToken(token: string): { userId: string; kind: NotificationKind } | null {
  const [payload, mac] = token.split(".");
  if (!payload || !mac) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const [userId, kind] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as [unknown, unknown];
    return typeof userId === "string" && typeof kind === "string" && isKind(kind) ? { userId, kind } : null;
  } catch {
    return null;
  }
}
