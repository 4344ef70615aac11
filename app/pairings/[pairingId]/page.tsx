import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft, CircleCheck, CircleSlash, Heart } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUserForPage } from "@/lib/auth/session";
import { getPairSpace } from "@/lib/pairings/get-pair-space";
import { orNotFound } from "@/lib/http/page";
import { dueLabel } from "@/lib/pairings/due";
import { Conversation } from "@/components/pairings/conversation";
import { PairHeader } from "@/components/pairings/pair-header";
import { StepsWaiting } from "@/components/pairings/steps-waiting";
import { dueWords } from "@/components/pairings/due-words";
import { dateFormatter } from "@/lib/time";
import { FeedbackForm } from "./feedback-form";
import { FinishPanel } from "./finish-panel";
import { LeaveDialog } from "./leave-dialog";
import { PairSteps } from "./steps";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pairings");
  return { title: t("metaTitle") };
}

/**
 * The pair's space, for its two participants only (anyone else, admins included, gets the 404 page): who they are
 * to each other, the goal, the steps with the check-ins (the current one first), finishing, feedback, and the
 * conversation with the admins' introduction. Due dates are one instant each, read in the reader's own zone.
 */
export default async function PairingPage({ params }: { params: Promise<{ pairingId: string }> }) {
  const { pairingId } = await params;
  const user = await requireUserForPage();
  const space = await orNotFound(getPairSpace(user, pairingId));
  const [t, locale] = await Promise.all([getTranslations("pairings"), getLocale()]);
  const formatDate = dateFormatter(user.timeZone, undefined, locale);
  const partner = space.partner.name.split(/\s+/)[0] || space.partner.name;
  const others = [{ timeZone: space.partner.timeZone, name: partner }];
  const due = (iso: string) => dueLabel(iso, user.timeZone, others, locale, dueWords(t));
  const active = space.state === "ACTIVE";
  const waiting = active && space.clockStartedAt === null;

  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link
          href="/mentorships"
          className="inline-flex items-center gap-1 text-muted-foreground hover:text-foreground"
        >
          <ArrowLeft aria-hidden className="size-4 rtl:-scale-x-100" />
          {t("myMentorships")}
        </Link>
      </nav>
      <PairHeader
        space={space}
        matchedLabel={formatDate(space.startedAt)}
        clockLabel={space.clockStartedAt ? formatDate(space.clockStartedAt) : null}
      />

      {space.state === "COMPLETED" ? (
        <p className="flex items-start gap-2 rounded-lg border border-success/40 bg-card p-4 text-sm">
          <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-success" />
          <span>{space.completedAt ? t("completedOn", { date: formatDate(space.completedAt) }) : t("completed")}</span>
        </p>
      ) : space.state === "ENDED" ? (
        <p className="flex items-start gap-2 rounded-lg border border-border bg-muted p-4 text-sm">
          <CircleSlash aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>{space.endedAt ? t("endedOn", { date: formatDate(space.endedAt) }) : t("ended")}</span>
        </p>
      ) : null}

      {/* The steps first (on a phone the current step's form is on the first screen), then the conversation. */}
      <div className="grid gap-6 lg:grid-cols-3 lg:items-start">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <section aria-labelledby="steps-heading" className="space-y-3">
            <div>
              <h2 id="steps-heading" className="text-xl font-semibold">
                {t("stepsHeading")}
              </h2>
              {/* The partner's card says it again where it matters; a phone keeps the room for the step. */}
              <p className="text-sm text-muted-foreground max-sm:sr-only">
                {waiting ? t("stepsWaitingHint") : active ? t("stepsActiveHint", { partner }) : t("stepsDoneHint")}
              </p>
            </div>
            {waiting ? <StepsWaiting programName={space.program.name} /> : null}
            <PairSteps space={space} formatDate={formatDate} due={due} now={new Date()} />
          </section>

          {active && space.progress.allComplete ? (
            <FinishPanel
              pairingId={space.id}
              partner={partner}
              proposedBy={space.completion.proposedBy}
              proposedLabel={space.completion.proposedAt ? formatDate(space.completion.proposedAt) : null}
            />
          ) : active && !waiting ? (
            <p className="text-sm text-muted-foreground">{t("finishLater")}</p>
          ) : null}

          {space.state === "COMPLETED" ? (
            <section
              id="feedback"
              aria-labelledby="feedback-heading"
              className="scroll-mt-20 space-y-4 rounded-lg border border-border bg-card p-4 shadow-sm sm:p-6"
            >
              <h2 id="feedback-heading" className="flex items-center gap-2 text-lg font-semibold">
                <Heart aria-hidden className="size-5 text-primary" />
                {space.feedback.given ? t("feedbackGiven") : t("feedbackAsk")}
              </h2>
              {space.feedback.canGive ? (
                <FeedbackForm pairingId={space.id} />
              ) : (
                <p className="text-sm text-muted-foreground">{t("feedbackHelps")}</p>
              )}
            </section>
          ) : null}
        </div>

        <div className="space-y-6">
          <Conversation
            introduction={space.introduction}
            groupName={space.program.groupName}
            dateLabel={formatDate(space.startedAt)}
            threadId={space.threadId}
            threadHref={space.threadId ? `/pairings/${space.id}/thread` : null}
          />
          {active ? <LeaveDialog pairingId={space.id} partner={partner} /> : null}
        </div>
      </div>
    </div>
  );
}
