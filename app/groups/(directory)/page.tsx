import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Search } from "lucide-react";
import { findDirectory } from "@/lib/groups/find-directory";
import { findMyGroups } from "@/lib/groups/find-my-groups";
import { getCurrentUser } from "@/lib/auth/session";
import { ZDirectoryQuery } from "@/lib/groups/schemas";
import { GroupCard } from "@/components/groups/group-card";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { inputClassName } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups.directory"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function GroupsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const parsed = ZDirectoryQuery.safeParse({
    q: typeof params.q === "string" ? params.q : undefined,
    sort: typeof params.sort === "string" ? params.sort : undefined,
    cursor: typeof params.cursor === "string" ? params.cursor : undefined,
  });
  const query = parsed.success ? parsed.data : ZDirectoryQuery.parse({});
  const [user, t, tRole] = await Promise.all([
    getCurrentUser(),
    getTranslations("groups.directory"),
    getTranslations("groups"),
  ]);
  const [directory, mine] = await Promise.all([findDirectory(query), user ? findMyGroups(user) : Promise.resolve([])]);
  const next = directory.nextCursor
    ? `/groups?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), sort: query.sort, cursor: directory.nextCursor })}`
    : null;

  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("title")}</h1>
          <p className="text-muted-foreground">{t("description")}</p>
        </div>
        {user ? (
          <Button asChild>
            <Link href="/groups/new">{t("createGroup")}</Link>
          </Button>
        ) : null}
      </div>

      {user ? (
        <section aria-labelledby="your-groups" className="space-y-3">
          <h2 id="your-groups" className="text-lg font-semibold">
            {t("yourGroups")}
          </h2>
          {mine.length === 0 ? (
            <p className="rounded-lg border border-dashed border-border p-6 text-center text-muted-foreground">
              {t("noGroupsYet")}
            </p>
          ) : (
            <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {mine.map((g) => (
                <li key={g.id}>
                  <Link
                    href={`/groups/${g.slug}`}
                    className="flex items-center gap-3 rounded-lg border border-border bg-card p-3 hover:bg-accent"
                  >
                    <span
                      aria-hidden
                      className="size-9 shrink-0 rounded-md"
                      style={{ backgroundColor: g.coverColor }}
                    />
                    <span className="min-w-0 flex-1">
                      <span className="block truncate font-medium">{g.name}</span>
                      <span className="block text-xs text-muted-foreground">
                        {g.status === "PENDING" ? t("requestPending") : tRole("role", { role: g.role })}
                      </span>
                    </span>
                    {g.unread > 0 ? (
                      <Badge aria-label={t("newPosts", { count: g.unread })}>{g.unread > 99 ? "99+" : g.unread}</Badge>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="directory" className="space-y-4">
        <h2 id="directory" className="text-lg font-semibold">
          {t("discover")}
        </h2>
        <form role="search" action="/groups" className="flex flex-wrap items-end gap-3">
          <div className="min-w-56 flex-1 space-y-1.5">
            <Label htmlFor="q">{t("searchLabel")}</Label>
            <div className="relative">
              <Search
                aria-hidden
                className="pointer-events-none absolute start-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground"
              />
              <Input
                id="q"
                name="q"
                type="search"
                defaultValue={query.q ?? ""}
                placeholder={t("searchPlaceholder")}
                className="ps-9"
              />
            </div>
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="sort">{t("sortBy")}</Label>
            <select id="sort" name="sort" defaultValue={query.sort} className={cn(inputClassName, "h-10 w-40")}>
              <option value="relevance">{t("sortRelevance")}</option>
              <option value="size">{t("sortSize")}</option>
              <option value="newest">{t("sortNewest")}</option>
            </select>
          </div>
          <Button type="submit" variant="secondary">
            {t("search")}
          </Button>
        </form>
        {directory.groups.length === 0 ? (
          <p className="rounded-lg border border-dashed border-border p-8 text-center text-muted-foreground">
            {query.q ? t("noMatch", { query: query.q }) : t("empty")}
          </p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("listLabel")}>
            {directory.groups.map((g) => (
              <li key={g.id}>
                <GroupCard group={g} />
              </li>
            ))}
          </ul>
        )}
        {next ? (
          <div className="flex justify-center">
            <Button asChild variant="outline">
              <Link href={next}>{t("more")}</Link>
            </Button>
          </div>
        ) : null}
      </section>
    </div>
  );
}
