import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, assertPlausibleKey } from "@/lib/errors";
import { markRead } from "./mark-read";

/** Opening a notification marks it read and says where it leads; someone else's id is NOT_FOUND. */
export async function openNotification(actor: SessionUser, id: string): Promise<{ url: string }> {
  assertPlausibleKey(id); // a NUL or a mangled id names nothing: NOT_FOUND, never a database error
  const notification = await db.notification.findFirst({
    where: { id, userId: actor.id },
    select: { id: true, url: true, readAt: true },
  });
  if (!notification) throw new AppError("NOT_FOUND");
  if (!notification.readAt) await markRead(actor, { ids: [notification.id] });
  // Only same-site paths: the URL was written by the app, but a redirect never leaves the site.
  return {
    url: notification.url.startsWith("/") && !notification.url.startsWith("//") ? notification.url : "/notifications",
  };
}
