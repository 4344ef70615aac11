import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Users } from "lucide-react";
import type { MentorCandidateDto } from "@/lib/matching/dto";
import type { Reason } from "@/lib/matching/reasons";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils/cn";
import { PersonFacts } from "./person-facts";
import { Reasons, Score } from "./score";
import { usePlacesLabel } from "./words";

/**
 * A mentor on the board: their places, what they offer, and, once a mentee is chosen, how well they fit with the
 * reasons in words. Full mentors are dimmed (and say so in words).
 */
export function MentorCard({
  mentor,
  suggestion,
  best,
  actions,
}: {
  mentor: MentorCandidateDto;
  suggestion?: { score: number; reasons: Reason[] };
  /** The first suggestion, marked as such. */
  best?: boolean;
  actions?: ReactNode;
}) {
  const t = useTranslations("matching.mentors");
  const placesLabel = usePlacesLabel();
  const full = mentor.remaining <= 0;
  return (
    <li
      aria-label={mentor.name}
      className={cn(
        "space-y-3 rounded-lg border border-border bg-card p-4",
        full && "border-dashed bg-muted/40 text-muted-foreground",
      )}
    >
      <div className="flex items-start gap-3">
        <Avatar name={mentor.name} photo={mentor.photo} size="sm" className="mt-0.5" />
        <div className="min-w-0 flex-1 space-y-1.5">
          <div className="flex flex-wrap items-center gap-2">
            <h4 className={cn("font-medium", !full && "text-foreground")}>{mentor.name}</h4>
            {best ? <Badge variant="success">{t("bestFit")}</Badge> : null}
          </div>
          <p className={cn("flex items-center gap-1.5 text-sm", full ? "font-medium" : "text-muted-foreground")}>
            <Users aria-hidden className="size-4" />
            {placesLabel(mentor.remaining, mentor.capacity)}
          </p>
          <PersonFacts person={mentor} maxTopics={suggestion ? 3 : 5} />
        </div>
        {suggestion ? <Score score={suggestion.score} /> : null}
      </div>
      {suggestion ? (
        // The card says its places already.
        <Reasons reasons={suggestion.reasons.filter((r) => r.kind !== "places")} />
      ) : null}
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </li>
  );
}
