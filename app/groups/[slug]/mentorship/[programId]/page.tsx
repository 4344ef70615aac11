import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft, CalendarDays, ListChecks, Tag } from "lucide-react";
import { getProgram } from "@/lib/programs/get-program";
import { templatesFor } from "@/lib/programs/localized-templates";
import { loadGroupPage } from "@/lib/groups/group-page";
import { orNotFound } from "@/lib/http/page";
import { ClientMessages } from "@/components/client-messages";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ApplyCard, type ApplyViewer } from "@/components/programs/apply-card";
import { Commitments } from "@/components/programs/commitments";
import { ManagerBar } from "@/components/programs/manager-bar";
import { ProgramStateBadge } from "@/components/programs/state-badge";
import { StepTimeline } from "@/components/programs/step-timeline";
import { applyOptions } from "@/components/programs/labels";
import { ProgramLength } from "@/components/programs/program-length";
import { MyApplications } from "./my-application";
import { dateFormatter } from "@/lib/time";

type Params = Promise<{ slug: string; programId: string }>;

/** The group (with the viewer's standing) and the program, once per request; a program of another group is 404. */
const load = cache(async (slug: string, programId: string) => {
  const { user, group } = await loadGroupPage(slug);
  const program = await orNotFound(getProgram(user, programId));
  if (program.groupId !== group.id) notFound();
  return { user, group, program };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, programId } = await params;
  const { program } = await load(slug, programId);
  return { title: program.name };
}

export default async function ProgramPage({ params }: { params: Params }) {
  const { slug, programId } = await params;
  const { user, group, program } = await load(slug, programId);
  const can = group.viewer.can;
  const base = `/groups/${group.slug}/mentorship/${program.id}`;
  const membership = group.viewer.membership;
  const viewer: ApplyViewer = !user
    ? "signed-out"
    : can["programs.apply"]
      ? "member"
      : membership?.status === "PENDING"
        ? "requested"
        : "visitor";
  const [t, locale] = await Promise.all([getTranslations("programs"), getLocale()]);
  const date = dateFormatter(user?.timeZone, undefined, locale);
  const fmt = (iso: string | null) => (iso ? date(iso) : null);
  const mine = [...program.mine].sort((a, b) => (a.role === b.role ? 0 : a.role === "MENTEE" ? -1 : 1));

  // A program's page sends only what its client components read: its state and the viewer's applications
  // (lib/i18n/client-messages.ts). In the page, not a layout: a layout here would send it to every page under the
  // program too.
  return (
    <ClientMessages areas={["programPage"]}>
      <div className="space-y-6">
        <nav aria-label={t("breadcrumb")} className="text-sm">
          <Link
            href={`/groups/${group.slug}/mentorship`}
            className="inline-flex items-center gap-1 text-muted-foreground hover:text-foreground"
          >
            <ArrowLeft aria-hidden className="size-4 rtl:-scale-x-100" />
            {t("allPrograms")}
          </Link>
        </nav>
        {can["mentorship.manage"] ? (
          <ManagerBar base={base} counts={program.counts} canReview={can["applications.review"]} />
        ) : null}

        <div className="grid gap-6 lg:grid-cols-3">
          <Card className="lg:col-span-2">
            <CardHeader>
              <div className="flex flex-wrap items-center gap-2">
                <ProgramStateBadge state={program.state} archived={program.archived} />
                <Badge variant="outline">{templatesFor(locale)[program.template]?.label ?? t("page.custom")}</Badge>
              </div>
              <CardTitle className="text-2xl">{program.name}</CardTitle>
              <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted-foreground">
                <div className="flex items-center gap-1.5">
                  <dt className="sr-only">{t("page.length")}</dt>
                  <CalendarDays aria-hidden className="size-4" />
                  <dd>
                    <ProgramLength weeks={program.lengthWeeks} />
                  </dd>
                </div>
                <div className="flex items-center gap-1.5">
                  <dt className="sr-only">{t("page.steps")}</dt>
                  <ListChecks aria-hidden className="size-4" />
                  <dd>{t("page.guidedSteps", { count: program.steps.length })}</dd>
                </div>
                {program.openedAt ? (
                  <div className="flex items-center gap-1.5">
                    <dt>{t("page.opened")}</dt>
                    <dd>{fmt(program.openedAt)}</dd>
                  </div>
                ) : null}
              </dl>
            </CardHeader>
            <CardContent className="space-y-5">
              <p className="whitespace-pre-line">{program.description || t("page.noDescription")}</p>
              {program.audience ? (
                <div className="rounded-md bg-muted px-4 py-3">
                  <h3 className="text-sm font-semibold">{t("page.whoFor")}</h3>
                  <p className="mt-1 whitespace-pre-line text-sm">{program.audience}</p>
                </div>
              ) : null}
              {program.topics.length ? (
                <div>
                  <h3 className="flex items-center gap-1.5 text-sm font-semibold">
                    <Tag aria-hidden className="size-4" />
                    {t("page.topics")}
                  </h3>
                  <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={t("page.topics")}>
                    {program.topics.map((t) => (
                      <li key={t}>
                        <Badge variant="secondary">{t}</Badge>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </CardContent>
          </Card>

          <aside aria-label={t("page.applying")} className="space-y-4 lg:col-start-3 lg:row-span-3 lg:row-start-1">
            <ApplyCard
              slug={group.slug}
              program={program}
              viewer={viewer}
              options={applyOptions(program)}
              signInHref={`/sign-in?callbackUrl=${encodeURIComponent(base)}`}
              mentorshipEnabled={group.mentorshipEnabled}
            />
            <MyApplications
              slug={group.slug}
              programId={program.id}
              canEdit={program.acceptingApplications}
              applications={mine.map((a) => ({
                ...a,
                dateLabel:
                  a.state === "DRAFT"
                    ? t("page.draftSaved", { date: date(a.updatedAt) })
                    : a.decidedAt && a.state !== "PENDING" && a.state !== "WITHDRAWN"
                      ? t("page.decided", { date: date(a.decidedAt) })
                      : a.submittedAt
                        ? t("page.submitted", { date: date(a.submittedAt) })
                        : null,
              }))}
            />
          </aside>

          <Card className="lg:col-span-2">
            <CardHeader>
              <CardTitle>{t("page.commitTitle")}</CardTitle>
              <CardDescription>{t("page.commitDescription")}</CardDescription>
            </CardHeader>
            <CardContent>
              <Commitments program={program} />
            </CardContent>
          </Card>

          <Card className="lg:col-span-2">
            <CardHeader>
              <CardTitle>{t("page.stepsTitle")}</CardTitle>
              <CardDescription>{t("page.stepsDescription")}</CardDescription>
            </CardHeader>
            <CardContent className="ps-9">
              <StepTimeline steps={program.steps} />
            </CardContent>
          </Card>
        </div>
      </div>
    </ClientMessages>
  );
}
