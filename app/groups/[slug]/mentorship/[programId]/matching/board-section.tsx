import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CircleAlert, Inbox, ListChecks, Sparkles } from "lucide-react";
import type { SessionUser } from "@/lib/auth/session-user";
import type { BoardPageDto } from "@/lib/matching/dto";
import type { BoardQuery } from "@/lib/matching/board-query";
import { Button } from "@/components/ui/button";
import { MatchingBoard } from "./board";
import { matchingBlockedReason } from "./blocked";

/** The board's data and what it says about the program: counts, why matching is closed, where places ran out. */
export async function BoardSection({
  user,
  board,
  slug,
  query,
}: {
  user: SessionUser;
  board: BoardPageDto;
  slug: string;
  query: BoardQuery;
}) {
  const programHref = `/groups/${slug}/mentorship/${board.program.id}`;
  const { places, openMentors: open, waiting } = board.counts;
  const t = await getTranslations("matching");
  const blocked = matchingBlockedReason(board.program, board.program.mentorshipEnabled);
  const canDraft = !blocked && waiting > 0 && places > 0;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">
          {t("summary", {
            mentees: waiting,
            mentors: open,
            places,
            pairs: board.counts.activePairings,
            waitlisted: board.counts.waitlistedMentees,
          })}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <Link href={`${programHref}/pairings`}>
              <ListChecks aria-hidden />
              {t("pairings")}
            </Link>
          </Button>
          {canDraft ? (
            <Button asChild>
              <Link href={`${programHref}/matching/cohort`}>
                <Sparkles aria-hidden />
                {t("draftCohort")}
              </Link>
            </Button>
          ) : null}
        </div>
      </div>

      {blocked ? (
        <p
          role="status"
          className="flex items-start gap-2 rounded-lg border border-warning/50 bg-warning/10 px-4 py-3 text-sm"
        >
          <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          {t(`blocked.${blocked}`)}
        </p>
      ) : waiting > 0 && places === 0 ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-border bg-card px-4 py-3 text-sm">
          <p className="flex items-center gap-2">
            <CircleAlert aria-hidden className="size-4 shrink-0 text-muted-foreground" />
            {t("noPlaces")}
          </p>
          <Button asChild variant="outline" size="sm">
            <Link href={`${programHref}/applications?role=MENTOR`}>{t("reviewMentors")}</Link>
          </Button>
        </div>
      ) : null}

      <MatchingBoard
        board={board}
        slug={slug}
        timeZone={user.timeZone ?? "UTC"}
        query={query}
        emptyMentees={
          <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-border bg-card px-4 py-10 text-center">
            <Inbox aria-hidden className="size-8 text-muted-foreground" />
            <p className="font-medium">{t("emptyTitle")}</p>
            <p className="max-w-sm text-sm text-muted-foreground">{t("emptyBody")}</p>
            <Link href={`${programHref}/applications`} className="text-sm text-primary underline underline-offset-4">
              {t("reviewApplications")}
            </Link>
          </div>
        }
      />
    </div>
  );
}
