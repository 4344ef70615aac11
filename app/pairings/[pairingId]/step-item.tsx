import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Check, CircleAlert, Target } from "lucide-react";
import type { PairSpaceDto, PairStepDto } from "@/lib/pairings/dto";
import type { DueLabel } from "@/lib/pairings/due";
import { Badge } from "@/components/ui/badge";
import { CheckInEntry } from "@/components/pairings/check-in-entry";
import { DueDate } from "@/components/pairings/due-date";
import { PartnerEntry } from "@/components/pairings/partner-entry";
import { StepGuide } from "@/components/pairings/step-guide";
import { cn } from "@/lib/utils/cn";
import { CheckInForm } from "./check-in-form";

export type StepView = {
  space: PairSpaceDto;
  formatDate: (iso: string) => string;
  /** The due instant as this reader sees it (decision 015). */
  due: (iso: string) => DueLabel;
  now: Date;
};

/** Your entry and theirs, side by side: your form while the step is open, both read-only once it is complete. */
function CheckIns({ step, space, formatDate }: { step: PairStepDto } & Pick<StepView, "space" | "formatDate">) {
  const t = useTranslations("pairings.step");
  const partner = space.partner.name.split(/\s+/)[0] || space.partner.name;
  const open = space.canCheckIn && !step.complete;
  return (
    // Side by side to compare once written; stacked while you write, so the form has room.
    <div className={open ? "grid gap-3" : "grid gap-3 md:grid-cols-2"}>
      {open ? (
        <CheckInForm
          pairingId={space.id}
          step={step}
          goal={space.goal}
          mine={step.mine}
          mineDateLabel={step.mine ? t("updated", { date: formatDate(step.mine.updatedAt) }) : null}
        />
      ) : step.mine ? (
        <CheckInEntry
          who={t("yourCheckIn")}
          rating={step.mine.rating}
          reflection={step.mine.reflection}
          dateLabel={t("updated", { date: formatDate(step.mine.updatedAt) })}
        />
      ) : (
        <p className="rounded-md border border-dashed border-border p-3 text-sm text-muted-foreground">
          {t("notCheckedIn")}
        </p>
      )}
      <PartnerEntry theirs={step.theirs} name={partner} active={space.canCheckIn} formatDate={formatDate} />
    </div>
  );
}

/**
 * One step: its place, due date and badges, then by its role on the page: the current step in full (guidance,
 * prompts, the check-ins); a step ahead folded ("read the guidance, or check in early"); a done step folded while
 * a current step leads the page (its check-ins one click away), in full once the pairing has finished.
 */
export function StepItem({
  step,
  number,
  fold,
  space,
  formatDate,
  due,
  now,
}: StepView & { step: PairStepDto; number: number; fold: boolean }) {
  const t = useTranslations("pairings.step");
  const active = space.state === "ACTIVE";
  const overdue = active && !step.complete && step.dueAt !== null && new Date(step.dueAt) < now;
  const current = step.current && active;
  // The item is named by its title alone (not its badges), so it reads, and is found, as "Meet each other".
  const titleId = `step-${step.id}-title`;
  const guide = <StepGuide guidance={step.guidance} prompts={step.prompts} />;
  const checkIns = <CheckIns step={step} space={space} formatDate={formatDate} />;
  const folded = (summary: string, content: ReactNode) => (
    <details className="group">
      <summary className="cursor-pointer text-sm font-medium text-primary underline-offset-4 hover:underline">
        {summary}
        <span className="sr-only">{t("forStep", { title: step.title })}</span>
      </summary>
      <div className="mt-3 space-y-3">{content}</div>
    </details>
  );
  const body = () => {
    if (current)
      return (
        <>
          {guide}
          {checkIns}
        </>
      );
    // Before the clock starts there is nothing to write yet (decision 015): only the guidance, if there is any.
    if (!space.clockStartedAt) return step.guidance || step.prompts.length ? folded(t("readGuidance"), guide) : null;
    if (!step.complete)
      return folded(
        space.canCheckIn ? t("readGuidanceOrCheckIn") : t("readGuidance"),
        <>
          {guide}
          {checkIns}
        </>,
      );
    return fold ? folded(t("readCheckIns"), checkIns) : checkIns;
  };
  return (
    <li
      aria-current={current ? "step" : undefined}
      aria-labelledby={titleId}
      className={cn(
        "relative space-y-3 rounded-lg border bg-card p-4",
        current ? "border-2 border-primary shadow-sm" : "border-border",
      )}
    >
      <span
        aria-hidden
        className={cn(
          "absolute top-4 -start-[2.45rem] flex size-7 items-center justify-center rounded-full border-2 text-xs font-semibold sm:-start-[2.95rem]",
          step.complete
            ? "border-success bg-success text-success-foreground"
            : current
              ? "border-primary bg-primary text-primary-foreground"
              : "border-border bg-background text-muted-foreground",
        )}
      >
        {step.complete ? <Check className="size-4" /> : number}
      </span>
      <div className="space-y-1">
        <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
          {t("position", { number, total: space.steps.length, week: step.dueWeek })}
        </p>
        <h3 className="flex flex-wrap items-center gap-2 font-semibold">
          <span id={titleId} className={current ? "text-lg" : undefined}>
            {step.title}
          </span>
          {step.complete ? (
            <Badge variant="success">
              <Check aria-hidden />
              {t("complete")}
            </Badge>
          ) : current ? (
            <Badge>{t("current")}</Badge>
          ) : null}
          {overdue ? (
            <Badge variant="outline" className="border-transparent bg-warning text-warning-foreground">
              <CircleAlert aria-hidden />
              {t("overdue")}
            </Badge>
          ) : null}
          {step.isGoalStep ? (
            <Badge variant="secondary">
              <Target aria-hidden />
              {t("goal")}
            </Badge>
          ) : null}
        </h3>
        {step.dueAt ? (
          <DueDate
            iso={step.dueAt}
            label={due(step.dueAt)}
            showPartner={current}
            className={step.complete ? "text-muted-foreground" : undefined}
          />
        ) : null}
      </div>
      {body()}
    </li>
  );
}
