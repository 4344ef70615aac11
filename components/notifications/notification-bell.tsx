"use client";

import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { Bell } from "lucide-react";
import { toast } from "sonner";
import { useRealtime } from "@/components/realtime-provider";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { NotificationDto } from "@/lib/notifications/queries";
import { RelativeTime } from "./relative-time";

/** The bell: unread count (live), the latest notifications on open, and "Mark all read". */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  const t = useTranslations("shell");
  const [items, setItems] = useState<NotificationDto[] | null>(null);
  const router = useRouter();
  const pathname = usePathname();

  useRealtime("notification", (data) => {
    const { notification, unread } = data as { notification: NotificationDto; unread: number };
    setUnread(unread);
    setItems((list) => (list ? [notification, ...list.filter((n) => n.id !== notification.id)].slice(0, 10) : list));
    // Nothing to announce about the page in front of you (a message in the thread you are reading).
    if (notification.url === pathname) return;
    toast(notification.title, {
      action: { label: "Open", onClick: () => router.push(`/notifications/${notification.id}/open`) },
    });
  });
  useRealtime("notification.read", (data) => setUnread((data as { unread: number }).unread));

  const load = async () => {
    const res = await fetch("/api/v1/notifications?limit=10");
    if (!res.ok) return;
    const body = (await res.json()) as { notifications: NotificationDto[]; unread: number };
    setItems(body.notifications);
    setUnread(body.unread);
  };
  const markAll = async () => {
    const res = await fetch("/api/v1/notifications/read", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ all: true }),
    });
    if (res.ok) {
      setUnread(0);
      setItems((list) => list?.map((n) => ({ ...n, read: true })) ?? list);
    }
  };

  const label = t("notifications", { count: unread });
  return (
    <DropdownMenu modal={false} onOpenChange={(open) => open && void load()}>
      <DropdownMenuTrigger className="relative grid size-9 place-items-center rounded-md hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
        <Bell aria-hidden className="size-5" />
        <span className="sr-only">{label}</span>
        {unread > 0 ? (
          <span
            aria-hidden
            data-testid="unread-count"
            className="absolute -end-0.5 -top-0.5 min-w-5 rounded-full bg-destructive px-1 text-center text-xs font-semibold leading-5 text-destructive-foreground"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-80">
        <div className="flex items-center justify-between px-2 py-1.5">
          <DropdownMenuLabel className="p-0">{t("notificationsTitle")}</DropdownMenuLabel>
          {unread > 0 ? (
            <button
              type="button"
              onClick={() => void markAll()}
              className="text-xs font-medium text-primary hover:underline"
            >
              {t("markAllRead")}
            </button>
          ) : null}
        </div>
        <DropdownMenuSeparator />
        {items === null ? (
          <p className="px-2 py-4 text-center text-sm text-muted-foreground">{t("loading")}</p>
        ) : items.length === 0 ? (
          <p className="px-2 py-4 text-center text-sm text-muted-foreground">{t("allCaughtUp")}</p>
        ) : (
          items.map((n) => (
            <DropdownMenuItem key={n.id} asChild>
              <Link href={`/notifications/${n.id}/open`} prefetch={false} className="flex flex-col items-start gap-0.5">
                <span className={n.read ? "text-muted-foreground" : "font-medium"}>
                  {n.read ? null : <span className="sr-only">{t("unreadPrefix")}</span>}
                  {n.title}
                </span>
                <RelativeTime iso={n.createdAt} className="text-xs text-muted-foreground" />
              </Link>
            </DropdownMenuItem>
          ))
        )}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/notifications" className="justify-center text-sm font-medium">
            {t("seeAll")}
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
