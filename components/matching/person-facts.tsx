import { Clock, Globe, Languages } from "lucide-react";
import type { CandidateDto } from "@/lib/matching/dto";
import { Badge } from "@/components/ui/badge";
import { cadenceLabel } from "@/components/programs/labels";
import { zoneLabel } from "./profiles";

/** What matching reads about a person: topics as chips, then languages, time zone and rhythm. */
export function PersonFacts({ person, maxTopics = 5 }: { person: CandidateDto; maxTopics?: number }) {
  const shown = person.topics.slice(0, maxTopics);
  const more = person.topics.length - shown.length;
  const cadence = cadenceLabel(person.cadence);
  return (
    <div className="space-y-1.5">
      {shown.length ? (
        <ul className="flex flex-wrap gap-1" aria-label="Topics">
          {shown.map((t) => (
            <li key={t}>
              <Badge variant="secondary">{t}</Badge>
            </li>
          ))}
          {more > 0 ? (
            <li>
              <Badge variant="outline">+{more} more</Badge>
            </li>
          ) : null}
        </ul>
      ) : null}
      <dl className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted-foreground">
        {person.languages.length ? (
          <div className="flex items-center gap-1">
            <dt>
              <Languages aria-hidden className="size-3.5" />
              <span className="sr-only">Languages</span>
            </dt>
            <dd>{person.languages.join(", ")}</dd>
          </div>
        ) : null}
        {person.timeZone ? (
          <div className="flex items-center gap-1">
            <dt>
              <Globe aria-hidden className="size-3.5" />
              <span className="sr-only">Time zone</span>
            </dt>
            <dd>{zoneLabel(person.timeZone)}</dd>
          </div>
        ) : null}
        {cadence ? (
          <div className="flex items-center gap-1">
            <dt>
              <Clock aria-hidden className="size-3.5" />
              <span className="sr-only">Meets</span>
            </dt>
            <dd>{cadence}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
