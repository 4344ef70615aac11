import "server-only";
import { db } from "@/lib/db";
import type { StreamEvent, StreamRenderer } from "@/lib/realtime/renderers";
import { resolveLocale } from "@/lib/i18n/translator";
import { notificationSelect, toNotificationDto, unreadCount } from "./queries";
import { NOTIFICATION_STREAM_TYPES } from "./stream-types";

/** Notifications on a reader's stream (registered at start-up, lib/wiring.ts): each new one with the unread count, and the count after a read. */
export const notificationStreamRenderer: StreamRenderer = {
  feature: "notifications",
  types: NOTIFICATION_STREAM_TYPES,
  async render(userId, rows, reader) {
    const locale = resolveLocale(reader?.locale);
    const client = reader?.db ?? db;
    const out = new Map<bigint, StreamEvent>();
    const ids = rows.filter((r) => r.type === "notification").map((r) => r.resourceId);
    // Only the reader's own notifications, whatever a row names.
    const notifications = ids.length
      ? await client.notification.findMany({
          where: { id: { in: ids }, userId },
          select: notificationSelect,
        })
      : [];
    const unread = rows.length ? await unreadCount(userId, client) : 0;
    for (const r of rows) {
      if (r.type === "notification") {
        const n = notifications.find((x) => x.id === r.resourceId);
        if (n) out.set(r.seq, { event: "notification", data: { notification: toNotificationDto(n, locale), unread } });
      } else if (r.type === "notification.read") {
        out.set(r.seq, { event: "notification.read", data: { unread } });
      }
    }
    return out;
  },
};
