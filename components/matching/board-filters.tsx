"use client";

import { useTranslations } from "next-intl";
import { inputClassName } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils/cn";
import { hasBoardFilters, NO_FILTERS, zoneLabel, type BoardFilters } from "./profiles";

type Facets = { topics: string[]; languages: string[]; timeZones: string[] };

const FIELDS = [
  { key: "topic", label: "topic", all: "allTopics", facet: "topics" },
  { key: "language", label: "language", all: "allLanguages", facet: "languages" },
  { key: "timeZone", label: "timeZone", all: "allTimeZones", facet: "timeZones" },
] as const;

/** The board's filters: they narrow both sides at once and live in the address, so a view can be shared. */
export function BoardFiltersBar({
  filters,
  facets,
  onChange,
}: {
  filters: BoardFilters;
  facets: Facets;
  onChange: (filters: BoardFilters) => void;
}) {
  const t = useTranslations("matching.filters");
  return (
    <div
      role="search"
      aria-label={t("region")}
      className="grid grid-cols-1 gap-3 rounded-lg border border-border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {FIELDS.map(({ key, label, all, facet }) => {
        const current = filters[key];
        const values = facets[facet];
        const options = current && !values.includes(current) ? [current, ...values] : values;
        return (
          <div key={key} className="grid min-w-0 gap-1.5">
            <Label htmlFor={`board-${key}`}>{t(label)}</Label>
            <select
              id={`board-${key}`}
              value={current}
              onChange={(e) => onChange({ ...filters, [key]: e.target.value })}
              className={cn(inputClassName, "h-10")}
              disabled={options.length === 0}
            >
              <option value="">{t(all)}</option>
              {options.map((v) => (
                <option key={v} value={v}>
                  {key === "timeZone" ? zoneLabel(v) : v}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <div className="flex items-end">
        <Button
          type="button"
          variant="outline"
          className="w-full"
          disabled={!hasBoardFilters(filters)}
          onClick={() => onChange(NO_FILTERS)}
        >
          {t("clear")}
        </Button>
      </div>
    </div>
  );
}
