import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { publish } from "@/lib/realtime/publish";
import { AppError } from "@/lib/errors";

export type NotificationDto = {
  id: string;
  kind: string;
  title: string;
  body: string;
  url: string;
  read: boolean;
  createdAt: string;
};

const select = { id: true, kind: true, title: true, body: true, url: true, readAt: true, createdAt: true } as const;

export function toNotificationDto(n: {
  id: string;
  kind: string;
  title: string;
  body: string;
  url: string;
  readAt: Date | null;
  createdAt: Date;
}): NotificationDto {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    url: n.url,
    read: n.readAt !== null,
    createdAt: n.createdAt.toISOString(),
  };
}

export const ZNotificationsQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  unread: z.enum(["true", "false"]).optional(),
});

function decode(cursor: string | undefined): { t: Date; id: string } | null {
  if (!cursor) return null;
  try {
    const [t, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const date = new Date(t);
    return Number.isNaN(date.getTime()) || typeof id !== "string" ? null : { t: date, id };
  } catch {
    return null;
  }
}

/** The caller's notifications, newest first, by keyset cursor. */
export async function findNotifications(
  actor: SessionUser,
  raw: unknown,
): Promise<{ notifications: NotificationDto[]; nextCursor: string | null; unread: number }> {
  const query = ZNotificationsQuery.parse(raw);
  const cursor = decode(query.cursor);
  const rows = await db.notification.findMany({
    where: {
      userId: actor.id,
      ...(query.unread === "true" ? { readAt: null } : {}),
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.t } }, { createdAt: cursor.t, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    notifications: page.map(toNotificationDto),
    nextCursor:
      rows.length > query.limit && last
        ? Buffer.from(JSON.stringify([last.createdAt.toISOString(), last.id])).toString("base64url")
        : null,
    unread: await unreadCount(actor.id),
  };
}

export function unreadCount(userId: string, tx: Tx = db): Promise<number> {
  return tx.notification.count({ where: { userId, readAt: null } });
}

export const ZMarkReadInput = z.strictObject({
  ids: z.array(z.string().min(1).max(40)).max(100).optional(),
  all: z.boolean().optional(),
});

/** Marks some (or all) of the caller's own notifications read; other tabs hear of it through the stream. */
export async function markRead(actor: SessionUser, raw: unknown): Promise<{ unread: number }> {
  const input = ZMarkReadInput.parse(raw);
  return db.$transaction(async (tx) => {
    const where = input.all
      ? { userId: actor.id, readAt: null }
      : { userId: actor.id, readAt: null, id: { in: input.ids ?? [] } };
    const { count } = await tx.notification.updateMany({ where, data: { readAt: new Date() } });
    if (count > 0)
      await publish(tx, [
        {
          userId: actor.id,
          type: "notification.read",
          resourceId: input.all ? "all" : (input.ids ?? []).join(",").slice(0, 200),
        },
      ]);
    return { unread: await unreadCount(actor.id, tx) };
  });
}

/** Opening a notification marks it read and says where it leads; someone else's id is NOT_FOUND. */
export async function openNotification(actor: SessionUser, id: string): Promise<{ url: string }> {
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
