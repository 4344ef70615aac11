import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { findReports } from "@/lib/groups/feed/find-reports";
import { orNotFound } from "@/lib/http/page";
import { ReportQueue } from "@/components/groups/feed/report-queue";
import { loadGroupPage } from "@/lib/groups/group-page";
import { findMessageReports } from "@/lib/chat/find-message-reports";
import { MessageReportList } from "@/components/groups/message-report-list";
import { resolveReportAction } from "./actions";
import { resolveMessageReportAction } from "./message-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("moderation.page"))("title") };
}

/** The reports queue, for the group's moderators only; to everyone else it does not exist. */
export default async function ReportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, group } = await loadGroupPage(slug, "reports.review");
  const { reports, total } = await orNotFound(findReports(user, { slug }));
  const t = await getTranslations("moderation.page");
  // Reported messages from mentorships are for owners and admins, not moderators.
  const messageReports = user && group.viewer.can["pairings.manage"] ? await findMessageReports(user, slug) : null;
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold tracking-tight">{t("title")}</h2>
        <p className="text-sm text-muted-foreground">{t("description")}</p>
      </div>
      <ReportQueue reports={reports} total={total} slug={group.slug} resolve={resolveReportAction} />
      {messageReports ? (
        <section aria-labelledby="message-reports" className="space-y-3 pt-4">
          <div>
            <h2 id="message-reports" className="text-xl font-semibold tracking-tight">
              {t("messagesTitle")}
            </h2>
            <p className="text-sm text-muted-foreground">{t("messagesDescription")}</p>
          </div>
          <MessageReportList reports={messageReports} slug={group.slug} resolve={resolveMessageReportAction} />
        </section>
      ) : null}
    </div>
  );
}
