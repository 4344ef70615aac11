import { useTranslations } from "next-intl";
import type { ProgramDashboardDto } from "@/lib/pairings/dashboard-dto";

/**
 * How far the active pairs have come: how many have done 0, 1, … of the program's steps, counted in SQL over every
 * pair (the list below shows a page of them). The numbers are the text; the bars only draw them.
 */
export function StepsDone({ stepsDone }: { stepsDone: ProgramDashboardDto["stepsDone"] }) {
  const t = useTranslations("pairings.dashboard.stepsDone");
  const counts = new Map(stepsDone.pairs.map((p) => [p.done, p.pairs]));
  const rows = Array.from({ length: stepsDone.steps + 1 }, (_, done) => ({ done, pairs: counts.get(done) ?? 0 }));
  const max = Math.max(1, ...rows.map((r) => r.pairs));
  const any = rows.some((r) => r.pairs > 0);
  return (
    <div className="space-y-2">
      <h4 className="text-sm font-medium">{t("title")}</h4>
      {!any || stepsDone.steps === 0 ? (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <ol className="space-y-1.5" aria-label={t("title")}>
          {rows.map((row) => (
            <li key={row.done} className="grid grid-cols-[11rem_1fr] items-center gap-3 text-sm">
              <span className="flex justify-between gap-2 whitespace-nowrap">
                <span>{t("row", { done: row.done, steps: stepsDone.steps })}</span>
                <span className="font-semibold tabular-nums">{t("pairs", { count: row.pairs })}</span>
              </span>
              <span aria-hidden className="h-4 rounded bg-muted">
                <span className="block h-full rounded bg-primary" style={{ width: `${(row.pairs / max) * 100}%` }} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
