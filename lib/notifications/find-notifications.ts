import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Locale } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/translator";
import { notificationSelect, toNotificationDto, unreadCount, type NotificationDto } from "./queries";

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

/**
 * The caller's notifications, newest first, by keyset cursor, in `locale`: the page's language (pages and the API
 * pass the request's), by default the member's chosen language, else English.
 */
export async function findNotifications(
  actor: SessionUser,
  raw: unknown,
  locale: Locale = resolveLocale(actor?.locale),
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
    select: notificationSelect,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    notifications: page.map((n) => toNotificationDto(n, locale)),
    nextCursor:
      rows.length > query.limit && last
        ? Buffer.from(JSON.stringify([last.createdAt.toISOString(), last.id])).toString("base64url")
        : null,
    unread: await unreadCount(actor.id),
  };
}
