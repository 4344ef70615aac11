"use client";

import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils/cn";

/** How many mentees a mentor can take at once (1 to 10). */
export function CapacityField({
  value,
  onChange,
  errors,
}: {
  value: string;
  onChange: (value: string) => void;
  errors: string[] | undefined;
}) {
  const t = useTranslations("apply.capacity");
  const invalid = Boolean(errors?.length);
  return (
    <div
      data-invalid={invalid || undefined}
      className={cn(
        "-mx-4 grid gap-2 rounded-e-lg border-s-4 border-transparent px-3 py-2",
        invalid && "border-destructive bg-destructive/5",
      )}
    >
      <Label htmlFor="capacity" className="leading-snug">
        {t("label")}
        <span aria-hidden className="ms-1 text-destructive">
          *
        </span>
      </Label>
      <p id="capacity-help" className="text-sm text-muted-foreground">
        {t("help")}
      </p>
      <Input
        id="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        max={10}
        step={1}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? "capacity-help capacity-error" : "capacity-help"}
        className="w-24"
      />
      {invalid ? (
        <p id="capacity-error" className="text-sm font-medium text-destructive">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
