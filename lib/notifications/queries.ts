import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { readNotification } from "./messages";

/*
 * Read-only: the notification's DTO and the unread count, shared by the list, the header's bell and the stream.
 * The DTO is written in the reader's language (the row's message key and values), or shows the stored text.
 * Each use case has its own file: `find-notifications.ts`, `mark-read.ts`, `open-notification.ts`.
 */

export type NotificationDto = {
  id: string;
  kind: string;
  title: string;
  body: string;
  url: string;
  read: boolean;
  createdAt: string;
};

export const notificationSelect = {
  id: true,
  kind: true,
  title: true,
  body: true,
  data: true,
  url: true,
  readAt: true,
  createdAt: true,
} as const;

export function toNotificationDto(
  n: {
    id: string;
    kind: string;
    title: string;
    body: string;
    data: unknown;
    url: string;
    readAt: Date | null;
    createdAt: Date;
  },
  locale: Locale,
): NotificationDto {
  const { title, body } = readNotification(locale, n);
  return {
    id: n.id,
    kind: n.kind,
    title,
    body,
    url: n.url,
    read: n.readAt !== null,
    createdAt: n.createdAt.toISOString(),
  };
}

export function unreadCount(userId: string, tx: Tx = db): Promise<number> {
  return tx.notification.count({ where: { userId, readAt: null } });
}
