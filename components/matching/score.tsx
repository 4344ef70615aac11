import { useTranslations } from "next-intl";
import { Check, TriangleAlert } from "lucide-react";
import { isDrawback, type Reason } from "@/lib/matching/reasons";
import { cn } from "@/lib/utils/cn";
import { scoreLevel } from "./profiles";
import { useReasonText } from "./words";

/** A score out of 100 as a number, a bar and words ("Strong match"), so no one reads colour alone. */
export function Score({ score, className }: { score: number; className?: string }) {
  const t = useTranslations("matching.score");
  const rounded = Math.round(score);
  const words = t("words", { level: scoreLevel(score) });
  return (
    <div className={cn("flex min-w-24 flex-col items-end gap-1", className)}>
      <p className="text-sm">
        <span className="text-lg font-semibold tabular-nums">{rounded}</span>
        <span className="text-muted-foreground">/100</span>
        <span className="sr-only">, {words}</span>
      </p>
      <div aria-hidden className="h-1.5 w-24 overflow-hidden rounded-full bg-muted">
        <div className="h-full rounded-full bg-primary" style={{ width: `${Math.max(2, Math.min(100, score))}%` }} />
      </div>
      <p aria-hidden className="text-xs text-muted-foreground">
        {words}
      </p>
    </div>
  );
}

/**
 * Why a pair scores as it does, in the reader's words: what speaks for it (a tick, in green) and what speaks against
 * it (a warning sign, in amber, in a list of its own that screen readers name), or an honest line when nothing does.
 */
export function Reasons({ reasons, className }: { reasons: Reason[]; className?: string }) {
  const t = useTranslations("matching.score");
  const say = useReasonText();
  const against = reasons.filter(isDrawback);
  const good = reasons.filter((r) => !isDrawback(r));
  return (
    <div className={cn("space-y-1 text-sm", className)}>
      {good.length ? (
        <ul aria-label={t("why")} className="flex flex-wrap gap-x-4 gap-y-1">
          {good.map((reason) => {
            const text = say(reason);
            return (
              <li key={text} className="inline-flex items-start gap-1">
                <Check aria-hidden className="mt-0.5 size-3.5 shrink-0 text-success" />
                {text}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-muted-foreground">{t("nothingStandsOut")}</p>
      )}
      {against.length ? (
        <ul aria-label={t("against")} className="flex flex-wrap gap-x-4 gap-y-1 text-warning">
          {against.map((reason) => {
            const text = say(reason);
            return (
              <li key={text} className="inline-flex items-start gap-1">
                <TriangleAlert aria-hidden className="mt-0.5 size-3.5 shrink-0" />
                <span className="sr-only">{t("againstOne")}</span>
                {text}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
