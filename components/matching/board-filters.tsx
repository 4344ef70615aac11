"use client";

import { inputClassName } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils/cn";
import { hasBoardFilters, NO_FILTERS, zoneLabel, type BoardFilters } from "./profiles";

type Facets = { topics: string[]; languages: string[]; timeZones: string[] };

const FIELDS = [
  { key: "topic", label: "Topic", all: "All topics", facet: "topics" },
  { key: "language", label: "Language", all: "All languages", facet: "languages" },
  { key: "timeZone", label: "Time zone", all: "All time zones", facet: "timeZones" },
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
  return (
    <div
      role="search"
      aria-label="Filter the board"
      className="grid grid-cols-1 gap-3 rounded-lg border border-border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {FIELDS.map(({ key, label, all, facet }) => {
        const current = filters[key];
        const values = facets[facet];
        const options = current && !values.includes(current) ? [current, ...values] : values;
        return (
          <div key={key} className="grid min-w-0 gap-1.5">
            <Label htmlFor={`board-${key}`}>{label}</Label>
            <select
              id={`board-${key}`}
              value={current}
              onChange={(e) => onChange({ ...filters, [key]: e.target.value })}
              className={cn(inputClassName, "h-10")}
              disabled={options.length === 0}
            >
              <option value="">{all}</option>
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
          Clear filters
        </Button>
      </div>
    </div>
  );
}
