import Link from "next/link";
import { CalendarDays, MessageCircle } from "lucide-react";
import type { PairSpaceDto } from "@/lib/pairings/dto";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { PairingStateBadge } from "./pairing-state-badge";
import { ProgressBar } from "./progress-bar";
import { partnerLabel, plural } from "./labels";

/** Who the two are to each other, where (program and group), since when, and how far along they are. */
export function PairHeader({ space, startedLabel }: { space: PairSpaceDto; startedLabel: string }) {
  const { done, total, percent } = space.progress;
  const programHref = `/groups/${space.program.groupSlug}/mentorship/${space.program.id}`;
  const progressText = `${done} of ${plural(total, "step")} complete`;
  return (
    <header className="space-y-4 rounded-xl border border-border bg-card p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-start gap-4">
        <Avatar name={space.partner.name} size="lg" />
        <div className="min-w-0 flex-1 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
              {partnerLabel(space.side, space.partner.name)}
            </h1>
            <PairingStateBadge state={space.state} />
          </div>
          <p className="text-sm text-muted-foreground">
            {space.side === "MENTEE" ? "You're the mentee" : "You're the mentor"} in{" "}
            <Link href={programHref} className="font-medium text-foreground underline underline-offset-4">
              {space.program.name}
            </Link>
            , {space.program.groupName}
          </p>
          <p className="flex items-center gap-1.5 text-sm text-muted-foreground">
            <CalendarDays aria-hidden className="size-4 shrink-0" />
            <span>
              Started <time dateTime={space.startedAt}>{startedLabel}</time>
            </span>
          </p>
        </div>
        <Button asChild variant="outline" size="sm" className="max-sm:basis-full">
          <Link href={space.threadId ? `/pairings/${space.id}/thread` : "#conversation"}>
            <MessageCircle aria-hidden />
            Conversation
          </Link>
        </Button>
      </div>
      <div className="space-y-1.5">
        <div className="flex items-baseline justify-between gap-2 text-sm">
          <span className="font-medium">Progress</span>
          <span className="text-muted-foreground">
            {progressText} ({percent}%)
          </span>
        </div>
        <ProgressBar percent={percent} label="Progress" valueText={`${progressText} (${percent}%)`} />
      </div>
    </header>
  );
}
