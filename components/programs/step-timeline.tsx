import { MessageCircle, Target } from "lucide-react";
import { useTranslations } from "next-intl";
import type { StepDto } from "@/lib/programs/dto";
import { Badge } from "@/components/ui/badge";

/** The guided steps as a timeline: the week each is due in, what the pair does, and what they might talk about. */
export function StepTimeline({ steps }: { steps: StepDto[] }) {
  const t = useTranslations("programs.timeline");
  if (steps.length === 0) return <p className="text-sm text-muted-foreground">{t("none")}</p>;
  return (
    <ol className="relative space-y-6 border-s-2 border-border ps-6" aria-label={t("label")}>
      {steps.map((step, i) => (
        <li key={step.id} className="relative">
          <span
            aria-hidden
            className="absolute -start-[2.2rem] top-0 flex size-7 items-center justify-center rounded-full border-2 border-primary bg-background text-xs font-semibold text-primary"
          >
            {i + 1}
          </span>
          <p className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">
            {t("week", { week: step.dueWeek })}
          </p>
          <h3 className="mt-0.5 flex flex-wrap items-center gap-2 font-semibold">
            <span>{step.title}</span>
            {step.isGoalStep ? (
              <Badge variant="secondary">
                <Target aria-hidden />
                {t("goal")}
              </Badge>
            ) : null}
          </h3>
          {step.guidance ? (
            <p className="mt-1 whitespace-pre-line text-sm text-muted-foreground">{step.guidance}</p>
          ) : null}
          {step.prompts.length ? (
            <div className="mt-2 rounded-md bg-muted px-3 py-2 text-sm">
              <p className="flex items-center gap-1.5 font-medium">
                <MessageCircle aria-hidden className="size-4" />
                {t("talkAbout")}
              </p>
              <ul className="mt-1 list-disc space-y-0.5 ps-5 text-muted-foreground">
                {step.prompts.map((prompt, j) => (
                  <li key={j}>{prompt}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
