import { ChevronDown, MessageCircle } from "lucide-react";
import { useTranslations } from "next-intl";

/**
 * What the pair does in a step, and what they might talk about: the prompts fold under one line, so that on a
 * phone the step's check-in form still starts on the first screen.
 */
export function StepGuide({ guidance, prompts }: { guidance: string; prompts: string[] }) {
  const t = useTranslations("pairings");
  if (!guidance && prompts.length === 0) return null;
  return (
    <div className="space-y-2">
      {guidance ? <p className="whitespace-pre-line text-sm">{guidance}</p> : null}
      {prompts.length ? (
        <details className="group rounded-md bg-muted text-sm">
          <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-md px-3 py-2 font-medium [&::-webkit-details-marker]:hidden">
            <MessageCircle aria-hidden className="size-4 shrink-0" />
            <span className="flex-1">{t("talkAbout", { count: prompts.length })}</span>
            <ChevronDown aria-hidden className="size-4 shrink-0 transition-transform group-open:rotate-180" />
          </summary>
          <ul className="list-disc space-y-0.5 pe-3 pb-2 ps-8 text-muted-foreground">
            {prompts.map((prompt, i) => (
              <li key={i}>{prompt}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
