import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArrowLeft, CalendarDays } from "lucide-react";
import { requireUserForPage } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/accounts/get-profile";
import { getProgram } from "@/lib/programs/get-program";
import { loadGroupPage } from "@/lib/groups/group-page";
import { orNotFound } from "@/lib/http/page";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { applyOptions, parseRole } from "@/components/programs/labels";
import { ProgramLength } from "@/components/programs/program-length";
import { ApplicationForm } from "./application-form";
import { timeZoneOptions } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apply"))("metaTitle") };
}

async function Notice({ title, back, children }: { title: string; back: string; children: ReactNode }) {
  const t = await getTranslations("apply");
  return (
    <Card className="mx-auto max-w-2xl">
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <div className="text-muted-foreground">{children}</div>
        <Button asChild variant="outline">
          <Link href={back}>
            <ArrowLeft aria-hidden className="rtl:-scale-x-100" />
            {t("backToProgram")}
          </Link>
        </Button>
      </CardContent>
    </Card>
  );
}

export default async function ApplyPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; programId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug, programId }, sp] = await Promise.all([params, searchParams]);
  const user = await requireUserForPage();
  const { group } = await loadGroupPage(slug);
  const program = await orNotFound(getProgram(user, programId));
  if (program.groupId !== group.id) notFound();
  const base = `/groups/${group.slug}/mentorship/${program.id}`;
  const role = parseRole(sp.role);
  if (!role) redirect(base);
  const [t, p] = await Promise.all([getTranslations("apply"), getTranslations("programs")]);

  if (!group.viewer.can["programs.apply"])
    return (
      <Notice title={t("joinTitle")} back={base}>
        <p>
          {t.rich("joinBody", {
            group: group.name,
            link: (chunks) => (
              <Link href={`/groups/${group.slug}`} className="text-primary underline underline-offset-4">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </Notice>
    );
  if (!program.acceptingApplications)
    return (
      <Notice title={t("closedTitle")} back={base}>
        <p>{t("closedBody", { program: program.name })}</p>
      </Notice>
    );
  const option = applyOptions(program).find((o) => o.role === role)!;
  if (option.kind === "blocked")
    return (
      <Notice title={t("blockedTitle", { role })} back={base}>
        <p>{p("applyCard.blocked", { role: option.other })}</p>
      </Notice>
    );
  if (option.kind === "decided")
    return (
      <Notice title={t("decidedTitle", { role })} back={base}>
        <p>{t("decidedBody", { state: option.application.state })}</p>
      </Notice>
    );

  const existing = option.kind === "apply" ? null : option.application;
  // A new application starts from what the profile says (languages, time zone).
  const profile = await getOwnProfile(user);
  const heading =
    existing?.state === "PENDING"
      ? t("headingEdit", { role })
      : existing?.state === "DRAFT"
        ? t("headingFinish", { role })
        : t("headingApply", { role });

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <nav aria-label={p("breadcrumb")} className="text-sm">
        <Link href={base} className="inline-flex items-center gap-1 text-muted-foreground hover:text-foreground">
          <ArrowLeft aria-hidden className="size-4 rtl:-scale-x-100" />
          {program.name}
        </Link>
      </nav>
      <Card>
        <CardHeader>
          <CardTitle className="text-2xl">{heading}</CardTitle>
          <CardDescription className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span>{program.name}</span>
            <span className="inline-flex items-center gap-1">
              <CalendarDays aria-hidden className="size-4" />
              <ProgramLength weeks={program.lengthWeeks} />
            </span>
          </CardDescription>
          {existing?.state === "PENDING" ? (
            <p className="text-sm text-muted-foreground">{t("pendingNote")}</p>
          ) : existing?.state === "WITHDRAWN" ? (
            <p className="text-sm text-muted-foreground">{t("withdrawnNote")}</p>
          ) : null}
        </CardHeader>
        <CardContent>
          <ApplicationForm
            slug={group.slug}
            programId={program.id}
            role={role}
            application={
              existing
                ? {
                    id: existing.id,
                    state: existing.state,
                    answers: existing.answers,
                    capacity: existing.capacity,
                  }
                : null
            }
            questions={program.questions.filter((q) => q.role === role)}
            topics={program.topics}
            timeZones={timeZoneOptions(profile.timeZone)}
            profile={{ timeZone: profile.timeZone, languages: profile.languages }}
            defaultCapacity={program.defaultMentorCapacity}
          />
        </CardContent>
      </Card>
    </div>
  );
}
