import { Suspense } from "react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Download, Lock } from "lucide-react";
import { loadProgramAdminPage } from "@/lib/programs/program-page";
import { BackToProgram } from "@/components/programs/back-to-program";
import { Button } from "@/components/ui/button";
import { ProgramStateBadge } from "@/components/programs/state-badge";
import { Dashboard } from "./dashboard";
import { DashboardSkeleton } from "./dashboard-skeleton";
import { readDashboardView, viewParams } from "./query";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("progress");
  return { title: t("title") };
}

/**
 * The program's progress for its admins: the funnel, a page of the pairs (filtered, sorted and paged on the server),
 * the charts and the feedback. States, dates and ratings only: what the pairs write never reaches this page.
 */
export default async function ProgressPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; programId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug, programId }, sp] = await Promise.all([params, searchParams]);
  const { user, group, program, programHref } = await loadProgramAdminPage(slug, programId, "pairings.progress");
  const t = await getTranslations("progress");
  const view = readDashboardView(sp);
  const base = `${programHref}/progress`;
  const csvParams = viewParams(view, { page: false });
  const csv = `/api/v1/programs/${program.id}/dashboard/pairs.csv${csvParams.size ? `?${csvParams}` : ""}`;

  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <BackToProgram href={programHref} name={program.name} />
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="space-y-1">
            <h2 className="flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight">
              {t("title")} <ProgramStateBadge state={program.state} archived={program.archived} />
            </h2>
            <p className="flex items-start gap-1.5 text-sm text-muted-foreground">
              <Lock aria-hidden className="mt-0.5 size-4 shrink-0" />
              {t("privacy")}
            </p>
          </div>
          <Button asChild variant="outline">
            <a href={csv} download>
              <Download aria-hidden />
              {t("downloadCsv")}
            </a>
          </Button>
        </div>
      </div>
      {/* The checks above answer 404 before anything streams (decision 006); the figures stream in below. */}
      <Suspense fallback={<DashboardSkeleton />}>
        <Dashboard
          user={user}
          programId={program.id}
          slug={group.slug}
          base={base}
          view={view}
          canComplete={group.viewer.can["pairings.manage"]}
        />
      </Suspense>
    </div>
  );
}
