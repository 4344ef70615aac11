import Form from "next/form";
import Link from "next/link";
import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input, inputClassName } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils/cn";

type View = { state: string; stalled: string; q: string; sort: string; dir: string };

/** Filters as a GET form, so a view of the pairs is a URL to share (and the CSV follows it). Sorting travels along. */
export function PairFilters({
  base,
  view,
  formKey,
  clearHref,
}: {
  base: string;
  view: View;
  /** Changes with the view, so the uncontrolled fields show the URL's values after each navigation. */
  formKey: string;
  clearHref: string | null;
}) {
  const t = useTranslations("pairings.dashboard.filters");
  const select = cn(inputClassName, "h-10");
  return (
    <Form
      key={formKey}
      action={base}
      scroll={false}
      role="search"
      aria-label={t("label")}
      className="grid gap-3 rounded-lg border border-border bg-card p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto]"
    >
      <input type="hidden" name="sort" value={view.sort} />
      <input type="hidden" name="dir" value={view.dir} />
      <div className="grid gap-1.5 sm:col-span-2 lg:col-span-1">
        <Label htmlFor="pairs-q">{t("search")}</Label>
        <Input
          id="pairs-q"
          name="q"
          type="search"
          defaultValue={view.q}
          maxLength={100}
          placeholder={t("placeholder")}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="pairs-state">{t("state")}</Label>
        <select id="pairs-state" name="state" defaultValue={view.state} className={select}>
          <option value="">{t("allStates")}</option>
          <option value="ACTIVE">{t("active")}</option>
          <option value="COMPLETED">{t("completed")}</option>
          <option value="ENDED">{t("ended")}</option>
        </select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="pairs-stalled">{t("stalled")}</Label>
        <select id="pairs-stalled" name="stalled" defaultValue={view.stalled} className={select}>
          <option value="">{t("stalledAny")}</option>
          <option value="true">{t("stalledOnly")}</option>
          <option value="false">{t("notStalled")}</option>
        </select>
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-1">
        <Button type="submit" className="flex-1">
          <Search aria-hidden />
          {t("filter")}
        </Button>
        {clearHref ? (
          <Button asChild variant="ghost">
            <Link href={clearHref} scroll={false}>
              {t("clear")}
            </Link>
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
