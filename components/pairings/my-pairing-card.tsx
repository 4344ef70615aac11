import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { CircleAlert, CircleCheck, Clock, Hourglass, PenLine } from "lucide-react";
import type { MyPairingDto } from "@/lib/pairings/dto";
import { dueLabel } from "@/lib/pairings/due";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils/cn";
import { PairingStateBadge } from "./pairing-state-badge";
import { ProgressBar } from "./progress-bar";
import { dueWords } from "./due-words";
import { UnreadThreadLink } from "@/components/chat/unread-messages";

/**
 * One of "My mentorships": who with, where, how far along, and what is due next (overdue and "awaiting you" marked),
 * its due instant in the reader's zone (`timeZone`) and, where the partner's day differs, in theirs (decision 015).
 */
export function MyPairingCard({ pairing, timeZone }: { pairing: MyPairingDto; timeZone: string }) {
  const t = useTranslations("pairings");
  const locale = useLocale();
  const { done, total, percent } = pairing.progress;
  const progressText = t("header.progressText", { done, total });
  const next = pairing.next;
  const partner = pairing.partner.name.split(/\s+/)[0] || pairing.partner.name;
  const due = next?.dueAt
    ? dueLabel(next.dueAt, timeZone, [{ timeZone: pairing.partner.timeZone, name: partner }], locale, dueWords(t))
    : null;
  const late = next !== null && next.overdue && !next.checkedIn;
  return (
    <article
      className={cn(
        "relative flex h-full flex-col gap-4 rounded-lg border bg-card p-4 shadow-sm transition-colors focus-within:ring-2 focus-within:ring-ring hover:border-primary/50",
        pairing.awaitingYou ? "border-primary/50" : "border-border",
      )}
    >
      <div className="flex items-start gap-3">
        <Avatar name={pairing.partner.name} photo={pairing.partner.photo} />
        <div className="min-w-0 flex-1 space-y-0.5">
          <h3 className="font-semibold leading-snug">
            {/* The whole card opens the space; the link's text is its name. */}
            <Link href={`/pairings/${pairing.id}`} className="outline-none after:absolute after:inset-0">
              {t("partnerLabel", { side: pairing.side, name: pairing.partner.name })}
            </Link>
          </h3>
          <p className="text-sm text-muted-foreground">
            {pairing.program.name} · {pairing.group.name}
          </p>
          {pairing.threadId ? (
            // Above the card's own link, straight into the conversation.
            <UnreadThreadLink
              threadId={pairing.threadId}
              href={`/pairings/${pairing.id}/thread`}
              className="relative z-10 mt-1"
            />
          ) : null}
        </div>
        {pairing.state === "ACTIVE" ? (
          pairing.awaitingYou ? (
            <Badge>
              <PenLine aria-hidden />
              {t("card.awaitingYou")}
            </Badge>
          ) : null
        ) : (
          <PairingStateBadge state={pairing.state} />
        )}
      </div>
      <div className="space-y-1.5">
        <p className="text-sm">{progressText}</p>
        <ProgressBar percent={percent} label={t("card.progressWith", { partner })} valueText={progressText} />
      </div>
      {next ? (
        <div
          className={cn(
            "mt-auto flex items-start gap-2 rounded-md px-3 py-2 text-sm",
            late ? "bg-warning/15 text-foreground" : "bg-muted",
          )}
        >
          {late ? (
            <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
          ) : next.checkedIn ? (
            <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-success" />
          ) : due ? (
            <Clock aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
          ) : (
            <Hourglass aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
          )}
          <p>
            <span className="font-medium">{t("card.next", { title: next.title })}</span>
            <br />
            {!next.dueAt || !due ? (
              <span>{t("card.opensWhen", { program: pairing.program.name })}</span>
            ) : (
              <span className={late ? "font-medium" : undefined}>
                {t.rich(late ? "card.overdueSince" : "due.prefix", {
                  date: due.text,
                  time: (chunks) => <time dateTime={next.dueAt!}>{chunks}</time>,
                })}
              </span>
            )}
            {next.checkedIn ? <span>{t("card.checkedInWaiting", { partner })}</span> : null}
            {due?.partnerText ? (
              <span className="block text-muted-foreground">{t("due.partner", { text: due.partnerText })}</span>
            ) : null}
          </p>
        </div>
      ) : pairing.state === "ACTIVE" ? (
        <p className="mt-auto text-sm text-muted-foreground">{t("card.allDone")}</p>
      ) : null}
    </article>
  );
}
