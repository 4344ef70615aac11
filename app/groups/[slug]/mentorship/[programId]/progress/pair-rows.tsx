"use client";

import type { ReactNode } from "react";
import { CircleAlert } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { PairingStateBadge } from "@/components/pairings/pairing-state-badge";
import { ProgressBar } from "@/components/pairings/progress-bar";
import { oneDecimal } from "@/components/pairings/dashboard/numbers";
import type { PairRowView } from "@/components/pairings/dashboard/row-view";
import { PairActions } from "./pair-actions";

/**
 * The rows' styles, said once on the table body rather than on every cell (issue 18: the page's bytes): a cell's
 * padding on wide screens, and on phones, where a row is a card and the column headers are not shown, a cell's
 * name from its `data-label` as generated content (not part of the cell's text on wide screens).
 */
const BODY = [
  "block space-y-3 md:table-row-group md:space-y-0 md:divide-y md:divide-border md:*:*:px-3 md:*:*:py-3",
  "[&_[data-label]]:before:block [&_[data-label]]:before:text-xs [&_[data-label]]:before:font-normal",
  "[&_[data-label]]:before:text-muted-foreground [&_[data-label]]:before:content-[attr(data-label)]",
  "md:[&_[data-label]]:before:hidden",
].join(" ");

function Row({ pair, actions }: { pair: PairRowView; actions: ReactNode }) {
  const t = useTranslations("pairings.dashboard.table");
  const locale = useLocale();
  const progress = t("progress", { done: pair.done, total: pair.total });
  const names = t("pair", { mentor: pair.mentor, mentee: pair.mentee });
  const due = pair.due;
  return (
    <tr
      className={`grid grid-cols-2 gap-3 rounded-lg border border-border p-4 md:table-row md:rounded-none md:border-0 md:p-0 ${pair.stalled ? "bg-warning/5" : "bg-card md:bg-transparent"}`}
    >
      <th scope="row" data-label={t("mentor")} className="text-start font-semibold md:font-medium">
        {pair.mentor}
      </th>
      <td data-label={t("mentee")}>{pair.mentee}</td>
      <td data-label={pair.state === "ACTIVE" ? t("currentStep") : undefined} className="col-span-2">
        <div className="flex flex-col items-start gap-1">
          {pair.state === "ACTIVE" ? (
            <>
              <span>{pair.step ?? t("allDone")}</span>
              {due === "later" ? (
                <span className="text-xs text-muted-foreground">{t("stepsLater")}</span>
              ) : due ? (
                <span className="text-xs text-muted-foreground">
                  {t.rich("due", { date: due.text, time: (chunks) => <time dateTime={due.at}>{chunks}</time> })}
                </span>
              ) : null}
            </>
          ) : (
            <PairingStateBadge state={pair.state} />
          )}
          {pair.stalled ? (
            <Badge variant="outline" className="border-transparent bg-warning text-warning-foreground">
              <CircleAlert aria-hidden />
              {t("stalled")}
            </Badge>
          ) : null}
        </div>
      </td>
      <td className="col-span-2">
        <div className="min-w-28 space-y-1">
          <p className="text-xs">{t("percent", { progress, percent: pair.percent })}</p>
          <ProgressBar percent={pair.percent} label={names} valueText={progress} />
        </div>
      </td>
      <td data-label={t("lastActivity")} className="md:whitespace-nowrap">
        {pair.activity}
      </td>
      <td data-label={t("averageRating")} className="md:whitespace-nowrap">
        {pair.rating === null ? (
          <>
            <span aria-hidden>—</span>
            <span className="sr-only">{t("noRatings")}</span>
          </>
        ) : (
          t("rating", { rating: oneDecimal(pair.rating, locale) })
        )}
      </td>
      <td className="col-span-2 empty:hidden">{pair.state === "ACTIVE" ? actions : null}</td>
    </tr>
  );
}

/**
 * The pairs' rows, each rendered once: table rows on wide screens, cards on phones (each cell with its column's
 * name), with an active pair's admin actions.
 */
export function PairRows({
  pairs,
  slug,
  programId,
  canComplete,
}: {
  pairs: PairRowView[];
  slug: string;
  programId: string;
  canComplete: boolean;
}) {
  const t = useTranslations("pairings.dashboard.table");
  return (
    <tbody className={BODY}>
      {pairs.map((pair) => (
        <Row
          key={pair.id}
          pair={pair}
          actions={
            <PairActions
              slug={slug}
              programId={programId}
              pairingId={pair.id}
              names={t("pair", { mentor: pair.mentor, mentee: pair.mentee })}
              canComplete={canComplete}
            />
          }
        />
      ))}
    </tbody>
  );
}
