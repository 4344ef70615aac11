import { Hourglass } from "lucide-react";
import { useTranslations } from "next-intl";

/** Before the program starts, a matched pair's steps wait (decision 015): when they open, and what to do meanwhile. */
export function StepsWaiting({ programName }: { programName: string }) {
  const t = useTranslations("pairings.waiting");
  return (
    <div className="flex items-start gap-3 rounded-lg border border-primary/40 bg-accent p-4 text-accent-foreground">
      <Hourglass aria-hidden className="mt-0.5 size-5 shrink-0" />
      <div className="space-y-1">
        <h3 className="font-semibold">{t("title", { program: programName })}</h3>
        <p className="text-sm">{t("body")}</p>
      </div>
    </div>
  );
}
