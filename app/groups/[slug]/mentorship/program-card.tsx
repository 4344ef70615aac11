import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  ArrowRight,
  BookOpen,
  CalendarClock,
  ChartLine,
  FileText,
  HeartHandshake,
  Inbox,
  ListChecks,
  Pencil,
  Rocket,
  Send,
  UserRoundSearch,
  Users,
  type LucideIcon,
} from "lucide-react";
import type { ProgramListItemDto } from "@/lib/programs/find-programs";
import { ProgramStateBadge } from "@/components/programs/state-badge";
import { ProgramLength } from "@/components/programs/program-length";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";
import { adminNextStep, memberNextStep, type CardStep } from "./next-step";

const STEP_ICONS: Record<CardStep["icon"], LucideIcon> = {
  review: Inbox,
  match: HeartHandshake,
  mentors: UserRoundSearch,
  open: Rocket,
  progress: ChartLine,
  applications: Inbox,
  mentorship: Send,
  application: FileText,
  read: BookOpen,
};

/** The admin's numbers: the one behind the next step is outlined, so the eye goes from it to the button. */
function AdminCounts({ program, step }: { program: ProgramListItemDto; step: CardStep }) {
  const t = useTranslations("programs.card");
  const stats = [
    { key: "review", label: t("toReview"), value: program.pendingApplications ?? 0, icon: Inbox },
    { key: "match", label: t("menteesWaiting"), value: program.waitingMentees ?? 0, icon: Users },
    { key: "mentors", label: t("mentorPlaces"), value: program.openPlaces ?? 0, icon: UserRoundSearch },
    { key: "progress", label: t("activePairs"), value: program.activePairings ?? 0, icon: HeartHandshake },
  ] as const;
  return (
    <dl className="grid grid-cols-2 gap-2 text-sm">
      {stats.map(({ key, label, value, icon: Icon }) => (
        <div
          key={key}
          className={cn(
            "rounded-md border border-border px-3 py-2",
            step.icon === key && value > 0 && "border-primary bg-primary/5",
          )}
        >
          <dt className="flex items-center gap-1.5 text-muted-foreground">
            <Icon aria-hidden className="size-4 shrink-0" />
            {label}
          </dt>
          <dd className="text-lg font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * One program in the Mentorship tab: what it is, where it stands and the viewer's own applications. Admins see
 * what waits for them (applications, mentees without a mentor, places, pairs) and a button for their next step;
 * members see their own call to action and never the admins' numbers.
 */
export function ProgramCard({
  program,
  base,
  manager,
  mentorshipEnabled,
  canApply,
}: {
  program: ProgramListItemDto;
  base: string;
  manager: boolean;
  mentorshipEnabled: boolean;
  canApply: boolean;
}) {
  const t = useTranslations("programs");
  const href = `${base}/${program.id}`;
  const step = manager ? adminNextStep(program, href, mentorshipEnabled) : memberNextStep(program, href, canApply);
  const StepIcon = STEP_ICONS[step.icon];
  const toProgramPage = step.href === href;
  const label = t(`nextStep.${step.label.key}`, { count: step.label.count ?? 0 });
  const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
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
              <span className="font-medium text-foreground">{t("card.for")}</span>
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
          <ProgramLength weeks={program.lengthWeeks} />
        </li>
        <li className="inline-flex items-center gap-1.5">
          <ListChecks aria-hidden className="size-4" />
          {t("card.steps", { count: program.stepCount })}
        </li>
        {program.state === "RUNNING" && program.acceptingApplications ? <li>{t("card.stillTaking")}</li> : null}
      </ul>

      {program.mine.length ? (
        <ul className="space-y-1 rounded-md bg-muted px-3 py-2 text-sm" aria-label={t("card.yourApplications")}>
          {program.mine.map((a) => (
            <li key={a.role}>
              {t("card.appliedAs", { role: a.role })}{" "}
              <span className="font-medium">{t(`applicationState.${a.state}`)}</span>
            </li>
          ))}
        </ul>
      ) : null}

      {manager && program.state !== "DRAFT" ? <AdminCounts program={program} step={step} /> : null}
      {step.note ? (
        <p className="text-sm text-muted-foreground">
          {t(`nextStep.${step.note.key}`, { count: step.note.count ?? 0 })}
        </p>
      ) : null}

      <div className="mt-auto flex flex-wrap items-center gap-2 pt-1">
        <Button asChild size="sm" variant={step.icon === "read" && manager ? "outline" : "default"}>
          {/* The name starts with the visible words, so speech commands find it ("click Review 2 applications"). */}
          <Link href={step.href} aria-label={t("card.stepLink", { label, name: program.name })}>
            <StepIcon aria-hidden />
            {label}
          </Link>
        </Button>
        {toProgramPage ? null : (
          <Button asChild variant="outline" size="sm">
            <Link href={href}>
              {t.rich("card.readMore", { name: program.name, sr })}
              <ArrowRight aria-hidden className="rtl:-scale-x-100" />
            </Link>
          </Button>
        )}
        {manager && !program.archived && program.state !== "DRAFT" ? (
          <Button asChild variant="ghost" size="sm">
            <Link href={`${href}/edit`}>
              <Pencil aria-hidden />
              {program.state === "CLOSED" ? t("card.manage") : t("card.edit")}
              <span className="sr-only"> {program.name}</span>
            </Link>
          </Button>
        ) : null}
        {manager && program.myPairingId ? (
          <Button asChild variant="ghost" size="sm">
            <Link href={`/pairings/${program.myPairingId}`}>
              <Send aria-hidden className="rtl:-scale-x-100" />
              {t.rich("card.yourMentorship", { name: program.name, sr })}
            </Link>
          </Button>
        ) : null}
      </div>
    </article>
  );
}
