"use client";

import { useEffect, useMemo, useState } from "react";
import type { MentorCandidateDto, PairingRowDto } from "@/lib/matching/dto";
import { draftIntroduction } from "@/lib/matching/introduction";
import { rankMentors, type Profile, type Weights } from "@/lib/matching/scoring";
import { idle, type ActionState } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/textarea";
import { IntroductionField } from "./introduction-field";
import { MentorPicker } from "./mentor-picker";
import { mentorProfileOf, placesLabel } from "./profiles";

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
  excluded: ReadonlySet<string>;
  loadMentee: (applicationId: string) => Promise<Profile | null>;
  state: ActionState<unknown>;
  action: (formData: FormData) => void;
}) {
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
  const ranked = useMemo(
    () =>
      profile
        ? rankMentors(
            profile,
            others.map((m) => mentorProfileOf(m)),
            weights,
            excluded,
          )
        : [],
    [profile, others, weights, excluded],
  );
  const byId = new Map(others.map((m) => [m.applicationId, m]));
  const chosen = byId.get(choice);
  const pick = (id: string) => {
    setChoice(id);
    const mentor = byId.get(id);
    if (!edited && profile && mentor) setText(draftIntroduction(programName, profile, mentor));
  };
  const first = row.mentee.name.split(" ")[0] ?? row.mentee.name;

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      {...(onCloseAutoFocus ? { onCloseAutoFocus } : {})}
      title={`Move ${row.mentee.name} to another mentor`}
      description={`Their pairing with ${row.mentor.name} ends (${row.mentor.name.split(" ")[0]} is told), and ${first} starts a new conversation with the mentor you choose.`}
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
            legend="New mentor"
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
            Reading {first}&apos;s answers…
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
            help={`The first message of ${first} and ${chosen.name.split(" ")[0]}'s new conversation.`}
            rows={7}
          />
        ) : null}
        <div className="grid gap-2">
          <Label htmlFor="move-reason">Why (optional)</Label>
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
            Private to the program&apos;s admins.
          </p>
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button type="button" variant="outline">
              Cancel
            </Button>
          </DialogClose>
          <SubmitButton disabled={!chosen} pendingLabel="Moving…">
            Move {first}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
