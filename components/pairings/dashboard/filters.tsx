import Form from "next/form";
import Link from "next/link";
import { Search } from "lucide-react";
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
  const select = cn(inputClassName, "h-10");
  return (
    <Form
      key={formKey}
      action={base}
      scroll={false}
      role="search"
      aria-label="Filter pairs"
      className="grid gap-3 rounded-lg border border-border bg-card p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto]"
    >
      <input type="hidden" name="sort" value={view.sort} />
      <input type="hidden" name="dir" value={view.dir} />
      <div className="grid gap-1.5 sm:col-span-2 lg:col-span-1">
        <Label htmlFor="pairs-q">Search by name</Label>
        <Input
          id="pairs-q"
          name="q"
          type="search"
          defaultValue={view.q}
          maxLength={100}
          placeholder="Mentor or mentee"
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="pairs-state">State</Label>
        <select id="pairs-state" name="state" defaultValue={view.state} className={select}>
          <option value="">All states</option>
          <option value="ACTIVE">Active</option>
          <option value="COMPLETED">Completed</option>
          <option value="ENDED">Ended early</option>
        </select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="pairs-stalled">Stalled</Label>
        <select id="pairs-stalled" name="stalled" defaultValue={view.stalled} className={select}>
          <option value="">Stalled or not</option>
          <option value="true">Stalled only</option>
          <option value="false">Not stalled</option>
        </select>
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-1">
        <Button type="submit" className="flex-1">
          <Search aria-hidden />
          Filter
        </Button>
        {clearHref ? (
          <Button asChild variant="ghost">
            <Link href={clearHref} scroll={false}>
              Clear
            </Link>
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
