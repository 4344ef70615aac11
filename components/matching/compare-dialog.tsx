"use client";

import { useTranslations } from "next-intl";
import { Handshake } from "lucide-react";
import type { CandidateDto, MatchingBoardDto, MentorCandidateDto } from "@/lib/matching/dto";
import type { QuestionDto } from "@/lib/programs/dto";
import type { Reason } from "@/lib/matching/reasons";
import { AnswerView } from "@/components/programs/answer-view";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { DialogClose } from "@/components/ui/dialog";
import { Reasons, Score } from "./score";
import { WideDialog } from "./wide-dialog";
import { usePlacesLabel } from "./words";

function Answers({
  person,
  role,
  questions,
  note,
}: {
  person: CandidateDto;
  role: "MENTEE" | "MENTOR";
  questions: QuestionDto[];
  note?: string;
}) {
  const t = useTranslations("matching.compare");
  return (
    <section
      aria-label={t("person", { role, name: person.name })}
      className="min-w-0 space-y-3 rounded-lg border border-border p-4"
    >
      <header className="flex items-center gap-3">
        <Avatar name={person.name} photo={person.photo} size="sm" />
        <div className="min-w-0">
          <h3 className="font-semibold">{person.name}</h3>
          <p className="text-sm text-muted-foreground">
            {note ? t("roleWithNote", { role, note }) : t("role", { role })}
          </p>
        </div>
      </header>
      {questions.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noQuestions", { role })}</p>
      ) : (
        <dl className="divide-y divide-border">
          {questions.map((q) => (
            <div key={q.id} className="space-y-1 py-3 first:pt-0 last:pb-0">
              <dt className="text-sm font-medium text-muted-foreground">{q.label}</dt>
              <dd className="text-sm">
                <AnswerView kind={q.kind} answer={person.answers[q.id]} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** A mentee and a mentor side by side (stacked on phones), with how well they fit and why. */
export function CompareDialog({
  open,
  onOpenChange,
  mentee,
  mentor,
  questions,
  suggestion,
  onMatch,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  mentee: CandidateDto;
  mentor: MentorCandidateDto;
  questions: MatchingBoardDto["questions"];
  suggestion: { score: number; reasons: Reason[] } | null;
  /** Offered when the two can be matched now. */
  onMatch: (() => void) | null;
}) {
  const t = useTranslations("matching.compare");
  const placesLabel = usePlacesLabel();
  return (
    <WideDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("title", { mentee: mentee.name, mentor: mentor.name })}
      description={t("description")}
    >
      {suggestion ? (
        <div className="mb-4 flex items-start justify-between gap-3 rounded-lg bg-muted px-4 py-3">
          <div className="min-w-0 flex-1 space-y-1">
            <h3 className="text-sm font-semibold">{t("whatTheyShare")}</h3>
            <Reasons reasons={suggestion.reasons} />
          </div>
          <Score score={suggestion.score} className="shrink-0" />
        </div>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Answers person={mentee} role="MENTEE" questions={questions.MENTEE} />
        <Answers
          person={mentor}
          role="MENTOR"
          questions={questions.MENTOR}
          note={placesLabel(mentor.remaining, mentor.capacity)}
        />
      </div>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {t("close")}
          </Button>
        </DialogClose>
        {onMatch ? (
          <Button type="button" onClick={onMatch}>
            <Handshake aria-hidden />
            {t("matchThem")}
          </Button>
        ) : null}
      </div>
    </WideDialog>
  );
}
