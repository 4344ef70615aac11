import Link from "next/link";
import { ArrowRight, CalendarClock, HeartHandshake, Inbox, ListChecks, Pencil } from "lucide-react";
import type { ProgramListItemDto } from "@/lib/programs/find-programs";
import { APPLICATION_STATE_LABELS } from "@/lib/programs/state-machine";
import { ProgramStateBadge } from "@/components/programs/state-badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";

const ROLE_WORDS = { MENTOR: "a mentor", MENTEE: "a mentee" } as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function lengthLabel(weeks: number | null): string {
  return weeks === null ? "Open-ended" : plural(weeks, "week");
}

/** One program in the Mentorship tab: what it is, where it stands, the viewer's own applications, and for managers
 * what waits for them. */
export function ProgramCard({ program, base }: { program: ProgramListItemDto; base: string }) {
  const href = `${base}/${program.id}`;
  const manager = program.pendingApplications !== null;
  const pending = program.pendingApplications ?? 0;
  return (
    <article
      aria-labelledby={`program-${program.id}`}
      className="flex flex-col gap-4 rounded-lg border border-border bg-card p-4 shadow-sm sm:p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`program-${program.id}`} className="min-w-0 text-lg font-semibold leading-tight">
          {program.name}
        </h3>
        <ProgramStateBadge state={program.state} archived={program.archived} />
      </div>
      {program.audience || program.description ? (
        <p className="line-clamp-3 text-sm text-muted-foreground">
          {program.audience ? (
            <>
              <span className="font-medium text-foreground">For: </span>
              {program.audience}
            </>
          ) : (
            program.description
          )}
        </p>
      ) : null}
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted-foreground">
        <li className="inline-flex items-center gap-1.5">
          <CalendarClock aria-hidden className="size-4" />
          {lengthLabel(program.lengthWeeks)}
        </li>
        <li className="inline-flex items-center gap-1.5">
          <ListChecks aria-hidden className="size-4" />
          {plural(program.stepCount, "step")}
        </li>
        {program.state === "RUNNING" && program.acceptingApplications ? <li>Still taking applications</li> : null}
      </ul>

      {program.mine.length ? (
        <ul className="space-y-1 rounded-md bg-muted px-3 py-2 text-sm" aria-label="Your applications">
          {program.mine.map((a) => (
            <li key={a.role}>
              You applied as {ROLE_WORDS[a.role]}:{" "}
              <span className="font-medium">{APPLICATION_STATE_LABELS[a.state]}</span>
            </li>
          ))}
        </ul>
      ) : null}

      {manager && program.state !== "DRAFT" ? (
        <dl className="grid grid-cols-2 gap-2 text-sm">
          <div className={cn("rounded-md border border-border px-3 py-2", pending > 0 && "border-primary")}>
            <dt className="flex items-center gap-1.5 text-muted-foreground">
              <Inbox aria-hidden className="size-4" />
              To review
            </dt>
            <dd className="text-lg font-semibold">{pending}</dd>
          </div>
          <div className="rounded-md border border-border px-3 py-2">
            <dt className="flex items-center gap-1.5 text-muted-foreground">
              <HeartHandshake aria-hidden className="size-4" />
              Active pairs
            </dt>
            <dd className="text-lg font-semibold">{program.activePairings ?? 0}</dd>
          </div>
        </dl>
      ) : null}

      <div className="mt-auto flex flex-wrap items-center gap-2 pt-1">
        <Button asChild variant={manager ? "outline" : "default"} size="sm">
          <Link href={href}>
            Read more<span className="sr-only"> about {program.name}</span>
            <ArrowRight aria-hidden />
          </Link>
        </Button>
        {manager && !program.archived ? (
          <Button asChild variant="outline" size="sm">
            <Link href={`${href}/edit`}>
              <Pencil aria-hidden />
              {program.state === "CLOSED" ? "Manage" : "Edit"}
              <span className="sr-only"> {program.name}</span>
            </Link>
          </Button>
        ) : null}
        {manager && pending > 0 ? (
          <Button asChild size="sm">
            <Link href={`${href}/applications`}>
              <Inbox aria-hidden />
              Review {plural(pending, "application")}
              <span className="sr-only"> for {program.name}</span>
            </Link>
          </Button>
        ) : null}
      </div>
    </article>
  );
}
