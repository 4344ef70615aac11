import type { LucideIcon } from "lucide-react";
import { CircleAlert, CircleCheck, CircleSlash, Play, Star, ThumbsUp } from "lucide-react";
import type { ProgramDashboardDto } from "@/lib/pairings/dashboard-dto";
import { cn } from "@/lib/utils/cn";
import { plural } from "../labels";

type Tile = { label: string; value: string; icon: LucideIcon; hint?: string; warn?: boolean };

/** The figures an admin looks for first: pairs by state, how many need help, and what people thought. */
export function StatTiles({ dashboard }: { dashboard: ProgramDashboardDto }) {
  const { funnel, feedback, stalledCount } = dashboard;
  const tiles: Tile[] = [
    { label: "Active pairs", value: String(funnel.active), icon: Play },
    {
      label: "Stalled",
      value: String(stalledCount),
      icon: CircleAlert,
      hint: "No check-in or message for 14 days",
      warn: stalledCount > 0,
    },
    { label: "Completed", value: String(funnel.completed), icon: CircleCheck },
    { label: "Ended early", value: String(funnel.endedEarly), icon: CircleSlash },
    {
      label: "Average rating",
      value: feedback.averageRating === null ? "—" : `${feedback.averageRating.toFixed(1)} / 5`,
      icon: Star,
      hint: feedback.count ? `From ${plural(feedback.count, "response")}` : "No feedback yet",
    },
    {
      label: "NPS",
      value: feedback.nps === null ? "—" : feedback.nps > 0 ? `+${feedback.nps}` : String(feedback.nps),
      icon: ThumbsUp,
      hint: "Net Promoter Score, −100 to +100",
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {tiles.map((t) => (
        <div
          key={t.label}
          className={cn(
            "flex flex-col gap-1 rounded-lg border bg-card p-3 shadow-sm",
            t.warn ? "border-warning" : "border-border",
          )}
        >
          <dt className="flex items-center gap-1.5 text-sm text-muted-foreground">
            <t.icon aria-hidden className={cn("size-4", t.warn ? "text-warning" : "")} />
            {t.label}
          </dt>
          <dd className="text-2xl font-semibold tabular-nums">{t.value}</dd>
          {t.hint ? <dd className="text-xs text-muted-foreground">{t.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
