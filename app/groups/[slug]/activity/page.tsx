import type { Metadata } from "next";
import Link from "next/link";
import { History } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { findAuditLog } from "@/lib/groups/members/find-audit-log";
import { orNotFound } from "@/lib/http/page";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { loadGroupPage } from "@/lib/groups/group-page";
import { DATE_TIME, dateFormatter } from "@/lib/time";
import type { AuditEntryDto } from "@/lib/groups/members/dto";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.activity"))("metaTitle") };
}

export default async function ActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const sp = await searchParams;
  const cursor = typeof sp.cursor === "string" ? sp.cursor.slice(0, 300) : undefined;
  const { user, group } = await loadGroupPage(slug, "audit.read");
  const log = await orNotFound(findAuditLog(user, slug, cursor ? { cursor } : {}));
  const [t, locale] = await Promise.all([getTranslations("groups.activity"), getLocale()]);
  const format = dateFormatter(user?.timeZone, DATE_TIME, locale);
  const base = `/groups/${group.slug}/activity`;
  // English keeps the log's own sentences (its possessives: "James' request"); other languages read the catalogue.
  const english = locale === "en";
  const list = new Intl.ListFormat(english || locale === "en-XA" ? "en-GB" : locale, { type: "conjunction" });
  const sentence = (e: AuditEntryDto) => {
    if (english) return e.text;
    const { key, values, fields } = e.message;
    const who = values.who === "" ? t("someone") : values.who;
    const named = list.format(fields.map((field) => t("field", { field })));
    return t(`events.${key}`, { ...values, ...(who === undefined ? {} : { who }), fields: named });
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {log.entries.length === 0 ? (
          <div className="flex flex-col items-center gap-2 py-10 text-center">
            <History aria-hidden className="size-8 text-muted-foreground" />
            <p className="font-medium">{t("emptyTitle")}</p>
            <p className="text-sm text-muted-foreground">{t("emptyBody")}</p>
          </div>
        ) : (
          <ol className="divide-y divide-border">
            {log.entries.map((e) => (
              <li key={e.id} className="flex items-start gap-3 py-3">
                <Avatar name={e.actorName ?? t("formerMember")} size="sm" />
                <div className="min-w-0 flex-1">
                  <p className="break-words">
                    <span dir="auto" className="font-medium">
                      {e.actorName ?? t("formerMember")}
                    </span>{" "}
                    {sentence(e)}
                  </p>
                  <p className="text-xs text-muted-foreground">
                    <time dateTime={e.createdAt}>{format(e.createdAt)}</time>
                  </p>
                </div>
              </li>
            ))}
          </ol>
        )}
        {cursor || log.nextCursor ? (
          <nav aria-label={t("pages")} className="flex justify-between gap-2">
            {cursor ? (
              <Button asChild variant="outline" size="sm">
                <Link href={base}>{t("newest")}</Link>
              </Button>
            ) : (
              <span />
            )}
            {log.nextCursor ? (
              <Button asChild variant="outline" size="sm">
                <Link href={`${base}?cursor=${encodeURIComponent(log.nextCursor)}`}>{t("older")}</Link>
              </Button>
            ) : null}
          </nav>
        ) : null}
      </CardContent>
    </Card>
  );
}
