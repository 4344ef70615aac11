import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { findJoinRequests } from "@/lib/groups/members/find-join-requests";
import { orNotFound } from "@/lib/http/page";
import { Button } from "@/components/ui/button";
import { RequestsQueue } from "./requests-queue";
import { loadGroupPage } from "@/lib/groups/group-page";
import { DATE_TIME, dateFormatter } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.requests"))("title") };
}

export default async function RequestsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const sp = await searchParams;
  const cursor = typeof sp.cursor === "string" ? sp.cursor.slice(0, 300) : undefined;
  const { user, group } = await loadGroupPage(slug, "members.approve");
  const queue = await orNotFound(findJoinRequests(user, slug, cursor ? { cursor } : {}));
  const [t, locale] = await Promise.all([getTranslations("groups.requests"), getLocale()]);
  const format = dateFormatter(user?.timeZone, DATE_TIME, locale);
  const base = `/groups/${group.slug}/requests`;

  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold tracking-tight">{t("title")}</h2>
        <p className="text-sm text-muted-foreground">{t("waiting", { count: queue.total })}</p>
      </div>
      <RequestsQueue
        slug={group.slug}
        hasRules={group.rules.length > 0}
        canBan={group.viewer.can["members.ban"]}
        requests={queue.requests.map((r) => ({ ...r, requestedLabel: format(r.requestedAt) }))}
      />
      {cursor || queue.nextCursor ? (
        <nav aria-label={t("pages")} className="flex justify-between gap-2">
          {cursor ? (
            <Button asChild variant="outline" size="sm">
              <Link href={base}>{t("backToOldest")}</Link>
            </Button>
          ) : (
            <span />
          )}
          {queue.nextCursor ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`${base}?cursor=${encodeURIComponent(queue.nextCursor)}`}>{t("more")}</Link>
            </Button>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
