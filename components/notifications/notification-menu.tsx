"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useFirstItemFocus, type MenuOpening } from "@/components/ui/lazy-menu";
import type { NotificationDto } from "@/lib/notifications/queries";
import { RelativeTime } from "./relative-time";

/** The bell's dropdown, loaded on first use by NotificationBell, which keeps the count and the list. */
export function NotificationMenu({
  items,
  unread,
  load,
  markAll,
  trigger,
  triggerClassName,
  opening,
}: {
  items: NotificationDto[] | null;
  unread: number;
  load: () => Promise<void>;
  markAll: () => Promise<void>;
  trigger: ReactNode;
  triggerClassName: string;
  opening: MenuOpening;
}) {
  const t = useTranslations("shell");
  const content = useFirstItemFocus(opening);
  return (
    <DropdownMenu modal={false} defaultOpen={opening !== null} onOpenChange={(open) => open && void load()}>
      <DropdownMenuTrigger className={triggerClassName}>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-80" ref={content}>
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
