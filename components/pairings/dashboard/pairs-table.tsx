import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { SortHeader } from "./sort-header";

type Sort = "lastActivity" | "progress" | "started" | "rating" | "mentor" | "mentee";

type Props = {
  sort: Sort;
  dir: "asc" | "desc";
  /** The URL that sorts by a column (flipping the direction when it already sorts by it). */
  sortHref: (sort: Sort) => string;
  /** The rows (`PairRows`: states, dates and ratings only, never what the pair wrote), each rendered once. */
  children: ReactNode;
};

/**
 * Every pair at a glance in one table (issue 18: each pair used to be rendered twice, a table row for wide screens
 * and a card for phones). On wide screens a sortable table; on phones its rows lay out as cards.
 */
export function PairsTable({ sort, dir, sortHref, children }: Props) {
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
        {children}
      </table>
    </div>
  );
}
