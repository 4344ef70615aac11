import "server-only";
import { db, type Tx } from "@/lib/db";

/*
 * Read-only: the notification's DTO and the unread count, shared by the list, the header's bell and the stream.
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
  url: true,
  readAt: true,
  createdAt: true,
} as const;

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

export function unreadCount(userId: string, tx: Tx = db): Promise<number> {
  return tx.notification.count({ where: { userId, readAt: null } });
}
