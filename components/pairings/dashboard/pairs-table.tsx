import type { ReactNode } from "react";
import { CircleAlert } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { DashboardPairDto } from "@/lib/pairings/dashboard-dto";
import { dueLabel } from "@/lib/pairings/due";
import { Badge } from "@/components/ui/badge";
import { PairingStateBadge } from "../pairing-state-badge";
import { ProgressBar } from "../progress-bar";
import { SortHeader } from "./sort-header";
import { oneDecimal } from "./numbers";

type Sort = "lastActivity" | "progress" | "started" | "rating" | "mentor" | "mentee";

type Props = {
  pairs: DashboardPairDto[];
  sort: Sort;
  dir: "asc" | "desc";
  /** The URL that sorts by a column (flipping the direction when it already sorts by it). */
  sortHref: (sort: Sort) => string;
  formatDate: (iso: string) => string;
  /** The reader's, for due dates (decision 015). */
  timeZone: string;
  /** The admin's buttons for an active pair. */
  actions: (pair: DashboardPairDto) => ReactNode;
};

function Stalled() {
  const t = useTranslations("pairings.dashboard.table");
  return (
    <Badge variant="outline" className="border-transparent bg-warning text-warning-foreground">
      <CircleAlert aria-hidden />
      {t("stalled")}
    </Badge>
  );
}

function Rating({ value }: { value: number | null }) {
  const t = useTranslations("pairings.dashboard.table");
  const locale = useLocale();
  return value === null ? (
    <>
      <span aria-hidden>—</span>
      <span className="sr-only">{t("noRatings")}</span>
    </>
  ) : (
    t("rating", { rating: oneDecimal(value, locale) })
  );
}

/**
 * When the current step is due, in the admin's zone: the day, and the time too where the mentor's or the mentee's
 * day differs from the admin's. Before the program starts, that the steps wait for it.
 */
function Due({ pair, timeZone }: { pair: DashboardPairDto; timeZone: string }) {
  const t = useTranslations("pairings.dashboard.table");
  const locale = useLocale();
  if (!pair.clockStartedAt) return <span className="text-xs text-muted-foreground">{t("stepsLater")}</span>;
  if (!pair.currentStepDueAt) return null;
  const others = [{ timeZone: pair.timeZones.mentor }, { timeZone: pair.timeZones.mentee }];
  const label = dueLabel(pair.currentStepDueAt, timeZone, others, locale, {
    yourTime: (date) => t("yourTime", { date }),
    forName: (date, name) => t("forName", { date, name }),
  });
  const at = pair.currentStepDueAt;
  return (
    <span className="text-xs text-muted-foreground">
      {t.rich("due", { date: label.text, time: (chunks) => <time dateTime={at}>{chunks}</time> })}
    </span>
  );
}

function Progress({ pair }: { pair: DashboardPairDto }) {
  const t = useTranslations("pairings.dashboard.table");
  const text = t("progress", { done: pair.done, total: pair.total });
  return (
    <div className="min-w-28 space-y-1">
      <p className="text-xs">{t("percent", { progress: text, percent: pair.percent })}</p>
      <ProgressBar
        percent={pair.percent}
        label={t("pair", { mentor: pair.mentor, mentee: pair.mentee })}
        valueText={text}
      />
    </div>
  );
}

/**
 * Every pair at a glance, with states, dates and ratings only (never what the pair wrote): a sortable table on wide
 * screens, cards on phones.
 */
export function PairsTable({ pairs, sort, dir, sortHref, formatDate, timeZone, actions }: Props) {
  const t = useTranslations("pairings.dashboard.table");
  const header = (key: Sort, label: string) => (
    <SortHeader label={label} active={sort === key} dir={dir} href={sortHref(key)} />
  );
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-border bg-card md:block">
        <table className="w-full text-sm">
          <caption className="sr-only">{t("caption", { sort })}</caption>
          <thead className="border-b border-border bg-muted/50 text-muted-foreground">
            <tr>
              {header("mentor", t("mentor"))}
              {header("mentee", t("mentee"))}
              <th scope="col" className="px-3 py-2 text-start font-medium">
                {t("currentStep")}
              </th>
              {header("progress", t("progressColumn"))}
              {header("lastActivity", t("lastActivity"))}
              {header("rating", t("averageRating"))}
              <th scope="col" className="px-3 py-2 text-start font-medium">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {pairs.map((pair) => (
              <tr key={pair.id} className={pair.stalled ? "bg-warning/5" : undefined}>
                <th scope="row" className="px-3 py-3 text-start font-medium">
                  {pair.mentor}
                </th>
                <td className="px-3 py-3">{pair.mentee}</td>
                <td className="px-3 py-3">
                  <div className="flex flex-col items-start gap-1">
                    {pair.state === "ACTIVE" ? (
                      <>
                        <span>{pair.currentStep ?? t("allDone")}</span>
                        <Due pair={pair} timeZone={timeZone} />
                      </>
                    ) : (
                      <PairingStateBadge state={pair.state} />
                    )}
                    {pair.stalled ? <Stalled /> : null}
                  </div>
                </td>
                <td className="px-3 py-3">
                  <Progress pair={pair} />
                </td>
                <td className="px-3 py-3 whitespace-nowrap">{formatDate(pair.lastActivityAt)}</td>
                <td className="px-3 py-3 whitespace-nowrap">
                  <Rating value={pair.averageRating} />
                </td>
                <td className="px-3 py-3">{pair.state === "ACTIVE" ? actions(pair) : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-3 md:hidden" aria-label={t("pairs")}>
        {pairs.map((pair) => (
          <li key={pair.id} className="space-y-3 rounded-lg border border-border bg-card p-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h4 className="font-semibold">
                {t.rich("mentors", {
                  mentor: pair.mentor,
                  mentee: pair.mentee,
                  muted: (chunks) => <span className="font-normal text-muted-foreground">{chunks}</span>,
                })}
              </h4>
              {pair.state === "ACTIVE" ? null : <PairingStateBadge state={pair.state} />}
              {pair.stalled ? <Stalled /> : null}
            </div>
            <Progress pair={pair} />
            <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
              {pair.state === "ACTIVE" ? (
                <div className="col-span-2">
                  <dt className="inline text-muted-foreground">{t("currentStepLabel")}</dt>
                  <dd className="inline">
                    {pair.currentStep ?? t("allDone")}
                    <span className="block">
                      <Due pair={pair} timeZone={timeZone} />
                    </span>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt className="text-muted-foreground">{t("lastActivity")}</dt>
                <dd>{formatDate(pair.lastActivityAt)}</dd>
              </div>
              <div>
                <dt className="text-muted-foreground">{t("averageRating")}</dt>
                <dd>
                  <Rating value={pair.averageRating} />
                </dd>
              </div>
            </dl>
            {pair.state === "ACTIVE" ? actions(pair) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
