import { useTranslations } from "next-intl";
import type { ReactionSummaryDto } from "@/lib/groups/feed/dto";
import { REACTIONS } from "./labels";

/**
 * The counts, most chosen first, e.g. "👍❤️ 4", with a full sentence for screen readers. Shared: the server renders
 * it alone where the viewer may not react (no client code), and the reaction bar (./reaction-bar.tsx) beside its
 * buttons.
 */
export function ReactionSummary({ reactions }: { reactions: ReactionSummaryDto }) {
  const t = useTranslations("feed.reactions");
  if (reactions.total === 0) return null;
  const kinds = REACTIONS.filter((r) => reactions.counts[r.kind]).sort(
    (a, b) => (reactions.counts[b.kind] ?? 0) - (reactions.counts[a.kind] ?? 0),
  );
  const spoken = kinds.map((r) => t("countOf", { count: reactions.counts[r.kind] ?? 0, kind: r.kind })).join(", ");
  return (
    <span className="inline-flex items-center gap-1 text-sm text-muted-foreground">
      <span aria-hidden>
        {kinds.slice(0, 3).map((r) => r.emoji)} {reactions.total}
      </span>
      <span className="sr-only">{t("summary", { count: reactions.total, list: spoken })}</span>
    </span>
  );
}
