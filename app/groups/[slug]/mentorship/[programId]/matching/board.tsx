"use client";

import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { SlidersHorizontal } from "lucide-react";
import type { CandidateDto, MatchingBoardDto, MentorCandidateDto } from "@/lib/matching/dto";
import { rankMentors, type Suggestion } from "@/lib/matching/scoring";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { useActionDialog } from "@/components/programs/use-action-dialog";
import { BoardFiltersBar } from "@/components/matching/board-filters";
import { CompareDialog } from "@/components/matching/compare-dialog";
import { MatchDialog } from "@/components/matching/match-dialog";
import { MenteeList } from "@/components/matching/mentee-list";
import { MentorSide } from "@/components/matching/mentor-side";
import { WeightsPanel } from "@/components/matching/weights-panel";
import { useExclusionToast } from "@/components/matching/use-exclusion-toast";
import {
  boardFacets,
  mentorProfileOf,
  passesFilters,
  profileOf,
  type BoardFilters,
} from "@/components/matching/profiles";
import { matchPairAction, saveWeightsAction, setExclusionAction } from "./actions";
import { dateFormatter } from "@/lib/time";

/** What a dialog is about, kept as it was when opened: the board changes under a dialog once its match is made. */
type Dialog = {
  kind: "compare" | "match";
  mentee: CandidateDto;
  mentor: MentorCandidateDto;
  suggestion: Suggestion | null;
  opened: number;
} | null;

/**
 * The matching board: waiting mentees on one side; on the other the mentors, ranked for the chosen mentee in the
 * browser with the same scoring the server uses. Filters and the chosen mentee are kept in the address.
 */
export function MatchingBoard({
  board,
  slug,
  initial,
  timeZone,
  emptyMentees,
}: {
  board: MatchingBoardDto;
  slug: string;
  initial: BoardFilters & { mentee: string };
  timeZone: string;
  /** What to show when no mentee waits (links to the review queue). */
  emptyMentees: React.ReactNode;
}) {
  const t = useTranslations("matching.board");
  const locale = useLocale();
  const programId = board.program.id;
  const [filters, setFilters] = useState<BoardFilters>({
    topic: initial.topic,
    language: initial.language,
    timeZone: initial.timeZone,
  });
  const [selectedId, setSelectedId] = useState<string | null>(initial.mentee || null);
  const [weights, setWeights] = useState(board.weights);
  const [showWeights, setShowWeights] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const nextRef = useRef<string[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);
  const [matchState, match] = useActionState(matchPairAction, idle);
  const matchDialog = useActionDialog(matchState);
  const [excludeState, exclude] = useActionState(setExclusionAction, idle);
  const [weightsState, saveWeights] = useActionState(saveWeightsAction.bind(null, slug, programId), idle);

  const facets = useMemo(() => boardFacets([...board.mentees, ...board.mentors]), [board.mentees, board.mentors]);
  const mentees = board.mentees.filter((m) => passesFilters(m, filters));
  const mentors = board.mentors.filter((m) => passesFilters(m, filters));
  const selected = board.mentees.find((m) => m.applicationId === selectedId) ?? null;
  const mentorProfiles = useMemo(() => board.mentors.map((m) => mentorProfileOf(m)), [board.mentors]);
  const selectedProfile = useMemo(() => (selected ? profileOf(selected) : null), [selected]);
  const excluded = useMemo(
    () =>
      new Set(board.exclusions.filter((e) => e.menteeApplicationId === selectedId).map((e) => e.mentorApplicationId)),
    [board.exclusions, selectedId],
  );
  const visible = new Set(mentors.map((m) => m.applicationId));
  const ranked = selectedProfile
    ? rankMentors(
        selectedProfile,
        mentorProfiles.filter((p) => visible.has(p.applicationId)),
        weights,
        excluded,
      )
    : [];
  const hiddenWithPlaces = board.mentors.filter((m) => m.remaining > 0 && !visible.has(m.applicationId)).length;

  // The view lives in the address (without a navigation), so a reload or a shared link shows the same board.
  useEffect(() => {
    const url = new URL(window.location.href);
    for (const [key, value] of Object.entries({ ...filters, mentee: selected ? selected.applicationId : "" }))
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    window.history.replaceState(window.history.state, "", url);
  }, [filters, selected]);

  // Focus moves once the chosen mentee's suggestions are on screen.
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    headingRef.current?.focus();
  }, [selected]);

  useExclusionToast(excludeState, exclude, { slug, programId });

  let opened = dialog?.opened ?? 0;
  const open = (kind: "compare" | "match", mentorId: string) => {
    const mentor = board.mentors.find((m) => m.applicationId === mentorId);
    if (!selected || !mentor) return;
    const suggestion = ranked.find((s) => s.mentorApplicationId === mentorId) ?? null;
    setDialog({ kind, mentee: selected, mentor, suggestion, opened: ++opened });
    if (kind !== "match") return;
    const at = mentees.findIndex((m) => m.applicationId === selected.applicationId);
    nextRef.current = mentees.slice(at + 1).map((m) => m.applicationId);
    matchDialog.onOpenChange(true);
  };
  /** Chooses a mentee; on phones (one column) focus follows to their suggestions below. */
  const select = (id: string | null, focus = window.innerWidth < 1024) => {
    focusNext.current = Boolean(id && focus);
    setSelectedId(id);
  };
  const exclusionFields = (mentor: MentorCandidateDto, on: boolean) => ({
    slug,
    programId,
    menteeApplicationId: selected?.applicationId ?? "",
    mentorApplicationId: mentor.applicationId,
    excluded: String(on),
    menteeName: selected?.name ?? "",
    mentorName: mentor.name,
  });

  return (
    <div className="space-y-4">
      <ActionFeedback state={matchState.status === "success" ? matchState : idle} />
      <ActionFeedback state={weightsState.status === "success" ? weightsState : idle} />
      <ActionFeedback state={excludeState.status === "error" ? excludeState : idle} />
      <BoardFiltersBar filters={filters} facets={facets} onChange={setFilters} />
      {hiddenWithPlaces ? (
        <p className="text-sm text-muted-foreground" role="status">
          {t("hiddenByFilters", { count: hiddenWithPlaces })}
        </p>
      ) : null}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section
          aria-labelledby="mentees-heading"
          className="space-y-3 lg:sticky lg:top-20 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto lg:pe-1"
        >
          <h3 id="mentees-heading" tabIndex={-1} className="text-lg font-semibold outline-none">
            {t("waitingMentees")} <span className="text-muted-foreground tabular-nums">({mentees.length})</span>
          </h3>
          {board.mentees.length === 0 ? (
            emptyMentees
          ) : mentees.length === 0 ? (
            <p className="rounded-lg border border-dashed border-border bg-card p-6 text-center text-sm text-muted-foreground">
              {t("noFilterMatch")}
            </p>
          ) : (
            <MenteeList
              mentees={mentees}
              selectedId={selected?.applicationId ?? null}
              onSelect={select}
              dateLabel={dateFormatter(timeZone, undefined, locale)}
            />
          )}
        </section>
        <MentorSide
          tools={
            <Button
              type="button"
              variant="outline"
              size="sm"
              aria-expanded={showWeights}
              aria-controls="weights-panel"
              onClick={() => setShowWeights((v) => !v)}
            >
              <SlidersHorizontal aria-hidden />
              {t(showWeights ? "hideWeights" : "showWeights")}
            </Button>
          }
          panel={
            <div id="weights-panel" hidden={!showWeights}>
              <WeightsPanel
                weights={weights}
                saved={board.weights}
                onChange={setWeights}
                state={weightsState}
                action={saveWeights}
              />
            </div>
          }
          key={selected?.applicationId ?? "none"}
          mentee={selected}
          mentors={mentors}
          ranked={ranked}
          excluded={excluded}
          canMatch={board.program.canMatch}
          waiting={board.mentees.length > 0}
          headingRef={headingRef}
          onCompare={(mentorId) => open("compare", mentorId)}
          onMatch={(mentorId) => open("match", mentorId)}
          exclude={{ action: exclude, fields: exclusionFields }}
        />
      </div>
      {dialog?.kind === "compare" ? (
        <CompareDialog
          open
          onOpenChange={(next) => (next ? null : setDialog(null))}
          mentee={dialog.mentee}
          mentor={dialog.mentor}
          questions={board.questions}
          suggestion={dialog.suggestion}
          onMatch={
            board.program.canMatch && dialog.mentor.remaining > 0
              ? () => open("match", dialog.mentor.applicationId)
              : null
          }
        />
      ) : null}
      {dialog?.kind === "match" ? (
        <MatchDialog
          key={dialog.opened}
          open={matchDialog.open}
          onOpenChange={matchDialog.onOpenChange}
          onCloseAutoFocus={(event) => {
            if (matchState.status !== "success") return;
            // The matched mentee has left the board: go on with the next one in the list.
            event.preventDefault();
            const next = nextRef.current.find((id) => board.mentees.some((m) => m.applicationId === id)) ?? null;
            setDialog(null);
            select(next, true);
            if (!next) document.getElementById("mentees-heading")?.focus();
          }}
          programName={board.program.name}
          mentee={dialog.mentee}
          mentor={dialog.mentor}
          suggestion={dialog.suggestion}
          hidden={{ slug, programId }}
          state={matchState}
          action={match}
        />
      ) : null}
    </div>
  );
}
