import Link from "next/link";
import { CircleAlert, CircleCheck, Clock, Hourglass, PenLine } from "lucide-react";
import type { MyPairingDto } from "@/lib/pairings/dto";
import { dueLabel } from "@/lib/pairings/due";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils/cn";
import { PairingStateBadge } from "./pairing-state-badge";
import { ProgressBar } from "./progress-bar";
import { partnerLabel, plural } from "./labels";
import { UnreadThreadLink } from "@/components/chat/unread-messages";

/**
 * One of "My mentorships": who with, where, how far along, and what is due next (overdue and "awaiting you" marked),
 * its due instant in the reader's zone (`timeZone`) and, where the partner's day differs, in theirs (decision 015).
 */
export function MyPairingCard({ pairing, timeZone }: { pairing: MyPairingDto; timeZone: string }) {
  const { done, total, percent } = pairing.progress;
  const progressText = `${done} of ${plural(total, "step")} complete`;
  const next = pairing.next;
  const partner = pairing.partner.name.split(/\s+/)[0] || pairing.partner.name;
  const due = next?.dueAt
    ? dueLabel(next.dueAt, timeZone, [{ timeZone: pairing.partner.timeZone, name: partner }])
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
              {partnerLabel(pairing.side, pairing.partner.name)}
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
              Awaiting you
            </Badge>
          ) : null
        ) : (
          <PairingStateBadge state={pairing.state} />
        )}
      </div>
      <div className="space-y-1.5">
        <p className="text-sm">{progressText}</p>
        <ProgressBar percent={percent} label={`Progress with ${partner}`} valueText={progressText} />
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
            <span className="font-medium">Next: {next.title}</span>
            <br />
            {!next.dueAt || !due ? (
              <span>Opens when {pairing.program.name} starts</span>
            ) : (
              <span className={late ? "font-medium" : undefined}>
                {late ? "Overdue since" : "Due"} <time dateTime={next.dueAt}>{due.text}</time>
              </span>
            )}
            {next.checkedIn ? <span> · You&apos;ve checked in; waiting for {partner}</span> : null}
            {due?.partnerText ? (
              <span className="block text-muted-foreground">That&apos;s {due.partnerText}.</span>
            ) : null}
          </p>
        </div>
      ) : pairing.state === "ACTIVE" ? (
        <p className="mt-auto text-sm text-muted-foreground">Every step is done. Time to wrap up together.</p>
      ) : null}
    </article>
  );
}
