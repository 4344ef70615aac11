import Link from "next/link";
import { useTranslations } from "next-intl";
import { ChartColumn, Handshake, Inbox, ListChecks, Pencil, Settings2 } from "lucide-react";
import type { ApplicationCounts } from "@/lib/programs/dto";
import { Button } from "@/components/ui/button";
import { ROLES } from "./labels";

export function sumCounts(counts: ApplicationCounts | null, state?: string): number {
  if (!counts) return 0;
  let total = 0;
  for (const role of ROLES)
    for (const [s, n] of Object.entries(counts[role])) if (!state || s === state) total += n ?? 0;
  return total;
}

/** For the program's managers: where the admin tools are, and how many applications wait for them. */
export function ManagerBar({
  base,
  counts,
  canReview,
}: {
  base: string;
  counts: ApplicationCounts | null;
  canReview: boolean;
}) {
  const t = useTranslations("programs.managerBar");
  const pending = sumCounts(counts, "PENDING");
  const waiting = counts?.MENTEE.APPROVED ?? 0;
  const summary = ROLES.map((role) => {
    const c = counts?.[role] ?? {};
    const all = Object.values(c).reduce((a, n) => a + (n ?? 0), 0);
    return t("roleSummary", { role, all, pending: c.PENDING ?? 0 });
  }).join(" · ");
  return (
    <section
      aria-label={t("label")}
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-primary/30 bg-accent px-4 py-3 text-accent-foreground"
    >
      <div className="flex min-w-0 items-center gap-2 text-sm">
        <Settings2 aria-hidden className="size-4 shrink-0" />
        <p>
          <span className="font-medium">{t("youManage")}</span>{" "}
          {counts ? <span className="text-accent-foreground/90">{summary}</span> : null}
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button asChild variant="outline" size="sm">
          <Link href={`${base}/edit`}>
            <Pencil aria-hidden />
            {t("edit")}
          </Link>
        </Button>
        {canReview ? (
          <Button asChild variant="outline" size="sm">
            <Link href={`${base}/pairings`}>
              <ListChecks aria-hidden />
              {t("pairings")}
            </Link>
          </Button>
        ) : null}
        {canReview ? (
          <Button asChild variant="outline" size="sm">
            <Link href={`${base}/progress`}>
              <ChartColumn aria-hidden />
              {t("progress")}
            </Link>
          </Button>
        ) : null}
        {canReview ? (
          <Button asChild variant="outline" size="sm">
            <Link href={`${base}/matching`}>
              <Handshake aria-hidden />
              {t("match")}
              {waiting ? <span className="sr-only">, </span> : null}
              {waiting ? (
                <span className="rounded-full bg-primary px-1.5 text-xs text-primary-foreground">
                  {t("waiting", { count: waiting })}
                </span>
              ) : null}
            </Link>
          </Button>
        ) : null}
        {canReview ? (
          <Button asChild size="sm">
            <Link href={`${base}/applications`}>
              <Inbox aria-hidden />
              {t("review")}
              {pending ? <span className="sr-only">, </span> : null}
              {pending ? (
                <span className="rounded-full bg-primary-foreground px-1.5 text-xs text-primary">
                  {t("pending", { count: pending })}
                </span>
              ) : null}
            </Link>
          </Button>
        ) : null}
      </div>
    </section>
  );
}
