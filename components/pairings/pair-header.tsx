import Link from "next/link";
import { useTranslations } from "next-intl";
import { CalendarDays, MessageCircle, Target } from "lucide-react";
import type { PairSpaceDto } from "@/lib/pairings/dto";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { PairingStateBadge } from "./pairing-state-badge";
import { ProgressBar } from "./progress-bar";

/**
 * Who the two are to each other, where (program and group), since when (the match, and when their steps started
 * if that was later: decision 015), how far along they are, and the goal they agreed on.
 */
export function PairHeader({
  space,
  matchedLabel,
  clockLabel,
}: {
  space: PairSpaceDto;
  matchedLabel: string;
  /** When the steps started, in the reader's zone; null before the program starts. */
  clockLabel: string | null;
}) {
  const t = useTranslations("pairings");
  const { done, total, percent } = space.progress;
  const programHref = `/groups/${space.program.groupSlug}/mentorship/${space.program.id}`;
  const progressText = t("header.progressText", { done, total });
  const progressWithPercent = t("header.percent", { progress: progressText, percent });
  return (
    // Compact on a phone, so the current step's check-in still starts on the first screen below it.
    <header className="space-y-3 rounded-xl border border-border bg-card p-4 shadow-sm sm:space-y-4 sm:p-6">
      <div className="flex items-start gap-3 sm:gap-4">
        <Avatar
          name={space.partner.name}
          photo={space.partner.photo}
          size="lg"
          className="max-sm:size-10 max-sm:text-sm"
        />
        <div className="min-w-0 flex-1 space-y-1">
          <h1 className="text-xl font-semibold tracking-tight sm:text-3xl">
            {t("partnerLabel", { side: space.side, name: space.partner.name })}
          </h1>
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
            {/* Active is the usual state (as on My mentorships): only a finished pairing says so. */}
            {space.state === "ACTIVE" ? null : <PairingStateBadge state={space.state} />}
            <p>
              {t.rich("header.youAre", {
                side: space.side,
                program: space.program.name,
                group: space.program.groupName,
                link: (chunks) => (
                  <Link href={programHref} className="font-medium text-foreground underline underline-offset-4">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          </div>
          <p className="flex items-center gap-1.5 text-sm text-muted-foreground">
            <CalendarDays aria-hidden className="size-4 shrink-0" />
            {space.clockStartedAt && clockLabel === matchedLabel ? (
              <span>
                {t.rich("header.started", {
                  date: matchedLabel,
                  time: (chunks) => <time dateTime={space.startedAt}>{chunks}</time>,
                })}
              </span>
            ) : (
              <span>
                {t.rich("header.matched", {
                  date: matchedLabel,
                  time: (chunks) => <time dateTime={space.startedAt}>{chunks}</time>,
                })}
                {" · "}
                {space.clockStartedAt
                  ? t.rich("header.stepsStarted", {
                      date: clockLabel ?? "",
                      time: (chunks) => <time dateTime={space.clockStartedAt!}>{chunks}</time>,
                    })
                  : t("header.stepsLater")}
              </span>
            )}
          </p>
        </div>
        <Button asChild variant="outline" size="sm" className="shrink-0">
          <Link href={space.threadId ? `/pairings/${space.id}/thread` : "#conversation"}>
            <MessageCircle aria-hidden />
            <span className="max-sm:sr-only">{t("header.conversation")}</span>
          </Link>
        </Button>
      </div>
      <div className="space-y-1.5">
        <div className="flex items-baseline justify-between gap-2 text-sm">
          <span className="font-medium">{t("header.progress")}</span>
          <span className="text-muted-foreground">{progressWithPercent}</span>
        </div>
        <ProgressBar percent={percent} label={t("header.progress")} valueText={progressWithPercent} />
      </div>
      {space.goal ? (
        <section
          aria-labelledby="goal-heading"
          className="flex items-start gap-2.5 rounded-md border-s-4 border-primary bg-accent px-3 py-2 text-accent-foreground"
        >
          <Target aria-hidden className="mt-0.5 size-4 shrink-0" />
          <div className="min-w-0">
            <h2 id="goal-heading" className="text-sm font-semibold">
              {t("header.goal")}
            </h2>
            <p className="whitespace-pre-line break-words text-sm">{space.goal}</p>
          </div>
        </section>
      ) : null}
    </header>
  );
}
