import Link from "next/link";
import { useTranslations } from "next-intl";
import type { MyGroupDto } from "@/lib/groups/find-my-groups";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

const SHOWN = 6;

/** The groups you belong to, those with new posts first, each saying how many posts are new since your last visit. */
export function YourGroups({ groups }: { groups: MyGroupDto[] }) {
  const t = useTranslations("home.groups");
  return (
    <Card>
      <CardHeader className="pb-4">
        <CardTitle as="h2" className="text-lg">
          {t("title")}
        </CardTitle>
        <CardDescription>{groups.length === 0 ? t("emptyDescription") : t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        {groups.length === 0 ? (
          <p className="rounded-md border border-dashed border-border p-4 text-center text-sm text-muted-foreground">
            {t("none")}
          </p>
        ) : (
          <ul className="divide-y divide-border">
            {groups.slice(0, SHOWN).map((g) => (
              <li key={g.id}>
                <Link
                  href={`/groups/${g.slug}`}
                  className="flex items-center gap-3 rounded-sm py-2 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                >
                  <span aria-hidden className="size-6 shrink-0 rounded" style={{ backgroundColor: g.coverColor }} />
                  <span className="min-w-0 flex-1 truncate">{g.name}</span>
                  {g.status === "PENDING" ? (
                    <span className="shrink-0 text-xs text-muted-foreground">{t("pending")}</span>
                  ) : g.unread > 0 ? (
                    <span className="shrink-0 text-xs font-medium text-primary">
                      {t("newPosts", { count: g.unread })}
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Button asChild variant="outline" size="sm">
          <Link href="/groups">
            {groups.length === 0
              ? t("discover")
              : groups.length > SHOWN
                ? t("allCount", { count: groups.length })
                : t("all")}
          </Link>
        </Button>
      </CardContent>
    </Card>
  );
}
