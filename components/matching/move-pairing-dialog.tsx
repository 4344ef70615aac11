"use client";

import { useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { MentorCandidateDto, PairingRowDto } from "@/lib/matching/dto";
import { draftIntroduction } from "@/lib/matching/introduction";
import type { MatchingRules } from "@/lib/matching/rules";
import { corpusOf, rankMentors, type Profile, type Weights } from "@/lib/matching/scoring";
import { idle, type ActionState } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { IntroductionField } from "./introduction-field";
import { MentorPicker } from "./mentor-picker";
import { mentorProfileOf } from "./profiles";
import { useIntroductionWords, usePlacesLabel } from "./words";

/**
 * Moves a mentee to another mentor in one step: their pairing ends (with an optional private reason) and a new one
 * starts with its own introduction. The mentee's answers are read when the dialog opens, to rank the mentors for
 * them and prefill the introduction.
 */
export function MovePairingDialog({
  open,
  onOpenChange,
  onCloseAutoFocus,
  row,
  slug,
  programName,
  mentors,
  weights,
  rules,
  excluded,
  loadMentee,
  state,
  action,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
  row: PairingRowDto;
  slug: string;
  programName: string;
  mentors: MentorCandidateDto[];
  weights: Weights;
  /** The program's hard rules: a mentor who would break one is not offered (the server would refuse the move). */
  rules: MatchingRules;
  excluded: ReadonlySet<string>;
  loadMentee: (applicationId: string) => Promise<Profile | null>;
  state: ActionState<unknown>;
  action: (formData: FormData) => void;
}) {
  const t = useTranslations("adminPairings.move");
  const tm = useTranslations("matching");
  const words = useIntroductionWords();
  const placesLabel = usePlacesLabel();
  const [mentee, setMentee] = useState<Profile | null | "loading">("loading");
  const [choice, setChoice] = useState("");
  const [text, setText] = useState("");
  const [edited, setEdited] = useState(false);
  const [reason, setReason] = useState("");
  useEffect(() => {
    let live = true;
    void loadMentee(row.mentee.applicationId).then((p) => live && setMentee(p));
    return () => {
      live = false;
    };
  }, [loadMentee, row.mentee.applicationId]);

  // Without their answers (they could not be read), the mentee is ranked and introduced by name alone.
  const profile = useMemo<Profile | null>(
    () =>
      mentee === "loading"
        ? null
        : (mentee ?? { ...row.mentee, topics: [], languages: [], timeZone: null, cadence: null, text: "" }),
    [mentee, row.mentee],
  );
  const others = useMemo(
    () => mentors.filter((m) => m.applicationId !== row.mentor.applicationId),
    [mentors, row.mentor.applicationId],
  );
  const ranked = useMemo(() => {
    if (!profile) return [];
    // How rare a word is, among the program's mentors (decision 030).
    const corpus = corpusOf(mentors.map((m) => mentorProfileOf(m)));
    return rankMentors(
      profile,
      others.map((m) => mentorProfileOf(m)),
      weights,
      excluded,
      new Date(),
      Infinity,
      {
        corpus,
        rules,
      },
    );
  }, [profile, mentors, others, weights, rules, excluded]);
  const byId = new Map(others.map((m) => [m.applicationId, m]));
  const chosen = byId.get(choice);
  const pick = (id: string) => {
    setChoice(id);
    const mentor = byId.get(id);
    if (!edited && profile && mentor) setText(draftIntroduction(programName, profile, mentor, new Date(), words));
  };
  const first = row.mentee.name.split(" ")[0] ?? row.mentee.name;

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      {...(onCloseAutoFocus ? { onCloseAutoFocus } : {})}
      title={t("title", { name: row.mentee.name })}
      description={t("description", {
        mentor: row.mentor.name,
        mentorFirst: row.mentor.name.split(" ")[0] ?? row.mentor.name,
        mentee: first,
      })}
    >
      <form action={action} onReset={(e) => e.preventDefault()} className="space-y-4">
        <ActionFeedback state={state.status === "error" ? state : idle} />
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="pairingId" value={row.id} />
        <input type="hidden" name="mentorApplicationId" value={choice} />
        <input type="hidden" name="menteeName" value={row.mentee.name} />
        <input type="hidden" name="mentorName" value={chosen?.name ?? ""} />
        {profile ? (
          <MentorPicker
            legend={t("newMentor")}
            ranked={ranked}
            names={new Map(others.map((m) => [m.applicationId, m.name]))}
            places={(id) => {
              const m = byId.get(id);
              return m ? placesLabel(m.remaining, m.capacity) : "";
            }}
            choice={choice}
            onChoice={pick}
          />
        ) : (
          <p className="text-sm text-muted-foreground" role="status">
            {t("reading", { name: first })}
          </p>
        )}
        {chosen ? (
          <IntroductionField
            id="move-introduction"
            value={text}
            onChange={(value) => {
              setText(value);
              setEdited(true);
            }}
            errors={errorsFor(state, "introduction")}
            label={tm("introductionLabel")}
            help={t("help", { mentee: first, mentor: chosen.name.split(" ")[0] ?? chosen.name })}
            rows={7}
          />
        ) : null}
        <div className="grid gap-2">
          <Label htmlFor="move-reason">{t("why")}</Label>
          <Textarea
            id="move-reason"
            name="reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={2}
            maxLength={1000}
            aria-describedby="move-reason-help"
          />
          <p id="move-reason-help" className="text-sm text-muted-foreground">
            {t("private")}
          </p>
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button type="button" variant="outline">
              {t("cancel")}
            </Button>
          </DialogClose>
          <SubmitButton disabled={!chosen} pendingLabel={t("pending")}>
            {t("submit", { name: first })}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
