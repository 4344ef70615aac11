import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { Search } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { findMembers } from "@/lib/groups/members/find-members";
import { findInvitations } from "@/lib/groups/members/find-invitations";
import { findBannedMembers } from "@/lib/groups/members/find-banned-members";
import { orNotFound } from "@/lib/http/page";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { MembersList } from "./members-list";
import { InviteCard } from "./invite-card";
import { InvitationsList } from "./invitations-list";
import { BannedList } from "./banned-list";
import { loadGroupPage } from "@/lib/groups/group-page";
import { DATE_TIME, dateFormatter } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members.page"))("metaTitle") };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function MembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const sp = await searchParams;
  const q = (one(sp.q) ?? "").slice(0, 100);
  const cursor = one(sp.cursor)?.slice(0, 300);
  const { user, group } = await loadGroupPage(slug);
  const can = group.viewer.can;
  const [page, invitations, banned] = await Promise.all([
    orNotFound(findMembers(user, slug, { q, ...(cursor ? { cursor } : {}) })),
    can["members.invite"] ? findInvitations(user, slug) : Promise.resolve([]),
    can["members.ban"] ? findBannedMembers(user, slug) : Promise.resolve([]),
  ]);

  const [t, locale] = await Promise.all([getTranslations("members.page"), getLocale()]);
  const date = dateFormatter(user?.timeZone, undefined, locale);
  const dateTime = dateFormatter(user?.timeZone, DATE_TIME, locale);
  const fmt = (iso: string | null, f = date) => (iso ? f(iso) : null);
  const base = `/groups/${group.slug}/members`;
  const nextHref = page.nextCursor
    ? `${base}?${new URLSearchParams({ ...(q ? { q } : {}), cursor: page.nextCursor }).toString()}`
    : null;

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="lg:col-span-2">
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{page.restricted ? t("restricted") : t("order")}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          {page.restricted ? null : (
            <Form role="search" action={base} className="flex gap-2">
              <Label htmlFor="member-search" className="sr-only">
                {t("searchLabel")}
              </Label>
              <Input
                id="member-search"
                name="q"
                type="search"
                defaultValue={q}
                placeholder={t("searchPlaceholder")}
                maxLength={100}
              />
              <Button type="submit" variant="outline">
                <Search aria-hidden />
                {t("search")}
              </Button>
            </Form>
          )}
          {page.members.length === 0 ? (
            <p className="py-6 text-center text-muted-foreground" role="status">
              {q ? t("noMatch", { query: q }) : t("empty")}
            </p>
          ) : (
            <MembersList
              members={page.members.map((m) => ({
                ...m,
                joinedLabel: fmt(m.joinedAt),
                mutedLabel: fmt(m.mutedUntil, dateTime),
              }))}
            />
          )}
          {nextHref || cursor ? (
            <nav aria-label={t("pages")} className="flex flex-wrap justify-between gap-2">
              {cursor ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={q ? `${base}?${new URLSearchParams({ q }).toString()}` : base}>{t("backToStart")}</Link>
                </Button>
              ) : (
                <span />
              )}
              {nextHref ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={nextHref}>{t("more")}</Link>
                </Button>
              ) : null}
            </nav>
          ) : null}
        </CardContent>
      </Card>

      {can["members.invite"] || can["members.ban"] ? (
        <div className="space-y-6">
          {can["members.invite"] ? (
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t("inviteTitle")}</CardTitle>
                <CardDescription>
                  {can["members.approve"] || group.privacy === "PUBLIC" ? t("inviteJoin") : t("inviteRequest")}
                </CardDescription>
              </CardHeader>
              <CardContent className="space-y-6">
                <InviteCard slug={group.slug} />
                <section aria-labelledby="open-invitations" className="space-y-2">
                  <h3 id="open-invitations" className="text-sm font-semibold">
                    {can["members.approve"] ? t("openInvitations") : t("yourOpenInvitations")}
                  </h3>
                  <InvitationsList
                    invitations={invitations.map((i) => ({ ...i, expiresLabel: fmt(i.expiresAt, dateTime) }))}
                  />
                </section>
              </CardContent>
            </Card>
          ) : null}
          {can["members.ban"] ? (
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t("bannedTitle")}</CardTitle>
                <CardDescription>{t("bannedDescription")}</CardDescription>
              </CardHeader>
              <CardContent>
                <BannedList banned={banned.map((b) => ({ ...b, bannedLabel: fmt(b.bannedAt) }))} />
              </CardContent>
            </Card>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
