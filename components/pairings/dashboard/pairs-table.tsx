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

/** A cell's name on phones, where the row is a card and the column headers are not shown. */
function PhoneLabel({ children }: { children: ReactNode }) {
  return <span className="block text-xs font-normal text-muted-foreground md:hidden">{children}</span>;
}

const cell = "md:px-3 md:py-3";

/**
 * Every pair at a glance, with states, dates and ratings only (never what the pair wrote): one table, each pair
 * rendered once (issue 18: half the page's bytes were a second copy of every row). On wide screens a sortable
 * table; on phones the same rows lay out as cards, each cell with its column's name.
 */
export function PairsTable({ pairs, sort, dir, sortHref, formatDate, timeZone, actions }: Props) {
  const t = useTranslations("pairings.dashboard.table");
  const header = (key: Sort, label: string) => (
    <SortHeader label={label} active={sort === key} dir={dir} href={sortHref(key)} />
  );
  return (
    <div className="md:overflow-x-auto md:rounded-lg md:border md:border-border md:bg-card">
      <table className="block w-full text-sm md:table">
        <caption className="sr-only">{t("caption", { sort })}</caption>
        <thead className="hidden border-b border-border bg-muted/50 text-muted-foreground md:table-header-group">
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
        <tbody className="block space-y-3 md:table-row-group md:space-y-0 md:divide-y md:divide-border">
          {pairs.map((pair) => (
            <tr
              key={pair.id}
              className={`grid grid-cols-2 gap-x-3 gap-y-3 rounded-lg border border-border p-4 md:table-row md:rounded-none md:border-0 md:p-0 ${pair.stalled ? "bg-warning/5" : "bg-card md:bg-transparent"}`}
            >
              <th scope="row" className={`text-start font-semibold md:font-medium ${cell}`}>
                <PhoneLabel>{t("mentor")}</PhoneLabel>
                {pair.mentor}
              </th>
              <td className={cell}>
                <PhoneLabel>{t("mentee")}</PhoneLabel>
                {pair.mentee}
              </td>
              <td className={`col-span-2 ${cell}`}>
                <div className="flex flex-col items-start gap-1">
                  {pair.state === "ACTIVE" ? (
                    <>
                      <PhoneLabel>{t("currentStep")}</PhoneLabel>
                      <span>{pair.currentStep ?? t("allDone")}</span>
                      <Due pair={pair} timeZone={timeZone} />
                    </>
                  ) : (
                    <PairingStateBadge state={pair.state} />
                  )}
                  {pair.stalled ? <Stalled /> : null}
                </div>
              </td>
              <td className={`col-span-2 ${cell}`}>
                <Progress pair={pair} />
              </td>
              <td className={`md:whitespace-nowrap ${cell}`}>
                <PhoneLabel>{t("lastActivity")}</PhoneLabel>
                {formatDate(pair.lastActivityAt)}
              </td>
              <td className={`md:whitespace-nowrap ${cell}`}>
                <PhoneLabel>{t("averageRating")}</PhoneLabel>
                <Rating value={pair.averageRating} />
              </td>
              <td className={`col-span-2 empty:hidden ${cell}`}>{pair.state === "ACTIVE" ? actions(pair) : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
