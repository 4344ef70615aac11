"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { CandidateDto, MentorCandidateDto } from "@/lib/matching/dto";
import type { MatchingRules } from "@/lib/matching/rules";
import { corpusOf, rankMentors, type Weights } from "@/lib/matching/scoring";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { MentorPicker } from "./mentor-picker";
import { mentorProfileOf, profileOf } from "./profiles";

/**
 * Picks a mentor for one mentee of a cohort draft: the mentors with a place left in the draft, ranked for this
 * mentee, each with its score and reasons.
 */
export function ChooseMentorDialog({
  open,
  onOpenChange,
  mentee,
  mentors,
  current,
  placesLeft,
  weights,
  compared,
  rules,
  excluded,
  onChoose,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  mentee: CandidateDto;
  mentors: MentorCandidateDto[];
  /** The mentor the pair has now, if any (their place counts as this pair's). */
  current: string | null;
  /** Places a mentor has left in the draft, not counting this pair. */
  placesLeft: (mentorId: string) => number;
  weights: Weights;
  /** The mentors the draft weighed words over (how rare a word is) and the program's hard rules. */
  compared: CandidateDto[];
  rules: MatchingRules | null;
  excluded: ReadonlySet<string>;
  onChoose: (mentorId: string) => void;
}) {
  const t = useTranslations("cohort.choose");
  const [choice, setChoice] = useState(current ?? "");
  const ranked = useMemo(() => {
    const open = mentors.filter((m) => placesLeft(m.applicationId) > 0).map((m) => mentorProfileOf(m));
    const context = { corpus: corpusOf(compared.map(profileOf)), rules };
    return rankMentors(profileOf(mentee), open, weights, excluded, new Date(), Infinity, context);
  }, [mentors, mentee, placesLeft, weights, excluded, compared, rules]);
  const names = new Map(mentors.map((m) => [m.applicationId, m.name]));

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("title", { name: mentee.name })}
      description={t("description")}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (choice) onChoose(choice);
        }}
        className="space-y-4"
      >
        <MentorPicker
          legend={t("legend")}
          ranked={ranked}
          names={names}
          places={(id) => t("placesLeft", { count: placesLeft(id) })}
          current={current}
          choice={choice}
          onChoice={setChoice}
        />
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button type="button" variant="outline">
              {t("cancel")}
            </Button>
          </DialogClose>
          <Button type="submit" disabled={!choice || choice === current}>
            {t("use")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
