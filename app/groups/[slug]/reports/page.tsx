import type { Metadata } from "next";
import { findReports } from "@/lib/groups/feed/find-reports";
import { orNotFound } from "@/lib/http/page";
import { ReportQueue } from "@/components/groups/feed/report-queue";
import { loadGroupPage } from "@/lib/groups/group-page";

export const metadata: Metadata = { title: "Reports" };

/** The reports queue, for the group's moderators only; to everyone else it does not exist. */
export default async function ReportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, group } = await loadGroupPage(slug, "reports.review");
  const { reports, total } = await orNotFound(findReports(user, { slug }));
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold tracking-tight">Reports</h2>
        <p className="text-sm text-muted-foreground">
          Posts and comments members reported. Remove what breaks the rules (the author sees your reason), or dismiss
          the report.
        </p>
      </div>
      <ReportQueue reports={reports} total={total} slug={group.slug} />
    </div>
  );
}
