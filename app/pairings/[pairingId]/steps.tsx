import { Check, CircleAlert, Target } from "lucide-react";
import type { PairSpaceDto, PairStepDto } from "@/lib/pairings/dto";
import { Badge } from "@/components/ui/badge";
import { CheckInEntry } from "@/components/pairings/check-in-entry";
import { PartnerEntry } from "@/components/pairings/partner-entry";
import { StepGuide } from "@/components/pairings/step-guide";
import { cn } from "@/lib/utils/cn";
import { CheckInForm } from "./check-in-form";

type Props = { space: PairSpaceDto; formatDate: (iso: string) => string; now: Date };

/** Your entry and theirs, side by side: your form while the step is open, both read-only once it is complete. */
function CheckIns({ step, space, formatDate }: { step: PairStepDto } & Omit<Props, "now">) {
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
          mineDateLabel={step.mine ? `Updated ${formatDate(step.mine.updatedAt)}` : null}
        />
      ) : step.mine ? (
        <CheckInEntry
          who="Your check-in"
          rating={step.mine.rating}
          reflection={step.mine.reflection}
          dateLabel={`Updated ${formatDate(step.mine.updatedAt)}`}
        />
      ) : (
        <p className="rounded-md border border-dashed border-border p-3 text-sm text-muted-foreground">
          You didn&apos;t check in on this step.
        </p>
      )}
      <PartnerEntry theirs={step.theirs} name={partner} active={space.canCheckIn} formatDate={formatDate} />
    </div>
  );
}

/**
 * The program's steps as a timeline: done, the current one (highlighted, with its guidance, prompts and the
 * check-ins) and what comes next (folded away, though a pair may check in early). Dates in the reader's time zone.
 */
export function PairSteps({ space, formatDate, now }: Props) {
  if (space.steps.length === 0)
    return <p className="text-sm text-muted-foreground">The admins haven&apos;t written the steps yet.</p>;
  return (
    <ol className="relative space-y-4 border-l-2 border-border pl-6 sm:pl-8" aria-label="Steps">
      {space.steps.map((step, i) => {
        const overdue = space.state === "ACTIVE" && !step.complete && new Date(step.dueAt) < now;
        // A finished pairing has no "current" step any more.
        const current = step.current && space.state === "ACTIVE";
        const upcoming = !step.complete && !current;
        return (
          <li
            key={step.id}
            aria-current={current ? "step" : undefined}
            className={cn(
              "relative space-y-3 rounded-lg border bg-card p-4",
              current ? "border-2 border-primary shadow-sm" : "border-border",
            )}
          >
            <span
              aria-hidden
              className={cn(
                "absolute top-4 -left-[2.45rem] flex size-7 items-center justify-center rounded-full border-2 text-xs font-semibold sm:-left-[2.95rem]",
                step.complete
                  ? "border-success bg-success text-success-foreground"
                  : current
                    ? "border-primary bg-primary text-primary-foreground"
                    : "border-border bg-background text-muted-foreground",
              )}
            >
              {step.complete ? <Check className="size-4" /> : i + 1}
            </span>
            <div className="space-y-1">
              <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
                Step {i + 1} · Week {step.dueWeek} · Due <time dateTime={step.dueAt}>{formatDate(step.dueAt)}</time>
              </p>
              <h3 className="flex flex-wrap items-center gap-2 font-semibold">
                <span className={current ? "text-lg" : undefined}>{step.title}</span>
                {step.complete ? (
                  <Badge variant="success">
                    <Check aria-hidden />
                    Complete
                  </Badge>
                ) : current ? (
                  <Badge>Current step</Badge>
                ) : null}
                {overdue ? (
                  <Badge variant="outline" className="border-transparent bg-warning text-warning-foreground">
                    <CircleAlert aria-hidden />
                    Overdue
                  </Badge>
                ) : null}
                {step.isGoalStep ? (
                  <Badge variant="secondary">
                    <Target aria-hidden />
                    Goal
                  </Badge>
                ) : null}
              </h3>
            </div>
            {upcoming ? (
              <details className="group">
                <summary className="cursor-pointer text-sm font-medium text-primary underline-offset-4 hover:underline">
                  {space.canCheckIn ? "Read the guidance, or check in early" : "Read the guidance"}
                </summary>
                <div className="mt-3 space-y-3">
                  <StepGuide guidance={step.guidance} prompts={step.prompts} />
                  <CheckIns step={step} space={space} formatDate={formatDate} />
                </div>
              </details>
            ) : (
              <>
                {current ? <StepGuide guidance={step.guidance} prompts={step.prompts} /> : null}
                <CheckIns step={step} space={space} formatDate={formatDate} />
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
