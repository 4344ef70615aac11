import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { Search } from "lucide-react";
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

export const metadata: Metadata = { title: "Members" };

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

  const date = dateFormatter(user?.timeZone);
  const dateTime = dateFormatter(user?.timeZone, DATE_TIME);
  const fmt = (iso: string | null, f = date) => (iso ? f(iso) : null);
  const base = `/groups/${group.slug}/members`;
  const nextHref = page.nextCursor
    ? `${base}?${new URLSearchParams({ ...(q ? { q } : {}), cursor: page.nextCursor }).toString()}`
    : null;

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="lg:col-span-2">
        <CardHeader>
          <CardTitle>Members</CardTitle>
          <CardDescription>
            {page.restricted
              ? "Only members can see everyone in a private group. These are the people who run it."
              : "Owners, admins and moderators first, then everyone by the date they joined."}
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          {page.restricted ? null : (
            <Form role="search" action={base} className="flex gap-2">
              <Label htmlFor="member-search" className="sr-only">
                Search members by name
              </Label>
              <Input
                id="member-search"
                name="q"
                type="search"
                defaultValue={q}
                placeholder="Search by name"
                maxLength={100}
              />
              <Button type="submit" variant="outline">
                <Search aria-hidden />
                Search
              </Button>
            </Form>
          )}
          {page.members.length === 0 ? (
            <p className="py-6 text-center text-muted-foreground" role="status">
              {q ? `Nobody here matches “${q}”.` : "No members to show."}
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
            <nav aria-label="Members pages" className="flex flex-wrap justify-between gap-2">
              {cursor ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={q ? `${base}?${new URLSearchParams({ q }).toString()}` : base}>Back to the start</Link>
                </Button>
              ) : (
                <span />
              )}
              {nextHref ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={nextHref}>More members</Link>
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
                <CardTitle as="h2">Invite people</CardTitle>
                <CardDescription>
                  {can["members.approve"] || group.privacy === "PUBLIC"
                    ? "People you invite join at once."
                    : "People you invite send a request that a moderator approves."}
                </CardDescription>
              </CardHeader>
              <CardContent className="space-y-6">
                <InviteCard slug={group.slug} />
                <section aria-labelledby="open-invitations" className="space-y-2">
                  <h3 id="open-invitations" className="text-sm font-semibold">
                    {can["members.approve"] ? "Open invitations" : "Your open invitations"}
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
                <CardTitle as="h2">Banned</CardTitle>
                <CardDescription>Banned people cannot see the group or ask to join.</CardDescription>
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
