import type { ReactNode } from "react";
import { CircleAlert } from "lucide-react";
import type { DashboardPairDto } from "@/lib/pairings/dashboard-dto";
import { dueLabel } from "@/lib/pairings/due";
import { Badge } from "@/components/ui/badge";
import { PairingStateBadge } from "../pairing-state-badge";
import { ProgressBar } from "../progress-bar";
import { SortHeader } from "./sort-header";

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
  return (
    <Badge variant="outline" className="border-transparent bg-warning text-warning-foreground">
      <CircleAlert aria-hidden />
      Stalled
    </Badge>
  );
}

const rating = (r: number | null) =>
  r === null ? (
    <>
      <span aria-hidden>—</span>
      <span className="sr-only">No ratings yet</span>
    </>
  ) : (
    `${r.toFixed(1)} / 5`
  );

/**
 * When the current step is due, in the admin's zone: the day, and the time too where the mentor's or the mentee's
 * day differs from the admin's. Before the program starts, that the steps wait for it.
 */
function Due({ pair, timeZone }: { pair: DashboardPairDto; timeZone: string }) {
  if (!pair.clockStartedAt) return <span className="text-xs text-muted-foreground">Steps start with the program</span>;
  if (!pair.currentStepDueAt) return null;
  const label = dueLabel(pair.currentStepDueAt, timeZone, [
    { timeZone: pair.timeZones.mentor },
    { timeZone: pair.timeZones.mentee },
  ]);
  return (
    <span className="text-xs text-muted-foreground">
      Due <time dateTime={pair.currentStepDueAt}>{label.text}</time>
    </span>
  );
}

function Progress({ pair }: { pair: DashboardPairDto }) {
  const text = `${pair.done} of ${pair.total} steps done`;
  return (
    <div className="min-w-28 space-y-1">
      <p className="text-xs">
        {text} ({pair.percent}%)
      </p>
      <ProgressBar percent={pair.percent} label={`${pair.mentor} and ${pair.mentee}`} valueText={text} />
    </div>
  );
}

/**
 * Every pair at a glance, with states, dates and ratings only (never what the pair wrote): a sortable table on wide
 * screens, cards on phones.
 */
export function PairsTable({ pairs, sort, dir, sortHref, formatDate, timeZone, actions }: Props) {
  const header = (key: Sort, label: string) => (
    <SortHeader label={label} active={sort === key} dir={dir} href={sortHref(key)} />
  );
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-border bg-card md:block">
        <table className="w-full text-sm">
          <caption className="sr-only">Pairs, sorted by {SORT_LABELS[sort]}</caption>
          <thead className="border-b border-border bg-muted/50 text-muted-foreground">
            <tr>
              {header("mentor", "Mentor")}
              {header("mentee", "Mentee")}
              <th scope="col" className="px-3 py-2 text-start font-medium">
                Current step
              </th>
              {header("progress", "Progress")}
              {header("lastActivity", "Last activity")}
              {header("rating", "Avg. rating")}
              <th scope="col" className="px-3 py-2 text-start font-medium">
                <span className="sr-only">Actions</span>
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
                        <span>{pair.currentStep ?? "All steps done"}</span>
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
                <td className="px-3 py-3 whitespace-nowrap">{rating(pair.averageRating)}</td>
                <td className="px-3 py-3">{pair.state === "ACTIVE" ? actions(pair) : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-3 md:hidden" aria-label="Pairs">
        {pairs.map((pair) => (
          <li key={pair.id} className="space-y-3 rounded-lg border border-border bg-card p-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h4 className="font-semibold">
                {pair.mentor} <span className="font-normal text-muted-foreground">mentors</span> {pair.mentee}
              </h4>
              {pair.state === "ACTIVE" ? null : <PairingStateBadge state={pair.state} />}
              {pair.stalled ? <Stalled /> : null}
            </div>
            <Progress pair={pair} />
            <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
              {pair.state === "ACTIVE" ? (
                <div className="col-span-2">
                  <dt className="inline text-muted-foreground">Current step: </dt>
                  <dd className="inline">
                    {pair.currentStep ?? "All steps done"}
                    <span className="block">
                      <Due pair={pair} timeZone={timeZone} />
                    </span>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt className="text-muted-foreground">Last activity</dt>
                <dd>{formatDate(pair.lastActivityAt)}</dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Avg. rating</dt>
                <dd>{rating(pair.averageRating)}</dd>
              </div>
            </dl>
            {pair.state === "ACTIVE" ? actions(pair) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

const SORT_LABELS: Record<Sort, string> = {
  lastActivity: "last activity",
  progress: "progress",
  started: "start date",
  rating: "average rating",
  mentor: "mentor",
  mentee: "mentee",
};
