import Form from "next/form";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Search } from "lucide-react";
import { inputClassName } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils/cn";
import { zoneName } from "@/lib/time";
import { hasFilters, queueHref, type QueueQuery } from "./query";

type Facets = { topics: string[]; languages: string[]; timeZones: string[] };

function FacetSelect({
  name,
  label,
  all,
  values,
  current,
}: {
  name: "topic" | "language" | "timeZone";
  label: string;
  all: string;
  values: string[];
  current: string;
}) {
  // A value from a shared link that no application has any more still shows as chosen.
  const options = current && !values.includes(current) ? [current, ...values] : values;
  return (
    <div className="grid min-w-0 gap-1.5">
      <Label htmlFor={`filter-${name}`}>{label}</Label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={current}
        className={cn(inputClassName, "h-10")}
        disabled={options.length === 0}
      >
        <option value="">{all}</option>
        {options.map((v) => (
          <option key={v} value={v}>
            {name === "timeZone" ? zoneName(v) : v}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Filters and search as a GET form, so a view of the queue is a URL an admin can share. The role and state chosen
 * above travel along.
 */
export function QueueFilters({ base, query, facets }: { base: string; query: QueueQuery; facets: Facets }) {
  const t = useTranslations("applications.filters");
  return (
    // Keyed by the view, so the fields show the URL's values after each navigation (they are uncontrolled).
    <Form
      key={queueHref(base, query)}
      action={base}
      role="search"
      aria-label={t("label")}
      className="grid grid-cols-2 gap-3 rounded-lg border border-border bg-card p-4 lg:grid-cols-4"
    >
      {query.role !== "MENTEE" ? <input type="hidden" name="role" value={query.role} /> : null}
      {query.state !== "PENDING" ? <input type="hidden" name="state" value={query.state} /> : null}
      <div className="col-span-2 grid gap-1.5 lg:col-span-4">
        <Label htmlFor="filter-q">{t("search")}</Label>
        <div className="flex gap-2">
          <Input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={100}
            placeholder={t("searchPlaceholder")}
          />
          <Button type="submit" variant="outline">
            <Search aria-hidden />
            {t("searchButton")}
          </Button>
        </div>
      </div>
      <FacetSelect name="topic" label={t("topic")} all={t("allTopics")} values={facets.topics} current={query.topic} />
      <FacetSelect
        name="language"
        label={t("language")}
        all={t("allLanguages")}
        values={facets.languages}
        current={query.language}
      />
      <FacetSelect
        name="timeZone"
        label={t("timeZone")}
        all={t("allTimeZones")}
        values={facets.timeZones}
        current={query.timeZone}
      />
      <div className="flex items-end gap-2">
        <Button type="submit" className="flex-1">
          {t("apply")}
        </Button>
        {hasFilters(query) ? (
          <Button asChild variant="ghost">
            <Link href={queueHref(base, query, { topic: "", language: "", timeZone: "", q: "" })}>{t("clear")}</Link>
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
