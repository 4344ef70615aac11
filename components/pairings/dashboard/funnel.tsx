import { useTranslations } from "next-intl";
import type { FunnelDto } from "@/lib/pairings/dashboard-dto";
import type { ApplicationState } from "@/lib/programs/state-machine";
import { cn } from "@/lib/utils/cn";

const STATES: ApplicationState[] = ["PENDING", "APPROVED", "MATCHED", "WAITLISTED", "DECLINED", "WITHDRAWN"];

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, n) => a + n, 0);

/**
 * From mentee applications to outcomes: applied → approved → matched → active, completed or ended early, each bar
 * as wide as its share of the applications (the numbers are the text; the bars only draw them).
 */
export function Funnel({ funnel }: { funnel: FunnelDto }) {
  const t = useTranslations("pairings.dashboard.funnel");
  const applied = total(funnel.applications.MENTEE);
  const stages = [
    { label: t("applied"), value: applied, tone: "bg-primary/40" },
    { label: t("approved"), value: funnel.approvedMentees, tone: "bg-primary/60" },
    { label: t("matched"), value: funnel.matchedMentees, tone: "bg-primary/80" },
    { label: t("activeNow"), value: funnel.active, tone: "bg-primary" },
    { label: t("completed"), value: funnel.completed, tone: "bg-success" },
    { label: t("endedEarly"), value: funnel.endedEarly, tone: "bg-muted-foreground" },
  ];
  const max = Math.max(1, ...stages.map((s) => s.value));
  return (
    <div className="grid gap-6 lg:grid-cols-5">
      <ol className="space-y-2 lg:col-span-3" aria-label={t("label")}>
        {stages.map((stage, i) => (
          <li
            key={stage.label}
            className={cn("grid grid-cols-[8.5rem_1fr] items-center gap-3 text-sm", i > 3 && "ps-3")}
          >
            <span className="flex justify-between gap-2">
              <span>{stage.label}</span>
              <span className="font-semibold tabular-nums">{stage.value}</span>
            </span>
            <span aria-hidden className="h-5 rounded bg-muted">
              <span
                className={cn("block h-full rounded", stage.tone)}
                style={{ width: `${(stage.value / max) * 100}%` }}
              />
            </span>
          </li>
        ))}
      </ol>
      <table className="text-sm lg:col-span-2">
        <caption className="mb-2 text-start font-medium">{t("caption")}</caption>
        <thead className="text-muted-foreground">
          <tr className="border-b border-border">
            <th scope="col" className="py-1.5 pe-3 text-start font-medium">
              {t("state")}
            </th>
            <th scope="col" className="px-3 py-1.5 text-end font-medium">
              {t("mentees")}
            </th>
            <th scope="col" className="py-1.5 ps-3 text-end font-medium">
              {t("mentors")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {STATES.map((state) => (
            <tr key={state}>
              <th scope="row" className="py-1.5 pe-3 text-start font-normal">
                {t("applicationState", { state })}
              </th>
              <td className="px-3 py-1.5 text-end tabular-nums">{funnel.applications.MENTEE[state] ?? 0}</td>
              <td className="py-1.5 ps-3 text-end tabular-nums">{funnel.applications.MENTOR[state] ?? 0}</td>
            </tr>
          ))}
          <tr className="font-semibold">
            <th scope="row" className="py-1.5 pe-3 text-start">
              {t("all")}
            </th>
            <td className="px-3 py-1.5 text-end tabular-nums">{applied}</td>
            <td className="py-1.5 ps-3 text-end tabular-nums">{total(funnel.applications.MENTOR)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
