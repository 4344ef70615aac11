import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUserForPage } from "@/lib/auth/session";
import { findNotifications } from "@/lib/notifications/find-notifications";
import { requestLocale } from "@/lib/i18n/request-locale";
import { RelativeTime } from "@/components/notifications/relative-time";
import { Button } from "@/components/ui/button";
import { MarkAllReadButton } from "./mark-all-read-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notificationsPage");
  return { title: t("title") };
}

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUserForPage();
  const t = await getTranslations("notificationsPage");
  const params = await searchParams;
  const cursor = typeof params.cursor === "string" ? params.cursor : undefined;
  const { notifications, nextCursor, unread } = await findNotifications(
    user,
    cursor ? { cursor } : {},
    await requestLocale(),
  );
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="text-muted-foreground">{unread ? t("unread", { count: unread }) : t("caughtUp")}</p>
        </div>
        <div className="flex gap-2">
          {unread ? <MarkAllReadButton /> : null}
          <Button asChild variant="outline" size="sm">
            <Link href="/settings/notifications">{t("settings")}</Link>
          </Button>
        </div>
      </div>
      {notifications.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-8 text-center text-muted-foreground">
          {t("empty")}
        </p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border bg-card">
          {notifications.map((n) => (
            <li key={n.id}>
              <Link href={`/notifications/${n.id}/open`} prefetch={false} className="flex gap-3 p-4 hover:bg-accent">
                <span
                  aria-hidden
                  className={`mt-2 size-2 shrink-0 rounded-full ${n.read ? "bg-transparent" : "bg-primary"}`}
                />
                <span className="min-w-0 flex-1">
                  <span className={`block ${n.read ? "" : "font-medium"}`}>
                    {n.read ? null : <span className="sr-only">{t("unreadPrefix")}</span>}
                    {n.title}
                  </span>
                  {n.body ? <span className="block text-sm text-muted-foreground">{n.body}</span> : null}
                  <RelativeTime iso={n.createdAt} className="text-xs text-muted-foreground" />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {nextCursor ? (
        <div className="flex justify-center">
          <Button asChild variant="outline">
            <Link href={`/notifications?cursor=${nextCursor}`}>{t("older")}</Link>
          </Button>
        </div>
      ) : null}
    </div>
  );
}
