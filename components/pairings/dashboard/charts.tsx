import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { FunnelDto, WeekPointDto } from "@/lib/pairings/dashboard-dto";
import { cn } from "@/lib/utils/cn";
import { formatDate } from "@/lib/time";
import { oneDecimal } from "./numbers";

// Weeks are UTC Mondays ("2026-03-02"): labelled in UTC so a week never shifts to its Sunday.
const weekLabel = (week: string, locale: string) => formatDate(week, "UTC", { month: "short", day: "numeric" }, locale);

function Panel({ title, summary, children }: { title: string; summary: string; children: ReactNode }) {
  return (
    <figure className="flex flex-col gap-3 rounded-lg border border-border bg-card p-4">
      <figcaption>
        <span className="block font-medium">{title}</span>
        <span className="block text-sm text-muted-foreground">{summary}</span>
      </figcaption>
      {children}
    </figure>
  );
}

/** Check-ins per week as bars; the numbers are in the caption and the table below. */
function CheckInsChart({ weeks }: { weeks: WeekPointDto[] }) {
  const t = useTranslations("pairings.dashboard.charts");
  const locale = useLocale();
  const max = Math.max(1, ...weeks.map((w) => w.checkIns));
  const sum = weeks.reduce((a, w) => a + w.checkIns, 0);
  const busiest = weeks.reduce((a, w) => (w.checkIns > a.checkIns ? w : a), weeks[0]!);
  const summary = sum
    ? t("checkInsSummary", {
        sum,
        weeks: weeks.length,
        week: weekLabel(busiest.week, locale),
        count: busiest.checkIns,
      })
    : t("checkInsNone", { weeks: weeks.length });
  return (
    <Panel title={t("checkInsTitle")} summary={summary}>
      <div aria-hidden className="flex h-36 items-end gap-1 border-b border-border">
        {weeks.map((w) => (
          <div key={w.week} className="flex h-full flex-1 flex-col justify-end text-center">
            {w.checkIns ? <span className="text-[10px] tabular-nums text-muted-foreground">{w.checkIns}</span> : null}
            <div className="rounded-t bg-primary" style={{ height: `${(w.checkIns / max) * 85}%` }} />
          </div>
        ))}
      </div>
      <WeekAxis weeks={weeks} />
    </Panel>
  );
}

function WeekAxis({ weeks }: { weeks: WeekPointDto[] }) {
  const locale = useLocale();
  // Three dates are enough to read the axis by; the table below has every week.
  const marks = [weeks[0], weeks[Math.floor((weeks.length - 1) / 2)], weeks.at(-1)].filter(Boolean);
  return (
    <div aria-hidden className="-mt-2 flex justify-between text-xs text-muted-foreground">
      {marks.map((w) => (
        <span key={w!.week}>{weekLabel(w!.week, locale)}</span>
      ))}
    </div>
  );
}

/** The weekly average of the check-ins' "how is it going" (1–5) as a line; weeks without check-ins leave a gap. */
function RatingsChart({ weeks }: { weeks: WeekPointDto[] }) {
  const t = useTranslations("pairings.dashboard.charts");
  const locale = useLocale();
  const rated = weeks.map((w, i) => ({ ...w, i })).filter((w) => w.averageRating !== null);
  const x = (i: number) => ((i + 0.5) / weeks.length) * 100;
  const y = (r: number) => 100 - ((r - 1) / 4) * 100;
  const last = rated.at(-1);
  const summary = last
    ? t("ratingsSummary", { average: oneDecimal(last.averageRating!, locale), week: weekLabel(last.week, locale) })
    : t("ratingsNone");
  return (
    <Panel title={t("ratingsTitle")} summary={summary}>
      <div aria-hidden className="grid grid-cols-[1.25rem_1fr] gap-1">
        <div className="flex h-36 flex-col justify-between text-[10px] text-muted-foreground">
          {[5, 4, 3, 2, 1].map((n) => (
            <span key={n} className="leading-none">
              {n}
            </span>
          ))}
        </div>
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="h-36 w-full overflow-visible">
          {[1, 2, 3, 4, 5].map((n) => (
            <line
              key={n}
              x1="0"
              x2="100"
              y1={y(n)}
              y2={y(n)}
              className="stroke-border"
              vectorEffect="non-scaling-stroke"
            />
          ))}
          <polyline
            points={rated.map((w) => `${x(w.i)},${y(w.averageRating!)}`).join(" ")}
            fill="none"
            className="stroke-primary"
            strokeWidth="2"
            vectorEffect="non-scaling-stroke"
          />
          {rated.map((w) => (
            <line
              key={w.week}
              x1={x(w.i)}
              x2={x(w.i)}
              y1={y(w.averageRating!)}
              y2={y(w.averageRating!)}
              className="stroke-primary"
              strokeWidth="8"
              strokeLinecap="round"
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </svg>
      </div>
      <div className="ps-6">
        <WeekAxis weeks={weeks} />
      </div>
    </Panel>
  );
}

/** Where the program's pairs are: active, completed, ended early, as one stacked bar with a legend in words. */
function CompletionChart({ funnel }: { funnel: FunnelDto }) {
  const t = useTranslations("pairings.dashboard.charts");
  const parts = [
    { label: t("active"), value: funnel.active, tone: "bg-primary" },
    { label: t("completed"), value: funnel.completed, tone: "bg-success" },
    { label: t("endedEarly"), value: funnel.endedEarly, tone: "bg-muted-foreground" },
  ];
  const all = parts.reduce((a, p) => a + p.value, 0);
  const finished = funnel.completed + funnel.endedEarly;
  const pct = (n: number) => (all ? Math.round((n / all) * 100) : 0);
  const summary = finished
    ? t("completionSummary", { percent: Math.round((funnel.completed / finished) * 100) })
    : t("completionNone");
  return (
    <Panel title={t("completionTitle")} summary={summary}>
      <div aria-hidden className="flex h-6 overflow-hidden rounded bg-muted">
        {parts.map((p) => (
          <div key={p.label} className={p.tone} style={{ width: `${pct(p.value)}%` }} />
        ))}
      </div>
      <ul className="space-y-1 text-sm">
        {parts.map((p) => (
          <li key={p.label} className="flex items-center gap-2">
            <span aria-hidden className={cn("size-3 rounded-sm", p.tone)} />
            <span className="flex-1">{p.label}</span>
            <span className="tabular-nums">{t("share", { value: p.value, percent: pct(p.value) })}</span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

/** The dashboard's charts, each with its figures in words, and the weekly numbers as a table for everyone. */
export function Charts({ weeks, funnel }: { weeks: WeekPointDto[]; funnel: FunnelDto }) {
  const t = useTranslations("pairings.dashboard.charts");
  const locale = useLocale();
  return (
    <div className="space-y-3">
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <CheckInsChart weeks={weeks} />
        <RatingsChart weeks={weeks} />
        <CompletionChart funnel={funnel} />
      </div>
      <details className="rounded-lg border border-border bg-card p-3 text-sm">
        <summary className="cursor-pointer font-medium">{t("tableToggle")}</summary>
        <table className="mt-3 w-full max-w-md">
          <thead className="text-muted-foreground">
            <tr className="border-b border-border">
              <th scope="col" className="py-1 text-start font-medium">
                {t("weekOf")}
              </th>
              <th scope="col" className="py-1 text-end font-medium">
                {t("checkIns")}
              </th>
              <th scope="col" className="py-1 text-end font-medium">
                {t("averageRating")}
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week} className="border-b border-border last:border-0">
                <th scope="row" className="py-1 text-start font-normal">
                  {weekLabel(w.week, locale)}
                </th>
                <td className="py-1 text-end tabular-nums">{w.checkIns}</td>
                <td className="py-1 text-end tabular-nums">
                  {w.averageRating === null ? "—" : oneDecimal(w.averageRating, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
