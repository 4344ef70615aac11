import type { Metadata } from "next";
import Link from "next/link";
import { CircleAlert, Plus, Sprout } from "lucide-react";
import { loadGroupPage } from "@/lib/groups/group-page";
import { findPrograms, type ProgramListItemDto } from "@/lib/programs/find-programs";
import { orNotFound } from "@/lib/http/page";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormSwitch } from "@/components/programs/admin/form-switch";
import { ProgramCard } from "./program-card";
import { PastPrograms } from "./past-programs";
import { setWatchAction } from "./actions";

export const metadata: Metadata = { title: "Mentorship" };

type Viewer = { manager: boolean; mentorshipEnabled: boolean; canApply: boolean };

function Section({
  title,
  hint,
  programs,
  base,
  viewer,
}: {
  title: string;
  hint?: string;
  programs: ProgramListItemDto[];
  base: string;
  viewer: Viewer;
}) {
  if (programs.length === 0) return null;
  const id = `section-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div>
        <h3 id={id} className="text-lg font-semibold">
          {title}
        </h3>
        {hint ? <p className="text-sm text-muted-foreground">{hint}</p> : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {programs.map((p) => (
          <ProgramCard key={p.id} program={p} base={base} {...viewer} />
        ))}
      </div>
    </section>
  );
}

export default async function MentorshipPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, group } = await loadGroupPage(slug, "programs.read");
  const list = await orNotFound(findPrograms(user, slug));
  const base = `/groups/${group.slug}/mentorship`;
  const current = list.programs.filter((p) => !p.archived && (p.state === "OPEN" || p.state === "RUNNING"));
  const drafts = list.programs.filter((p) => !p.archived && p.state === "DRAFT");
  const past = list.programs.filter((p) => p.archived || p.state === "CLOSED");
  const nothingYet = current.length === 0 && drafts.length === 0;
  const viewer = { manager: list.canManage, mentorshipEnabled: list.mentorshipEnabled, canApply: list.canApply };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h2 className="text-xl font-semibold tracking-tight">Mentorship</h2>
          <p className="max-w-prose text-sm text-muted-foreground">
            Programs pair members who want guidance with members who can give it, and walk each pair through a few
            guided steps.
          </p>
        </div>
        {list.canManage && list.mentorshipEnabled ? (
          <Button asChild>
            <Link href={`${base}/new`}>
              <Plus aria-hidden />
              New program
            </Link>
          </Button>
        ) : null}
      </div>

      {list.canManage && !list.mentorshipEnabled ? (
        <div
          role="status"
          className="flex flex-wrap items-start gap-3 rounded-lg border border-warning/50 bg-warning/10 p-4 text-sm"
        >
          <CircleAlert aria-hidden className="mt-0.5 size-5 shrink-0 text-warning" />
          <div className="min-w-0 flex-1 space-y-1">
            <p className="font-medium">Mentorship is off</p>
            <p className="text-muted-foreground">
              Members can&apos;t see programs or apply, and new programs can&apos;t be created or opened. Nothing is
              deleted, and pairs already working keep going.
            </p>
          </div>
          <Button asChild variant="outline" size="sm">
            <Link href={`/groups/${group.slug}/settings#mentorship`}>Turn it on in settings</Link>
          </Button>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          {nothingYet ? (
            <EmptyState manager={list.canManage} canCreate={list.mentorshipEnabled} newHref={`${base}/new`} />
          ) : null}
          <Section
            title="Open and running"
            hint={list.canManage ? "What members see first." : undefined}
            programs={current}
            base={base}
            viewer={viewer}
          />
          {list.canManage ? (
            <Section
              title="Drafts"
              hint="Only admins see drafts until applications open."
              programs={drafts}
              base={base}
              viewer={viewer}
            />
          ) : null}
          <PastPrograms programs={past} base={base} manager={list.canManage} />
        </div>

        <aside className="space-y-6" aria-label="Mentorship options">
          {list.canApply ? (
            <Card>
              <CardHeader className="pb-4">
                <CardTitle as="h3" className="text-base">
                  Stay in the loop
                </CardTitle>
              </CardHeader>
              <CardContent>
                <FormSwitch
                  action={setWatchAction}
                  name="watching"
                  checked={list.watching}
                  fields={{ slug: group.slug }}
                  label="Tell me when a program opens"
                  description="You'll get a notification when a program here starts taking applications."
                />
              </CardContent>
            </Card>
          ) : null}
          {list.canManage ? <HowItWorks /> : null}
        </aside>
      </div>
    </div>
  );
}

function EmptyState({ manager, canCreate, newHref }: { manager: boolean; canCreate: boolean; newHref: string }) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-border bg-card px-4 py-12 text-center">
      <Sprout aria-hidden className="size-8 text-muted-foreground" />
      <p className="font-medium">{manager ? "No programs yet" : "No programs are open right now"}</p>
      <p className="max-w-sm text-sm text-muted-foreground">
        {manager
          ? "Start from a template (Learn the ropes, Skill building, Career guidance, Peer support) and make it yours before you open applications."
          : "When the admins open a program, it shows up here. Switch on “Tell me when a program opens” to hear about it."}
      </p>
      {manager && canCreate ? (
        <Button asChild>
          <Link href={newHref}>
            <Plus aria-hidden />
            Create the first program
          </Link>
        </Button>
      ) : null}
    </div>
  );
}

function HowItWorks() {
  return (
    <Card>
      <CardHeader className="pb-4">
        <CardTitle as="h3" className="text-base">
          How a program runs
        </CardTitle>
        <CardDescription>Every step is yours to take; nothing happens on its own.</CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="list-decimal space-y-2 ps-5 text-sm">
          <li>Create a draft from a template, then edit its steps and application questions.</li>
          <li>Open applications: members apply as mentors or mentees.</li>
          <li>Review applications, then match mentors with mentees.</li>
          <li>Start the program: pairs work through the steps.</li>
          <li>Close it when it ends; archive it to tidy the list.</li>
        </ol>
      </CardContent>
    </Card>
  );
}
