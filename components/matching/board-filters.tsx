"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Search } from "lucide-react";
import { Input, inputClassName } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils/cn";
import { zoneLabel } from "./profiles";

type Facets = { topics: string[]; languages: string[]; timeZones: string[] };
/** The filters (both sides) and the mentees' name search, as the address holds them. */
export type FilterValues = { topic: string; language: string; timeZone: string; q: string };
const NONE: FilterValues = { topic: "", language: "", timeZone: "", q: "" };

const FIELDS = [
  { key: "topic", label: "topic", all: "allTopics", facet: "topics" },
  { key: "language", label: "language", all: "allLanguages", facet: "languages" },
  { key: "timeZone", label: "timeZone", all: "allTimeZones", facet: "timeZones" },
] as const;

/**
 * The board's filters: they narrow both sides at once, and the name search finds a mentee on any page. They live
 * in the address (the server filters), so a view can be shared and the back button undoes a change.
 */
export function BoardFiltersBar({
  filters,
  facets,
  onChange,
}: {
  filters: FilterValues;
  facets: Facets;
  onChange: (filters: FilterValues) => void;
}) {
  const t = useTranslations("matching.filters");
  const [q, setQ] = useState(filters.q);
  const any = Boolean(filters.topic || filters.language || filters.timeZone || filters.q);
  return (
    <div
      role="search"
      aria-label={t("region")}
      className="grid grid-cols-1 gap-3 rounded-lg border border-border bg-card p-4 sm:grid-cols-2 lg:grid-cols-5"
    >
      <form
        className="grid min-w-0 gap-1.5"
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ ...filters, q: q.trim() });
        }}
      >
        <Label htmlFor="board-q">{t("search")}</Label>
        <div className="flex gap-1">
          <Input id="board-q" type="search" value={q} maxLength={100} onChange={(e) => setQ(e.target.value)} />
          <Button type="submit" variant="outline" size="icon" aria-label={t("searchButton")}>
            <Search aria-hidden />
          </Button>
        </div>
      </form>
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
        <Button type="button" variant="outline" className="w-full" disabled={!any} onClick={() => onChange(NONE)}>
          {t("clear")}
        </Button>
      </div>
    </div>
  );
}
