import type { LucideIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { CircleAlert, CircleCheck, CircleSlash, Play, Star, ThumbsUp } from "lucide-react";
import type { ProgramDashboardDto } from "@/lib/pairings/dashboard-dto";
import { cn } from "@/lib/utils/cn";
import { npsText, oneDecimal } from "./numbers";

type Tile = { label: string; value: string; icon: LucideIcon; hint?: string; warn?: boolean };

/** The figures an admin looks for first: pairs by state, how many need help, and what people thought. */
export function StatTiles({ dashboard }: { dashboard: ProgramDashboardDto }) {
  const t = useTranslations("pairings.dashboard.tiles");
  const locale = useLocale();
  const { funnel, feedback, stalledCount } = dashboard;
  const tiles: Tile[] = [
    { label: t("activePairs"), value: String(funnel.active), icon: Play },
    {
      label: t("stalled"),
      value: String(stalledCount),
      icon: CircleAlert,
      hint: t("stalledHint"),
      warn: stalledCount > 0,
    },
    { label: t("completed"), value: String(funnel.completed), icon: CircleCheck },
    { label: t("endedEarly"), value: String(funnel.endedEarly), icon: CircleSlash },
    {
      label: t("averageRating"),
      value: feedback.averageRating === null ? "—" : t("outOf5", { value: oneDecimal(feedback.averageRating, locale) }),
      icon: Star,
      hint: feedback.count ? t("fromResponses", { count: feedback.count }) : t("noFeedback"),
    },
    { label: t("nps"), value: npsText(feedback.nps), icon: ThumbsUp, hint: t("npsHint") },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {tiles.map((tile) => (
        <div
          key={tile.label}
          className={cn(
            "flex flex-col gap-1 rounded-lg border bg-card p-3 shadow-sm",
            tile.warn ? "border-warning" : "border-border",
          )}
        >
          <dt className="flex items-center gap-1.5 text-sm text-muted-foreground">
            <tile.icon aria-hidden className={cn("size-4", tile.warn ? "text-warning" : "")} />
            {tile.label}
          </dt>
          <dd className="text-2xl font-semibold tabular-nums">{tile.value}</dd>
          {tile.hint ? <dd className="text-xs text-muted-foreground">{tile.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
