import { History } from "lucide-react";
import { useTranslations } from "next-intl";
import { StepItem, type StepView } from "./step-item";

const timeline = "relative space-y-4 border-s-2 border-border ps-6 sm:ps-8";

/**
 * The program's steps, the current one first: on a phone the step to work on and its check-in form are on the
 * first screen, however far along the pair is. What comes next follows (folded, though a pair may check in early),
 * then the steps already done under "Done so far": the latest open, the earlier ones folded. Without a current
 * step (before the clock starts, every step done, a finished pairing) the steps read in order.
 */
export function PairSteps(view: StepView) {
  const { space } = view;
  const t = useTranslations("pairings");
  if (space.steps.length === 0) return <p className="text-sm text-muted-foreground">{t("noSteps")}</p>;
  const numbered = space.steps.map((step, i) => ({ step, number: i + 1 }));
  const at = space.state === "ACTIVE" ? numbered.findIndex(({ step }) => step.current) : -1;
  if (at < 0)
    return (
      <ol className={timeline} aria-label={t("stepsLabel")}>
        {numbered.map(({ step, number }) => (
          <StepItem key={step.id} {...view} step={step} number={number} fold={false} />
        ))}
      </ol>
    );

  const ahead = numbered.slice(at);
  const done = numbered.slice(0, at);
  return (
    <div className="space-y-6">
      <ol className={timeline} aria-label={t("stepsLabel")}>
        {ahead.map(({ step, number }) => (
          <StepItem key={step.id} {...view} step={step} number={number} fold />
        ))}
      </ol>
      {done.length ? (
        <section aria-labelledby="done-heading" className="space-y-3">
          <h3 id="done-heading" className="flex items-center gap-2 font-semibold">
            <History aria-hidden className="size-4 text-muted-foreground" />
            {t("doneHeading")}
          </h3>
          <ol className={timeline} aria-label={t("doneLabel")}>
            {done.map(({ step, number }, i) => (
              // The latest one stays open: a check-in that completes a step is followed by reading the other's.
              <StepItem key={step.id} {...view} step={step} number={number} fold={i < done.length - 1} />
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
