import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft, Users } from "lucide-react";
import { getApplication } from "@/lib/programs/applications/get-application";
import { getProgram } from "@/lib/programs/get-program";
import { loadGroupPage } from "@/lib/groups/group-page";
import { orNotFound } from "@/lib/http/page";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { AnswerView } from "@/components/programs/answer-view";
import { ApplicantHistory } from "@/components/programs/applicant-history";
import { findNextApplication } from "@/lib/programs/applications/find-next-application";
import { VIEW_FIELDS, readQueueQuery, toServiceQuery, viewSearch } from "../query";
import { DecisionPanel } from "./decision-panel";
import { DATE_TIME, dateFormatter } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications.detail"))("metaTitle") };
}

/** One application for its reviewers: the answers question by question, beside the applicant's group history. */
export default async function ApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; programId: string; applicationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug, programId, applicationId }, sp] = await Promise.all([params, searchParams]);
  const { user, group } = await loadGroupPage(slug, "applications.review");
  const [application, program] = await Promise.all([
    orNotFound(getApplication(user, applicationId)),
    orNotFound(getProgram(user, programId)),
  ]);
  if (application.programId !== program.id || program.groupId !== group.id || application.state === "DRAFT") notFound();
  const own = application.applicant.id === user?.id;
  const queue = `/groups/${group.slug}/mentorship/${programId}/applications`;
  const [t, p, locale] = await Promise.all([
    getTranslations("applications.detail"),
    getTranslations("programs"),
    getLocale(),
  ]);
  const date = dateFormatter(user?.timeZone, undefined, locale);
  const dateTime = dateFormatter(user?.timeZone, DATE_TIME, locale);
  const fmt = (iso: string | null, f = dateTime) => (iso ? f(iso) : null);
  // The queue's view it was opened from (its address carries it); opened from elsewhere, its role's pending ones.
  const view = readQueueQuery({ role: application.role, ...sp });
  const search = viewSearch(view);
  const backHref = `${queue}${search}`;
  const next = await orNotFound(findNextApplication(user, program.id, application.id, toServiceQuery(view)));
  const viewFields = Object.fromEntries(VIEW_FIELDS.filter((k) => view[k]).map((k) => [k, view[k]]));

  return (
    <div className="space-y-5">
      <nav aria-label={p("breadcrumb")} className="text-sm">
        <Link href={backHref} className="inline-flex items-center gap-1 text-muted-foreground hover:text-foreground">
          <ArrowLeft aria-hidden className="size-4 rtl:-scale-x-100" />
          {t("back", { program: program.name, role: view.role })}
        </Link>
      </nav>

      <header className="flex flex-wrap items-center gap-4">
        <Avatar name={application.applicant.name} photo={application.applicant.photo} size="lg" />
        <div className="min-w-0 space-y-1">
          <h2 className="text-2xl font-semibold tracking-tight">{application.applicant.name}</h2>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
            <Badge variant="outline">{p(`role.${application.role}`)}</Badge>
            {application.submittedAt ? (
              <span>{t("submitted", { date: dateTime(application.submittedAt) })}</span>
            ) : null}
            {application.role === "MENTOR" && application.capacity ? (
              <span className="inline-flex items-center gap-1">
                <Users aria-hidden className="size-4" />
                {t("canTake", { count: application.capacity })}
              </span>
            ) : null}
          </p>
          {application.applicant.bio ? <p className="max-w-prose text-sm">{application.applicant.bio}</p> : null}
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <DecisionPanel
            slug={group.slug}
            programId={programId}
            applicationId={application.id}
            name={application.applicant.name}
            state={application.state}
            decidedLabel={fmt(application.decidedAt)}
            decisionMessage={application.decisionMessage}
            blocked={own ? t("blockedOwn") : program.archived ? t("blockedArchived") : null}
            onlyDecline={application.history && application.history.role === null ? t("onlyDecline") : null}
            view={viewFields}
            queueHref={backHref}
            skipHref={next ? `${queue}/${next}${search}` : null}
            viewState={view.state}
            viewRole={view.role}
          />
          <Card>
            <CardHeader>
              <CardTitle as="h3" className="text-lg">
                {t("answers")}
              </CardTitle>
            </CardHeader>
            <CardContent>
              {application.answers.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("noQuestions", { role: application.role })}</p>
              ) : (
                <dl className="divide-y divide-border">
                  {application.answers.map((a) => (
                    <div key={a.questionId} className="space-y-1.5 py-4 first:pt-0 last:pb-0">
                      <dt className="text-sm font-medium text-muted-foreground">{a.label}</dt>
                      <dd>
                        <AnswerView kind={a.kind} answer={a.answer} />
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </CardContent>
          </Card>
        </div>
        <aside aria-label={t("about")} className="space-y-4">
          {application.history ? (
            <ApplicantHistory
              history={application.history}
              slug={group.slug}
              joinedLabel={fmt(application.history.joinedAt, date)}
            />
          ) : (
            <p className="rounded-lg border border-border bg-card p-4 text-sm text-muted-foreground">
              {t("ownApplication")}
            </p>
          )}
        </aside>
      </div>
    </div>
  );
}
