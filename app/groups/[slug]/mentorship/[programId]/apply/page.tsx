import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ArrowLeft, CalendarDays } from "lucide-react";
import { requireUserForPage } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/accounts/get-profile";
import { getProgram } from "@/lib/programs/get-program";
import { APPLICATION_STATE_LABELS } from "@/lib/programs/state-machine";
import { loadGroupPage } from "@/lib/groups/group-page";
import { orNotFound } from "@/lib/http/page";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ROLE_LABELS, applyOptions, lengthLabel, parseRole } from "@/components/programs/labels";
import { ApplicationForm } from "./application-form";
import { timeZoneOptions } from "@/lib/time";

export const metadata: Metadata = { title: "Apply" };

function Notice({ title, back, children }: { title: string; back: string; children: ReactNode }) {
  return (
    <Card className="mx-auto max-w-2xl">
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <div className="text-muted-foreground">{children}</div>
        <Button asChild variant="outline">
          <Link href={back}>
            <ArrowLeft aria-hidden />
            Back to the program
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
  const label = ROLE_LABELS[role];

  if (!group.viewer.can["programs.apply"])
    return (
      <Notice title="Join the group to apply" back={base}>
        <p>
          Only members of {group.name} can apply to its programs.{" "}
          <Link href={`/groups/${group.slug}`} className="text-primary underline underline-offset-4">
            Join the group
          </Link>{" "}
          first, then come back here.
        </p>
      </Notice>
    );
  if (!program.acceptingApplications)
    return (
      <Notice title="Applications are closed" back={base}>
        <p>{program.name} isn&apos;t taking applications right now.</p>
      </Notice>
    );
  const option = applyOptions(program).find((o) => o.role === role)!;
  if (option.kind === "blocked")
    return (
      <Notice title={`You can't apply as ${label.a}`} back={base}>
        <p>{option.reason}</p>
      </Notice>
    );
  if (option.kind === "decided")
    return (
      <Notice title={`You've already applied as ${label.a}`} back={base}>
        <p>
          Your application is {APPLICATION_STATE_LABELS[option.application.state].toLowerCase()}, so it can no longer
          change. The program page shows where it stands.
        </p>
      </Notice>
    );

  const existing = option.kind === "apply" ? null : option.application;
  // A new application starts from what the profile says (languages, time zone).
  const profile = await getOwnProfile(user);
  const heading =
    existing?.state === "PENDING"
      ? `Edit your ${label.one.toLowerCase()} application`
      : existing?.state === "DRAFT"
        ? `Finish your ${label.one.toLowerCase()} application`
        : `Apply as ${label.a}`;

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={base} className="inline-flex items-center gap-1 text-muted-foreground hover:text-foreground">
          <ArrowLeft aria-hidden className="size-4" />
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
              {lengthLabel(program.lengthWeeks)}
            </span>
          </CardDescription>
          {existing?.state === "PENDING" ? (
            <p className="text-sm text-muted-foreground">
              Your application is waiting for review. Changes you save here replace your earlier answers.
            </p>
          ) : existing?.state === "WITHDRAWN" ? (
            <p className="text-sm text-muted-foreground">
              You withdrew an earlier application; your answers from then are filled in.
            </p>
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
