import type { ReactNode } from "react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import type { SessionUser } from "@/lib/auth/session-user";
import { getProgramDashboard } from "@/lib/pairings/get-dashboard";
import { orNotFound } from "@/lib/http/page";
import { Charts } from "@/components/pairings/dashboard/charts";
import { FeedbackSummary } from "@/components/pairings/dashboard/feedback-summary";
import { PairFilters } from "@/components/pairings/dashboard/filters";
import { Funnel } from "@/components/pairings/dashboard/funnel";
import { Pager } from "@/components/pairings/dashboard/pager";
import { PairsTable } from "@/components/pairings/dashboard/pairs-table";
import { StepsDone } from "@/components/pairings/dashboard/steps-done";
import { StatTiles } from "@/components/pairings/dashboard/stat-tiles";
import { dateFormatter } from "@/components/pairings/labels";
import { toRowView } from "@/components/pairings/dashboard/row-view";
import { PairRows } from "./pair-rows";
import { defaultDir, hasFilters, toServiceQuery, viewHref, type DashboardView } from "./query";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h3 id={id} className="text-lg font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/**
 * The dashboard's figures for the view in the URL: the totals, the funnel, a page of the pairs, the charts and the
 * feedback. The figures count every pair; the list shows one page of those the filters keep.
 */
export async function Dashboard({
  user,
  programId,
  slug,
  base,
  view,
  canComplete,
}: {
  user: SessionUser | null;
  programId: string;
  slug: string;
  base: string;
  view: DashboardView;
  canComplete: boolean;
}) {
  const dashboard = await orNotFound(getProgramDashboard(user, programId, toServiceQuery(view)));
  const [t, tTable, locale] = await Promise.all([
    getTranslations("progress"),
    getTranslations("pairings.dashboard.table"),
    getLocale(),
  ]);
  const timeZone = user?.timeZone ?? "UTC";
  const formatDate = dateFormatter(timeZone, undefined, locale);
  const reader = {
    timeZone,
    locale,
    formatDate,
    words: {
      yourTime: (date: string) => tTable("yourTime", { date }),
      forName: (date: string, name: string) => tTable("forName", { date, name }),
    },
  };
  const filtered = hasFilters(view);
  return (
    <div className="space-y-8">
      <StatTiles dashboard={dashboard} />

      <Section id="funnel-heading" title={t("funnel")}>
        <div className="space-y-6 rounded-lg border border-border bg-card p-4">
          <Funnel funnel={dashboard.funnel} />
          <StepsDone stepsDone={dashboard.stepsDone} />
        </div>
      </Section>

      <Section id="pairs-heading" title={t("pairs")}>
        <PairFilters
          base={base}
          view={view}
          formKey={viewHref(base, view)}
          clearHref={filtered ? viewHref(base, view, { state: "", stalled: "", q: "" }) : null}
        />
        {dashboard.page.total === 0 ? (
          <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-border bg-card px-4 py-10 text-center">
            <Users aria-hidden className="size-8 text-muted-foreground" />
            <p className="font-medium">{t(filtered ? "noFilterMatch" : "noPairs")}</p>
            {filtered ? (
              <Link
                href={viewHref(base, view, { state: "", stalled: "", q: "" })}
                className="text-sm text-primary underline underline-offset-4"
              >
                {t("clearFilters")}
              </Link>
            ) : (
              <p className="max-w-sm text-sm text-muted-foreground">{t("noPairsBody")}</p>
            )}
          </div>
        ) : (
          <>
            <Pager page={dashboard.page} href={(page) => viewHref(base, view, { page })} />
            <PairsTable
              sort={view.sort}
              dir={view.dir}
              sortHref={(sort) =>
                viewHref(base, view, {
                  sort,
                  dir: sort === view.sort ? (view.dir === "asc" ? "desc" : "asc") : defaultDir(sort),
                })
              }
            >
              <PairRows
                pairs={dashboard.pairs.map((pair) => toRowView(pair, reader))}
                slug={slug}
                programId={programId}
                canComplete={canComplete}
              />
            </PairsTable>
            <Pager page={dashboard.page} href={(page) => viewHref(base, view, { page })} landmark={false} />
          </>
        )}
      </Section>

      <Section id="charts-heading" title={t("overTime")}>
        <Charts weeks={dashboard.weeks} funnel={dashboard.funnel} />
      </Section>

      <Section id="feedback-heading" title={t("feedback")}>
        <FeedbackSummary feedback={dashboard.feedback} formatDate={formatDate} />
      </Section>
    </div>
  );
}
