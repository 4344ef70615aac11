"use client";

import { lazy, Suspense, useActionState, useEffect, useRef, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { ChevronLeft, ChevronRight, SlidersHorizontal } from "lucide-react";
import type { BoardPageDto, CandidateDto, MentorCandidateDto } from "@/lib/matching/dto";
import type { BoardQuery } from "@/lib/matching/board-query";
import type { Suggestion } from "@/lib/matching/scoring";
import { weightsParam, type Weights } from "@/lib/matching/weights";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { useActionDialog } from "@/components/programs/use-action-dialog";
import { BoardFiltersBar } from "@/components/matching/board-filters";
import { MenteeList } from "@/components/matching/mentee-list";
import { useOnce } from "@/components/ui/use-once";
import { PersonFactIcons } from "@/components/matching/person-facts";
import { useExclusionToast } from "@/components/matching/use-exclusion-toast";
import { matchPairAction, saveWeightsAction, setExclusionAction } from "./actions";
import { dateFormatter } from "@/lib/time";
import { cn } from "@/lib/utils/cn";

// What opens on demand loads on demand (issue 18): the side-by-side comparison (a wide Radix dialog with both
// people's answers), the match dialog, and the weights panel.
const CompareDialog = lazy(() =>
  import("@/components/matching/compare-dialog").then((m) => ({ default: m.CompareDialog })),
);
const MatchDialog = lazy(() => import("@/components/matching/match-dialog").then((m) => ({ default: m.MatchDialog })));
// The mentors' side (beside the mentees from tablets up, below them on a phone): rendered by the server with the
// page, its code hydrates right after the page's own rather than in its first load.
const MentorSide = lazy(() => import("@/components/matching/mentor-side").then((m) => ({ default: m.MentorSide })));
const WeightsPanel = lazy(() =>
  import("@/components/matching/weights-panel").then((m) => ({ default: m.WeightsPanel })),
);

/** What a dialog is about, kept as it was when opened: the board changes under a dialog once its match is made. */
type Dialog = {
  kind: "compare" | "match";
  mentee: CandidateDto;
  mentor: MentorCandidateDto;
  suggestion: Suggestion | null;
  opened: number;
} | null;

/** The board's address with some of its parameters changed (empty ones left out). */
function boardHref(base: string, query: BoardQuery, changes: Partial<BoardQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...changes })) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

/**
 * The matching board: a page of waiting mentees on one side; on the other a page of mentors or, for the chosen
 * mentee, the mentors the server ranked for them. Everything on screen comes from the address (filters, search,
 * pages, the chosen mentee, weights being tried out), so links can be shared and the back button goes back.
 */
export function MatchingBoard({
  board,
  slug,
  query,
  timeZone,
  emptyMentees,
}: {
  board: BoardPageDto;
  slug: string;
  query: BoardQuery;
  timeZone: string;
  /** What to show when no mentee waits (links to the review queue). */
  emptyMentees: React.ReactNode;
}) {
  const t = useTranslations("matching.board");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const programId = board.program.id;
  const base = `/groups/${slug}/mentorship/${programId}/matching`;
  const href = (changes: Partial<BoardQuery>) => boardHref(base, query, changes);
  const go = (changes: Partial<BoardQuery>, replace = false) =>
    startTransition(() =>
      replace ? router.replace(href(changes), { scroll: false }) : router.push(href(changes), { scroll: false }),
    );
  const [weights, setWeights] = useState<Weights>(board.rankedWith);
  const [showWeights, setShowWeights] = useState(Boolean(query.w));
  const weightsWanted = useOnce(showWeights);
  const [dialog, setDialog] = useState<Dialog>(null);
  const nextRef = useRef<string[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);
  const [matchState, match] = useActionState(matchPairAction, idle);
  const matchDialog = useActionDialog(matchState);
  const [excludeState, exclude] = useActionState(setExclusionAction, idle);
  const [weightsState, saveWeights] = useActionState(saveWeightsAction.bind(null, slug, programId), idle);

  const mentees = board.mentees.items;
  const selected = board.selected;
  const suggestions = board.suggestions;
  const mentorsById = new Map((suggestions?.mentors ?? board.mentors?.items ?? []).map((m) => [m.applicationId, m]));
  const ranked = suggestions?.ranked ?? [];

  // Weights being tried out re-rank on the server: the address carries them, without a new history entry.
  const tryWeights = (next: Weights) => {
    setWeights(next);
    go({ w: weightsParam(next) }, true);
  };

  // Focus moves once the chosen mentee's suggestions are on screen.
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    headingRef.current?.focus();
  }, [selected?.applicationId]);

  useExclusionToast(excludeState, exclude, { slug, programId });

  let opened = dialog?.opened ?? 0;
  const open = (kind: "compare" | "match", mentorId: string) => {
    const mentor = mentorsById.get(mentorId);
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
    go({ mentee: id ?? "" });
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
  const { links } = board.mentees;
  const filtered = Boolean(query.topic || query.language || query.timeZone || query.q);

  return (
    <div className="space-y-4">
      <PersonFactIcons />
      <ActionFeedback state={matchState.status === "success" ? matchState : idle} />
      <ActionFeedback state={weightsState.status === "success" ? weightsState : idle} />
      <ActionFeedback state={excludeState.status === "error" ? excludeState : idle} />
      <BoardFiltersBar
        key={`${query.topic}|${query.language}|${query.timeZone}|${query.q}`}
        filters={{ topic: query.topic, language: query.language, timeZone: query.timeZone, q: query.q }}
        facets={board.facets}
        onChange={(filters) => go({ ...filters, after: "", before: "", mafter: "" })}
      />
      {board.counts.hiddenWithPlaces ? (
        <p className="text-sm text-muted-foreground" role="status">
          {t("hiddenByFilters", { count: board.counts.hiddenWithPlaces })}
        </p>
      ) : null}
      {/* While the server reads the next view, the current one stays, dimmed and marked busy. */}
      <div
        aria-busy={pending}
        className={cn(
          "grid items-start gap-6 transition-opacity lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]",
          pending && "opacity-60",
        )}
      >
        <section
          aria-labelledby="mentees-heading"
          className="space-y-3 lg:sticky lg:top-20 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto lg:pe-1"
        >
          <h3 id="mentees-heading" tabIndex={-1} className="text-lg font-semibold outline-none">
            {t("waitingMentees")}{" "}
            {filtered ? null : <span className="text-muted-foreground tabular-nums">({board.counts.waiting})</span>}
          </h3>
          {board.counts.waiting === 0 ? (
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
          {links.before || links.after ? (
            <nav aria-label={t("pages")} className="flex items-center justify-between gap-2">
              {links.before ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={href({ before: links.before, after: "" })} scroll={false}>
                    <ChevronLeft aria-hidden className="rtl:-scale-x-100" />
                    {t("previousPage")}
                  </Link>
                </Button>
              ) : (
                <span />
              )}
              {links.after ? (
                <Button asChild variant="outline" size="sm">
                  <Link href={href({ after: links.after, before: "" })} scroll={false}>
                    {t("nextPage")}
                    <ChevronRight aria-hidden className="rtl:-scale-x-100" />
                  </Link>
                </Button>
              ) : null}
            </nav>
          ) : null}
        </section>
        <Suspense fallback={null}>
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
                {weightsWanted ? (
                  <Suspense fallback={null}>
                    <WeightsPanel
                      weights={weights}
                      saved={board.weights}
                      onChange={tryWeights}
                      state={weightsState}
                      action={saveWeights}
                    />
                  </Suspense>
                ) : null}
              </div>
            }
            key={selected?.applicationId ?? "none"}
            mentee={selected}
            list={board.mentors}
            suggestions={suggestions}
            byId={mentorsById}
            canMatch={board.program.canMatch}
            waiting={board.counts.waiting > 0}
            headingRef={headingRef}
            search={{ value: query.mq, onSearch: (mq) => go({ mq, mafter: "" }) }}
            pageHref={(mafter) => href({ mafter })}
            onCompare={(mentorId) => open("compare", mentorId)}
            onMatch={(mentorId) => open("match", mentorId)}
            exclude={{ action: exclude, fields: exclusionFields }}
          />
        </Suspense>
      </div>
      {dialog?.kind === "compare" ? (
        <Suspense fallback={null}>
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
        </Suspense>
      ) : null}
      {dialog?.kind === "match" ? (
        <Suspense fallback={null}>
          <MatchDialog
            key={dialog.opened}
            open={matchDialog.open}
            onOpenChange={matchDialog.onOpenChange}
            onCloseAutoFocus={(event) => {
              if (matchState.status !== "success") return;
              // The matched mentee has left the board: go on with the next one on this page.
              event.preventDefault();
              const next = nextRef.current[0] ?? null;
              setDialog(null);
              focusNext.current = Boolean(next);
              go({ mentee: next ?? "" }, true);
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
        </Suspense>
      ) : null}
    </div>
  );
}
