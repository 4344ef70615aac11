"use client";

import type { ReactNode } from "react";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";

/**
 * An editable list inside a form (a group's rules, its membership questions): each item in a bordered box with a
 * numbered label and a Remove button, an "Add" button until `max`, and the list's own error below.
 */
export function ListFieldset<T>({
  legend,
  hint,
  labels,
  idPrefix,
  items,
  max,
  empty,
  onChange,
  listErrors,
  children,
}: {
  legend: string;
  hint: string;
  /** Translated words for an item: its label ("Rule 1"), its Remove button's name ("Remove rule 1"), "Add a rule". */
  labels: { item: (n: number) => string; remove: (n: number) => string; removeShort: string; add: string };
  /** The id of item i's first input is `${idPrefix}-${i}`; its label points there. */
  idPrefix: (i: number) => string;
  items: T[];
  max: number;
  empty: () => T;
  onChange: (items: T[]) => void;
  listErrors: ReactNode;
  /** The item's fields; `update` merges a change into item i. */
  children: (item: T, i: number, update: (patch: Partial<T>) => void) => ReactNode;
}) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">{legend}</legend>
      <p className="text-sm text-muted-foreground">{hint}</p>
      {items.map((item, i) => (
        <div key={i} className="space-y-2 rounded-lg border border-border p-3">
          <div className="flex items-center justify-between gap-2">
            <Label htmlFor={idPrefix(i)}>{labels.item(i + 1)}</Label>
            <Button
              type="button"
              variant="ghost"
              size="sm"
              aria-label={labels.remove(i + 1)}
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              <Trash2 aria-hidden />
              {labels.removeShort}
            </Button>
          </div>
          {children(item, i, (patch) => onChange(items.map((x, j) => (j === i ? { ...x, ...patch } : x))))}
        </div>
      ))}
      {listErrors}
      {items.length < max ? (
        <Button type="button" variant="outline" size="sm" onClick={() => onChange([...items, empty()])}>
          <Plus aria-hidden />
          {labels.add}
        </Button>
      ) : null}
    </fieldset>
  );
}
