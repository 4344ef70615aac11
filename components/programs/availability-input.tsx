"use client";

import { memo } from "react";
import { useTranslations } from "next-intl";
import { CADENCES } from "@/lib/programs/question-limits";
import { Label } from "@/components/ui/label";
import { inputClassName } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";
import { withTimeZone, type TimeZoneOption } from "@/lib/time";
import type { AvailabilityValue } from "./answer-value";

/** Four hundred options: rendered once, not on every keystroke elsewhere in the form. */
const ZoneOptions = memo(function ZoneOptions({ options }: { options: TimeZoneOption[] }) {
  return options.map((z) => (
    <option key={z.value} value={z.value}>
      {z.label}
    </option>
  ));
});

/**
 * A time zone (defaulting to the one suggested: the profile's) and how often the person would like to meet.
 * The zone list comes from the server so both renders agree.
 */
export function AvailabilityInput({
  id,
  value,
  onChange,
  timeZones,
  suggestedTimeZone,
  describedBy,
  invalid,
}: {
  id: string;
  value: AvailabilityValue;
  onChange: (value: AvailabilityValue) => void;
  timeZones: TimeZoneOption[];
  suggestedTimeZone: string;
  describedBy?: string | undefined;
  invalid?: boolean;
}) {
  const t = useTranslations();
  const zone = value.timeZone || suggestedTimeZone;
  const options = withTimeZone(timeZones, zone);
  return (
    <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <div className="grid content-start gap-2">
        <Label htmlFor={id}>{t("apply.question.timeZone")}</Label>
        <select
          id={id}
          value={zone}
          onChange={(e) => onChange({ ...value, timeZone: e.target.value })}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={cn(inputClassName, "h-10")}
        >
          <ZoneOptions options={options} />
        </select>
      </div>
      <fieldset className="grid gap-2" aria-describedby={describedBy}>
        <legend className="mb-2 text-sm font-medium">{t("apply.question.howOften")}</legend>
        {CADENCES.map((c) => (
          <label key={c} className="flex cursor-pointer items-center gap-2 text-sm">
            <input
              type="radio"
              name={`${id}-cadence`}
              value={c}
              checked={value.cadence === c}
              onChange={() => onChange({ timeZone: zone, cadence: c })}
            />
            {t(`programs.cadence.${c}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
