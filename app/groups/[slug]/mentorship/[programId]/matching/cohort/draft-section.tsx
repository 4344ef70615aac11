import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CircleAlert, Inbox } from "lucide-react";
import type { SessionUser } from "@/lib/auth/session-user";
import { draftCohort } from "@/lib/matching/draft-cohort";
import { getMatchingBoard } from "@/lib/matching/get-matching-board";
import { orNotFound } from "@/lib/http/page";
import { matchingBlockedReason } from "../blocked";
import { CohortDraft } from "./cohort-draft";
import { UnplacedSummary } from "./unplaced-summary";

/** The draft and the board it was made from (the mentors' places and profiles, for changing a pair's mentor). */
export async function DraftSection({
  user,
  programId,
  slug,
  mentorshipEnabled,
}: {
  user: SessionUser;
  programId: string;
  slug: string;
  mentorshipEnabled: boolean;
}) {
  const [board, draft] = await Promise.all([
    orNotFound(getMatchingBoard(user, programId)),
    orNotFound(draftCohort(user, programId)),
  ]);
  const boardHref = `/groups/${slug}/mentorship/${programId}/matching`;
  const [t, tm] = await Promise.all([getTranslations("cohort"), getTranslations("matching")]);
  const blocked = matchingBlockedReason(board.program, mentorshipEnabled);
  const average = draft.pairs.length
    ? Math.round(draft.pairs.reduce((sum, p) => sum + p.score, 0) / draft.pairs.length)
    : null;

  if (blocked)
    return (
      <p
        role="status"
        className="flex items-start gap-2 rounded-lg border border-warning/50 bg-warning/10 px-4 py-3 text-sm"
      >
        <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        {tm(`blocked.${blocked}`)}
      </p>
    );
  if (draft.pairs.length === 0 && draft.unmatched.length === 0)
    return (
      <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-border bg-card px-4 py-10 text-center">
        <Inbox aria-hidden className="size-8 text-muted-foreground" />
        <p className="font-medium">{t(board.mentees.length ? "noPlaceTitle" : "noMenteesTitle")}</p>
        <Link href={boardHref} className="text-sm text-primary underline underline-offset-4">
          {t("backLink")}
        </Link>
      </div>
    );
  return (
    <div className="space-y-4">
      <p className="max-w-prose text-sm text-muted-foreground">
        {draft.pairs.length
          ? t("summary", {
              count: draft.pairs.length,
              waiting: board.mentees.length,
              average: average === null ? "none" : String(average),
            })
          : t("noneFound")}
      </p>
      <UnplacedSummary unplaced={draft.unplaced} />
      <CohortDraft board={board} draft={draft} slug={slug} />
    </div>
  );
}
