"use client";

import { lazy, Suspense, useActionState, useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { CohortDraftDto, MatchingBoardDto } from "@/lib/matching/dto";
import { draftIntroduction } from "@/lib/matching/introduction";
import type { Reason } from "@/lib/matching/reasons";
import type { ScoringContext, scorePair } from "@/lib/matching/scoring";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { CohortPairRow } from "@/components/matching/cohort-pair-row";
import { mentorProfileOf, profileOf } from "@/components/matching/profiles";
import { useIntroductionWords } from "@/components/matching/words";
import { confirmCohortAction } from "../actions";
import { ConfirmBar } from "./confirm-bar";
import { LeftOut } from "./left-out";
import { problemsFromState } from "./problems";

// Picking another mentor is the only thing that needs the dialog and the scoring code (the draft's own pairs come
// scored from the server): both load when the admin first opens the dialog (issue 18).
const ChooseMentorDialog = lazy(() =>
  import("@/components/matching/choose-mentor-dialog").then((m) => ({ default: m.ChooseMentorDialog })),
);
const loadScoring = () => import("@/lib/matching/scoring");

export type Row = {
  menteeId: string;
  mentorId: string;
  introduction: string;
  edited: boolean;
  stale: boolean;
  included: boolean;
  removed: boolean;
  /** The draft's own proposal, whose score and reasons the server computed. */
  proposed: { mentorId: string; score: number; reasons: Reason[] } | null;
};

/**
 * The cohort draft under review: every proposed pair can be unticked, given another mentor (places are counted
 * across the draft), have its introduction edited or be removed; mentees without a mentor can be given one. The
 * confirmed pairs are made all together or not at all, and a refusal names the pair without losing any edit.
 */
export function CohortDraft({ board, draft, slug }: { board: MatchingBoardDto; draft: CohortDraftDto; slug: string }) {
  const mentees = useMemo(() => new Map(board.mentees.map((m) => [m.applicationId, m])), [board.mentees]);
  const mentors = useMemo(() => new Map(board.mentors.map((m) => [m.applicationId, m])), [board.mentors]);
  // The mentors the server's draft weighed words over (every approved mentor): the same words, the same scores.
  const compared = board.mentors;
  const t = useTranslations("cohort");
  const words = useIntroductionWords();
  const introFor = (menteeId: string, mentorId: string) =>
    draftIntroduction(board.program.name, mentees.get(menteeId)!, mentors.get(mentorId)!, new Date(), words);
  // The introductions are drafted here, in the admin's language (the server's draft is in English, for the API).
  const [rows, setRows] = useState<Row[]>(() =>
    draft.pairs.map((p) => ({
      menteeId: p.menteeApplicationId,
      mentorId: p.mentorApplicationId,
      introduction: introFor(p.menteeApplicationId, p.mentorApplicationId),
      edited: false,
      stale: false,
      included: true,
      removed: false,
      proposed: { mentorId: p.mentorApplicationId, score: p.score, reasons: p.why },
    })),
  );
  const [choosing, setChoosing] = useState<{ menteeId: string; opened: number } | null>(null);
  const [score, setScore] = useState<{ pair: typeof scorePair; context: ScoringContext } | null>(null);
  const wantScoring = choosing !== null && score === null;
  useEffect(() => {
    if (!wantScoring) return;
    let live = true;
    loadScoring().then(
      (m) =>
        live &&
        setScore({
          pair: m.scorePair,
          context: { corpus: m.corpusOf(compared.map(profileOf)), rules: draft.rules },
        }),
      () => {}, // offline: a changed pair shows no score until the code can load
    );
    return () => {
      live = false;
    };
  }, [wantScoring, compared, draft.rules]);
  const [state, confirm] = useActionState(confirmCohortAction.bind(null, slug, board.program.id), idle);

  const kept = rows.filter((r) => r.included && !r.removed);
  const used = new Map<string, number>();
  const local = new Map<string, string>();
  for (const r of kept) {
    const n = (used.get(r.mentorId) ?? 0) + 1;
    used.set(r.mentorId, n);
    const mentor = mentors.get(r.mentorId)!;
    if (n > mentor.remaining) local.set(r.menteeId, t("overPlaces", { mentor: mentor.name }));
  }
  const fromServer = problemsFromState(state);
  const placesLeft = (menteeId: string) => (mentorId: string) => {
    const own = kept.some((r) => r.menteeId === menteeId && r.mentorId === mentorId) ? 1 : 0;
    return (mentors.get(mentorId)?.remaining ?? 0) - (used.get(mentorId) ?? 0) + own;
  };
  const patch = (menteeId: string, change: (r: Row) => Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.menteeId === menteeId ? { ...r, ...change(r) } : r)));
  const choose = (menteeId: string, mentorId: string) => {
    setChoosing(null);
    if (!rows.some((r) => r.menteeId === menteeId))
      return setRows((rs) => [
        ...rs,
        {
          menteeId,
          mentorId,
          introduction: introFor(menteeId, mentorId),
          edited: false,
          stale: false,
          included: true,
          removed: false,
          proposed: null,
        },
      ]);
    patch(menteeId, (r) => ({
      mentorId,
      included: true,
      ...(r.edited ? { stale: true } : { introduction: introFor(menteeId, mentorId) }),
    }));
  };
  const scoreOf = (r: Row) => {
    if (r.proposed?.mentorId === r.mentorId) return r.proposed;
    if (!score) return null;
    return score.pair(
      profileOf(mentees.get(r.menteeId)!),
      mentorProfileOf(mentors.get(r.mentorId)!),
      board.weights,
      new Date(),
      score.context,
    );
  };
  const excluded = (menteeId: string) =>
    new Set(board.exclusions.filter((e) => e.menteeApplicationId === menteeId).map((e) => e.mentorApplicationId));
  const visible = rows.filter((r) => !r.removed);
  const chosen = choosing ? mentees.get(choosing.menteeId) : undefined;

  return (
    <div className="space-y-4">
      <ConfirmBar
        total={visible.length}
        kept={kept}
        blocked={local.size > 0}
        onIncludeAll={(on) => setRows((rs) => rs.map((r) => (r.removed ? r : { ...r, included: on })))}
        action={confirm}
      />
      <ActionFeedback state={state.status === "error" ? state : idle} />
      <ol className="space-y-3" aria-label={t("proposedPairs")}>
        {visible.map((r) => {
          const score = scoreOf(r);
          return (
            <CohortPairRow
              key={r.menteeId}
              pair={{
                menteeId: r.menteeId,
                menteeName: mentees.get(r.menteeId)!.name,
                mentorName: mentors.get(r.mentorId)!.name,
                score: score?.score ?? null,
                reasons: score?.reasons ?? [],
                introduction: r.introduction,
                edited: r.edited,
                stale: r.stale,
                included: r.included,
                problems: [local.get(r.menteeId), ...(fromServer.get(r.menteeId) ?? [])].filter(
                  (p): p is string => !!p,
                ),
              }}
              onInclude={(included) => patch(r.menteeId, () => ({ included }))}
              onChangeMentor={() => setChoosing({ menteeId: r.menteeId, opened: (choosing?.opened ?? 0) + 1 })}
              onIntroduction={(introduction) => patch(r.menteeId, () => ({ introduction, edited: true }))}
              onFreshIntroduction={() =>
                patch(r.menteeId, (x) => ({
                  introduction: introFor(x.menteeId, x.mentorId),
                  edited: false,
                  stale: false,
                }))
              }
              onRemove={() => patch(r.menteeId, () => ({ removed: true }))}
            />
          );
        })}
      </ol>
      <LeftOut
        removed={rows.filter((r) => r.removed).map((r) => ({ id: r.menteeId, name: mentees.get(r.menteeId)!.name }))}
        unmatched={draft.unmatched.filter(
          (u) => !rows.some((r) => r.menteeId === u.applicationId) && mentees.has(u.applicationId),
        )}
        onPutBack={(menteeId) => patch(menteeId, () => ({ removed: false, included: true }))}
        onChoose={(menteeId) => setChoosing({ menteeId, opened: (choosing?.opened ?? 0) + 1 })}
      />
      {choosing && chosen ? (
        <Suspense fallback={null}>
          <ChooseMentorDialog
            key={choosing.opened}
            open
            onOpenChange={(open) => (open ? null : setChoosing(null))}
            mentee={chosen}
            mentors={board.mentors}
            current={rows.find((r) => r.menteeId === choosing.menteeId && !r.removed)?.mentorId ?? null}
            placesLeft={placesLeft(choosing.menteeId)}
            weights={board.weights}
            compared={compared}
            rules={draft.rules}
            excluded={excluded(choosing.menteeId)}
            onChoose={(mentorId) => choose(choosing.menteeId, mentorId)}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
