import { Suspense } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, Download, Lock } from "lucide-react";
import { getProgram } from "@/lib/programs/get-program";
import { loadGroupPage } from "@/lib/groups/group-page";
import { orNotFound } from "@/lib/http/page";
import { Button } from "@/components/ui/button";
import { ProgramStateBadge } from "@/components/programs/state-badge";
import { Dashboard } from "./dashboard";
import { DashboardSkeleton } from "./dashboard-skeleton";
import { readDashboardView, viewParams } from "./query";

export const metadata: Metadata = { title: "Progress" };

/**
 * The program's progress for its admins: the funnel, every pair's place, the charts and the feedback. States,
 * dates and ratings only: what the pairs write never reaches this page.
 */
export default async function ProgressPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; programId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug, programId }, sp] = await Promise.all([params, searchParams]);
  const { user, group } = await loadGroupPage(slug, "pairings.progress");
  const program = await orNotFound(getProgram(user, programId));
  if (program.groupId !== group.id) notFound();
  const view = readDashboardView(sp);
  const programHref = `/groups/${group.slug}/mentorship/${program.id}`;
  const base = `${programHref}/progress`;
  const csv = `/api/v1/programs/${program.id}/dashboard/pairs.csv${viewParams(view).size ? `?${viewParams(view)}` : ""}`;

  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link
            href={programHref}
            className="inline-flex items-center gap-1 text-muted-foreground hover:text-foreground"
          >
            <ArrowLeft aria-hidden className="size-4" />
            {program.name}
          </Link>
        </nav>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="space-y-1">
            <h2 className="flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight">
              Progress <ProgramStateBadge state={program.state} archived={program.archived} />
            </h2>
            <p className="flex items-start gap-1.5 text-sm text-muted-foreground">
              <Lock aria-hidden className="mt-0.5 size-4 shrink-0" />
              States, dates and ratings of every pair. What pairs write to each other stays between them.
            </p>
          </div>
          <Button asChild variant="outline">
            <a href={csv} download>
              <Download aria-hidden />
              Download CSV
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
