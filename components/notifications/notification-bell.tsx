"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { Bell } from "lucide-react";
import { toast } from "@/components/ui/toast";
import { useRealtime } from "@/components/realtime-provider";
import { LazyMenu } from "@/components/ui/lazy-menu";
import type { NotificationDto } from "@/lib/notifications/queries";

const loadMenu = () => import("./notification-menu").then((m) => m.NotificationMenu);

const TRIGGER =
  "relative grid size-9 place-items-center rounded-md hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";

/**
 * The bell: unread count (live), the latest notifications on open, and "Mark all read". The count and the live
 * updates are here; the dropdown (./notification-menu.tsx, Radix's menu) loads on first use.
 */
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
  const trigger = (
    <>
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
    </>
  );
  return (
    <LazyMenu
      load={loadMenu}
      props={{ items, unread, load, markAll, trigger, triggerClassName: TRIGGER }}
      className={TRIGGER}
      onOpen={() => void load()}
    >
      {trigger}
    </LazyMenu>
  );
}
