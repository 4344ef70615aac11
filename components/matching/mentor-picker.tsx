"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { TriangleAlert } from "lucide-react";
import { isDrawback, type Reason } from "@/lib/matching/reasons";
import type { Suggestion } from "@/lib/matching/scoring";
import { Button } from "@/components/ui/button";
import { useReasonText } from "./words";

const PAGE = 10;
/** The places line says how many are left (here, in the draft): the reasons about places would repeat it. */
const PLACES = (r: Reason) => r.kind === "places" || r.kind === "nearlyFull";

/** Mentors ranked for one mentee as radio choices, each with its score, places and reasons. */
export function MentorPicker({
  ranked,
  names,
  places,
  current,
  choice,
  onChoice,
  legend,
}: {
  ranked: Suggestion[];
  names: ReadonlyMap<string, string>;
  /** "2 places left in this draft", "1 of 3 places free": said once, so the load reasons are left out. */
  places: (mentorId: string) => string;
  current?: string | null;
  choice: string;
  onChoice: (mentorId: string) => void;
  legend: string;
}) {
  const t = useTranslations("matching");
  const say = useReasonText();
  const [shown, setShown] = useState(PAGE);
  if (!ranked.length) return <p className="text-sm text-muted-foreground">{t("picker.noPlace")}</p>;
  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      {ranked.slice(0, shown).map((s) => (
        <label
          key={s.mentorApplicationId}
          className="flex cursor-pointer gap-3 rounded-lg border border-border p-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-accent/50"
        >
          <input
            type="radio"
            name="mentorChoice"
            value={s.mentorApplicationId}
            checked={choice === s.mentorApplicationId}
            onChange={() => onChoice(s.mentorApplicationId)}
            className="mt-1 size-4 shrink-0"
          />
          <span className="min-w-0 flex-1 space-y-0.5">
            <span className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-medium">
                {s.mentorApplicationId === current
                  ? t("picker.now", { name: names.get(s.mentorApplicationId) ?? "" })
                  : names.get(s.mentorApplicationId)}
              </span>
              <span className="tabular-nums">{t("score.scoreShort", { score: Math.round(s.score) })}</span>
            </span>
            <span className="block text-muted-foreground">
              {[places(s.mentorApplicationId), ...s.reasons.filter((r) => !isDrawback(r) && !PLACES(r)).map(say)]
                .filter(Boolean)
                .join(" · ")}
            </span>
            {s.reasons.some((r) => isDrawback(r) && !PLACES(r)) ? (
              // Drawbacks apart, in amber with a warning sign, and named for screen readers.
              <span className="flex items-start gap-1 text-warning">
                <TriangleAlert aria-hidden className="mt-0.5 size-3.5 shrink-0" />
                <span>
                  <span className="sr-only">{t("score.againstOne")}</span>
                  {s.reasons
                    .filter((r) => isDrawback(r) && !PLACES(r))
                    .map(say)
                    .join(" · ")}
                </span>
              </span>
            ) : null}
          </span>
        </label>
      ))}
      {ranked.length > shown ? (
        <Button type="button" variant="outline" className="w-full" onClick={() => setShown((n) => n + PAGE)}>
          {t("picker.showMore", { count: ranked.length - shown })}
        </Button>
      ) : null}
    </fieldset>
  );
}
