"use client";

import { useId, useOptimistic, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import type { ReactionSummaryDto } from "@/lib/groups/feed/dto";
import type { ReactionKind } from "@/lib/groups/feed/schemas";
import { cn } from "@/lib/utils/cn";
import { REACTIONS } from "./labels";
import type { FeedActions } from "./feed-actions";
import { FeedIcon } from "./feed-icon";
import { ReactionSummary as Summary } from "./reaction-summary";
import { runAction } from "./use-feed-action";

function apply(current: ReactionSummaryDto, next: ReactionKind | null): ReactionSummaryDto {
  const counts = { ...current.counts };
  let total = current.total;
  if (current.mine) {
    counts[current.mine] = Math.max(0, (counts[current.mine] ?? 1) - 1);
    if (!counts[current.mine]) delete counts[current.mine];
    total -= 1;
  }
  if (next) {
    counts[next] = (counts[next] ?? 0) + 1;
    total += 1;
  }
  return { counts, total: Math.max(0, total), mine: next };
}

/**
 * Reactions on a post or comment: a toggle for the viewer's reaction (Like by default), a picker of every kind
 * (a button group with aria-pressed), and the counts. Changes show at once and are saved in the background. A client
 * island of a card rendered on the server, only where the viewer may react (elsewhere the card shows the summary).
 */
export function ReactionBar({
  slug,
  target,
  reactions,
  action,
  compact = false,
}: {
  slug: string;
  target: { postId: string } | { commentId: string };
  reactions: ReactionSummaryDto;
  action: FeedActions["react"];
  compact?: boolean;
}) {
  const [shown, setShown] = useOptimistic(reactions, apply);
  const [, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  const pickerId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const t = useTranslations("feed.reactions");

  const mine = REACTIONS.find((r) => r.kind === shown.mine) ?? null;
  const choose = (kind: ReactionKind | null) => {
    setOpen(false);
    startTransition(async () => {
      setShown(kind);
      const result = await runAction(action, { slug, ...target, kind: kind ?? "NONE" });
      if (result.status === "error") toast.error(result.message);
    });
  };
  const size = compact ? "h-8 px-2 text-xs" : "h-9 px-3 text-sm";

  return (
    <div className="flex flex-wrap items-center gap-1">
      <button
        type="button"
        aria-pressed={mine !== null}
        onClick={() => choose(mine ? null : "LIKE")}
        className={cn(
          "inline-flex items-center gap-1.5 rounded-md font-medium hover:bg-accent",
          size,
          mine ? "text-primary" : "text-muted-foreground",
        )}
      >
        <span aria-hidden>{mine?.emoji ?? "👍"}</span>
        {t("name", { kind: mine?.kind ?? "LIKE" })}
      </button>
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={pickerId}
        aria-label={t("choose")}
        title={t("choose")}
        onClick={() => setOpen((o) => !o)}
        className={cn("inline-flex items-center rounded-md text-muted-foreground hover:bg-accent", size)}
      >
        <FeedIcon name="react" />
      </button>
      {open ? (
        <div
          id={pickerId}
          role="group"
          aria-label={t("label")}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              setOpen(false);
              toggleRef.current?.focus();
            }
          }}
          className="flex flex-wrap items-center gap-0.5 rounded-full border border-border bg-popover px-1 py-0.5 shadow-sm"
        >
          {REACTIONS.map((r, i) => (
            <button
              key={r.kind}
              type="button"
              autoFocus={i === 0}
              aria-pressed={shown.mine === r.kind}
              aria-label={t("name", { kind: r.kind })}
              title={t("name", { kind: r.kind })}
              onClick={() => choose(shown.mine === r.kind ? null : r.kind)}
              className={cn(
                "inline-flex size-9 items-center justify-center rounded-full text-lg hover:bg-accent",
                shown.mine === r.kind && "bg-accent ring-2 ring-primary",
              )}
            >
              <span aria-hidden>{r.emoji}</span>
            </button>
          ))}
        </div>
      ) : null}
      <Summary reactions={shown} />
    </div>
  );
}
