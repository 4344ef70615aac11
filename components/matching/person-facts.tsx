import { useTranslations } from "next-intl";
import { Clock, Globe, Languages } from "lucide-react";
import type { CandidateDto } from "@/lib/matching/dto";
import { Badge } from "@/components/ui/badge";
import { CADENCES } from "@/lib/programs/question-limits";
import { zoneLabel } from "./profiles";

const FACTS = { languages: Languages, timeZone: Globe, meets: Clock } as const;
type Fact = keyof typeof FACTS;

/**
 * The three fact icons, drawn once per page: each person's facts point at them (`<use>`), instead of repeating the
 * icons' paths in every row (a board of 35 people carried 105 copies, a sixth of its HTML). Rendered by the board.
 */
export function PersonFactIcons() {
  return (
    <svg aria-hidden width="0" height="0" className="absolute">
      {(Object.keys(FACTS) as Fact[]).map((fact) => {
        const Icon = FACTS[fact];
        return (
          <symbol key={fact} id={`person-fact-${fact}`} viewBox="0 0 24 24">
            <Icon />
          </symbol>
        );
      })}
    </svg>
  );
}

const FactIcon = ({ fact }: { fact: Fact }) => (
  <svg aria-hidden className="size-3.5">
    <use href={`#person-fact-${fact}`} />
  </svg>
);

/** What matching reads about a person: topics as chips, then languages, time zone and rhythm. */
export function PersonFacts({ person, maxTopics = 5 }: { person: CandidateDto; maxTopics?: number }) {
  const shown = person.topics.slice(0, maxTopics);
  const more = person.topics.length - shown.length;
  const t = useTranslations("matching.facts");
  const known = (CADENCES as readonly (string | null)[]).includes(person.cadence);
  const cadence = known ? t("cadence", { cadence: person.cadence! }) : person.cadence;
  return (
    <div className="space-y-1.5">
      {shown.length ? (
        <ul className="flex flex-wrap gap-1" aria-label={t("topics")}>
          {shown.map((t) => (
            <li key={t}>
              <Badge variant="secondary">{t}</Badge>
            </li>
          ))}
          {more > 0 ? (
            <li>
              <Badge variant="outline">{t("more", { count: more })}</Badge>
            </li>
          ) : null}
        </ul>
      ) : null}
      <dl className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted-foreground">
        {person.languages.length ? (
          <div className="flex items-center gap-1">
            <dt>
              <FactIcon fact="languages" />
              <span className="sr-only">{t("languages")}</span>
            </dt>
            <dd>{person.languages.join(", ")}</dd>
          </div>
        ) : null}
        {person.timeZone ? (
          <div className="flex items-center gap-1">
            <dt>
              <FactIcon fact="timeZone" />
              <span className="sr-only">{t("timeZone")}</span>
            </dt>
            <dd>{zoneLabel(person.timeZone)}</dd>
          </div>
        ) : null}
        {cadence ? (
          <div className="flex items-center gap-1">
            <dt>
              <FactIcon fact="meets" />
              <span className="sr-only">{t("meets")}</span>
            </dt>
            <dd>{cadence}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
