"use client";

import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

/** The introduction an admin writes for a pair: a labelled, controlled textarea with its help and errors. */
export function IntroductionField({
  id,
  value,
  onChange,
  errors,
  help,
  label,
  rows = 9,
  aside,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[] | undefined;
  help: string;
  label: string;
  rows?: number;
  /** Beside the help text (e.g. "Use the suggested text"). */
  aside?: ReactNode;
}) {
  const describedBy = errors?.length ? `${id}-help ${id}-error` : `${id}-help`;
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Textarea
        id={id}
        name="introduction"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={rows}
        maxLength={4000}
        aria-describedby={describedBy}
        aria-invalid={errors?.length ? true : undefined}
      />
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <p id={`${id}-help`} className="text-sm text-muted-foreground">
          {help}
        </p>
        {aside}
      </div>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
