import Link from "next/link";
import { useTranslations } from "next-intl";
import { ArrowRight, CheckCheck, Compass } from "lucide-react";
import type { HomeDto } from "@/lib/home/dto";
import { Button } from "@/components/ui/button";

/**
 * Nothing to do: say so, and what would help next. Someone new is pointed at a group to join; a member at the
 * programs open in their groups; someone whose mentorships are up to date is told they are, and where they are.
 */
export function TodoEmpty({ home }: { home: Pick<HomeDto, "groups" | "hasMentorships" | "openPrograms"> }) {
  const member = home.groups.some((g) => g.status === "ACTIVE");
  const t = useTranslations("home.empty");
  const Icon = home.hasMentorships ? CheckCheck : Compass;
  const [title, body] = home.hasMentorships
    ? [t("caughtUpTitle"), t("caughtUpBody")]
    : member
      ? [t("nothingTitle"), home.openPrograms.length ? t("nothingBodyOpen") : t("nothingBodyNone")]
      : [t("startTitle"), t("startBody")];
  return (
    <section
      aria-labelledby="todo-empty"
      className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-border bg-card px-4 py-10 text-center"
    >
      <Icon aria-hidden className="size-10 text-muted-foreground" />
      <h2 id="todo-empty" className="text-lg font-semibold">
        {title}
      </h2>
      <p className="max-w-md text-sm text-muted-foreground text-pretty">{body}</p>
      {home.openPrograms.length ? (
        <ul className="w-full max-w-md divide-y divide-border rounded-md border border-border text-start">
          {home.openPrograms.map((p) => (
            <li key={p.id}>
              <Link
                href={p.href}
                className="flex items-center gap-3 px-3 py-2 hover:bg-accent focus-visible:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring"
              >
                <span className="min-w-0 flex-1">
                  <span className="block font-medium">{t("applyTo", { program: p.name })}</span>
                  <span className="block text-sm text-muted-foreground">{t("openIn", { group: p.group.name })}</span>
                </span>
                <ArrowRight aria-hidden className="size-4 shrink-0 text-muted-foreground rtl:-scale-x-100" />
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap justify-center gap-2">
        {home.hasMentorships ? (
          <Button asChild>
            <Link href="/mentorships">{t("myMentorships")}</Link>
          </Button>
        ) : null}
        <Button asChild variant={home.hasMentorships || home.openPrograms.length ? "outline" : "default"}>
          <Link href="/groups">{t("findGroup")}</Link>
        </Button>
      </div>
    </section>
  );
}
