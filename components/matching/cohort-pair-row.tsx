"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { ArrowRight, CircleAlert, PenLine, Repeat2, RotateCcw, Trash2 } from "lucide-react";
import type { Reason } from "@/lib/matching/reasons";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";
import { IntroductionField } from "./introduction-field";
import { Reasons, Score } from "./score";

export type PairView = {
  menteeId: string;
  menteeName: string;
  mentorName: string;
  score: number | null;
  reasons: Reason[];
  introduction: string;
  /** The admin changed the introduction themselves. */
  edited: boolean;
  /** The mentor changed since the introduction was edited: it may name the wrong person. */
  stale: boolean;
  included: boolean;
  /** Why this pair can't be confirmed as it is (over a mentor's places, or the server's refusal). */
  problems: string[];
};

/**
 * One proposed pair of a cohort draft: ticked to be confirmed or not, its score and reasons, and the admin's
 * changes (another mentor, the introduction, removing it from the draft).
 */
export function CohortPairRow({
  pair,
  onInclude,
  onChangeMentor,
  onIntroduction,
  onFreshIntroduction,
  onRemove,
}: {
  pair: PairView;
  onInclude: (included: boolean) => void;
  onChangeMentor: () => void;
  onIntroduction: (text: string) => void;
  onFreshIntroduction: () => void;
  onRemove: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const t = useTranslations("cohort.pair");
  const id = useId();
  const names = { mentee: pair.menteeName, mentor: pair.mentorName };
  const label = t("label", names);
  const introLabel = t(editing ? "hideIntroduction" : pair.edited ? "introductionEdited" : "editIntroduction");
  return (
    <li
      aria-label={label}
      className={cn(
        "space-y-3 rounded-lg border bg-card p-4",
        pair.problems.length ? "border-destructive" : "border-border",
        !pair.included && "bg-muted/40",
      )}
    >
      {/* On phones the reasons take the card's width; beside the score from small screens up. */}
      <div className="grid grid-cols-[auto_minmax(0,1fr)_auto] items-start gap-x-3 gap-y-2">
        <input
          type="checkbox"
          checked={pair.included}
          onChange={(e) => onInclude(e.target.checked)}
          aria-label={t("confirmLabel", names)}
          className="mt-1.5 size-4"
        />
        <p className={cn("flex flex-wrap items-center gap-x-2 gap-y-0.5", !pair.included && "text-muted-foreground")}>
          <span>
            <span className="sr-only">{t("mentee")}</span>
            <span className="font-medium">{pair.menteeName}</span>
          </span>
          <ArrowRight aria-hidden className="size-4 text-muted-foreground rtl:-scale-x-100" />
          <span>
            <span className="sr-only">{t("mentor")}</span>
            <span className="font-medium">{pair.mentorName}</span>
          </span>
          {!pair.included ? <span className="text-sm">{t("notTicked")}</span> : null}
        </p>
        {pair.score !== null ? <Score score={pair.score} className="sm:row-span-2" /> : <span />}
        <Reasons reasons={pair.reasons} className="col-span-3 sm:col-span-1 sm:col-start-2" />
      </div>
      {pair.problems.length ? (
        <p className="flex items-start gap-2 text-sm text-destructive">
          <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          {pair.problems.join(" ")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={onChangeMentor}
          aria-label={t("changeMentorLabel", { name: pair.menteeName })}
        >
          <Repeat2 aria-hidden />
          {t("changeMentor")}
        </Button>
        <Button
          type="button"
          variant="outline"
          size="sm"
          aria-expanded={editing}
          aria-controls={`${id}-intro`}
          onClick={() => setEditing((v) => !v)}
          aria-label={t("introductionButtonLabel", { action: introLabel, ...names })}
        >
          <PenLine aria-hidden />
          {introLabel}
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={onRemove} aria-label={t("removeLabel", names)}>
          <Trash2 aria-hidden />
          {t("remove")}
        </Button>
      </div>
      {pair.stale ? (
        <p className="flex flex-wrap items-center gap-2 rounded-md bg-warning/10 px-3 py-2 text-sm">
          {t("stale", { mentor: pair.mentorName })}
          <Button type="button" variant="link" size="sm" onClick={onFreshIntroduction}>
            {t("fresh")}
          </Button>
        </p>
      ) : null}
      <div id={`${id}-intro`} hidden={!editing}>
        <IntroductionField
          id={`${id}-text`}
          label={t("introductionFor", names)}
          value={pair.introduction}
          onChange={onIntroduction}
          help={t("introductionHelp")}
          rows={8}
          aside={
            <Button type="button" variant="ghost" size="sm" disabled={!pair.edited} onClick={onFreshIntroduction}>
              <RotateCcw aria-hidden />
              {t("useSuggested")}
            </Button>
          }
        />
      </div>
    </li>
  );
}
