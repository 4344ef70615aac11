import Link from "next/link";
import { useTranslations } from "next-intl";
import { Clock, Globe, Languages, Users } from "lucide-react";
import type { ApplicationListItemDto } from "@/lib/programs/applications/find-applications";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { ApplicationStateBadge } from "./state-badge";
import { CADENCES, type Cadence } from "@/lib/programs/question-limits";
import { zoneName } from "@/lib/time";

/**
 * One application in the review queue: who, where it stands, what they want to talk about, and a taste of their
 * answers. The name opens the application; the whole row is a click target for it, except the checkbox.
 */
export function ApplicationRow({
  item,
  href,
  selected,
  onSelect,
  submittedLabel,
  showRole = false,
}: {
  item: ApplicationListItemDto;
  href: string;
  /** Without it the row has no checkbox (nothing can be decided, e.g. in an archived program). */
  selected?: boolean;
  onSelect?: (selected: boolean) => void;
  submittedLabel: string | null;
  /** Say the role, for a view that lists mentors and mentees together. */
  showRole?: boolean;
}) {
  const t = useTranslations("programs");
  const r = useTranslations("applications.row");
  const cadence = !item.cadence
    ? null
    : CADENCES.includes(item.cadence as Cadence)
      ? t(`cadence.${item.cadence as Cadence}`)
      : item.cadence;
  return (
    <li className="relative flex gap-3 rounded-lg border border-border bg-card p-4 transition-colors focus-within:border-primary hover:border-primary/60">
      {onSelect ? (
        <input
          type="checkbox"
          className="relative z-10 mt-3 size-4 shrink-0"
          aria-label={r("select", { name: item.applicant.name })}
          checked={selected ?? false}
          onChange={(e) => onSelect(e.target.checked)}
        />
      ) : null}
      <Avatar name={item.applicant.name} photo={item.applicant.photo} />
      <div className="min-w-0 flex-1 space-y-2">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h3 className="font-medium">
            <Link href={href} className="after:absolute after:inset-0 after:rounded-lg hover:underline">
              {item.applicant.name}
            </Link>
          </h3>
          {showRole ? <Badge variant="outline">{t(`role.${item.role}`)}</Badge> : null}
          <ApplicationStateBadge state={item.state} />
          {submittedLabel ? (
            <span className="text-xs text-muted-foreground">
              {r.rich("submitted", {
                time: () => (
                  <time dateTime={item.submittedAt ?? undefined} suppressHydrationWarning>
                    {submittedLabel}
                  </time>
                ),
              })}
            </span>
          ) : null}
        </div>
        {item.excerpt ? <p className="line-clamp-2 text-sm text-muted-foreground">{item.excerpt}</p> : null}
        {item.topics.length ? (
          <ul className="flex flex-wrap gap-1.5" aria-label={r("topics")}>
            {item.topics.map((topic) => (
              <li key={topic}>
                <Badge variant="secondary">{topic}</Badge>
              </li>
            ))}
          </ul>
        ) : null}
        <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
          {item.languages.length ? (
            <div className="flex items-center gap-1">
              <dt>
                <Languages aria-hidden className="size-3.5" />
                <span className="sr-only">{r("languages")}</span>
              </dt>
              <dd>{item.languages.join(", ")}</dd>
            </div>
          ) : null}
          {item.timeZone ? (
            <div className="flex items-center gap-1">
              <dt>
                <Globe aria-hidden className="size-3.5" />
                <span className="sr-only">{r("timeZone")}</span>
              </dt>
              <dd>{zoneName(item.timeZone)}</dd>
            </div>
          ) : null}
          {cadence ? (
            <div className="flex items-center gap-1">
              <dt>
                <Clock aria-hidden className="size-3.5" />
                <span className="sr-only">{r("meets")}</span>
              </dt>
              <dd>{cadence}</dd>
            </div>
          ) : null}
          {item.role === "MENTOR" && item.capacity ? (
            <div className="flex items-center gap-1">
              <dt>
                <Users aria-hidden className="size-3.5" />
                <span className="sr-only">{r("capacity")}</span>
              </dt>
              <dd>{r("upTo", { count: item.capacity })}</dd>
            </div>
          ) : null}
        </dl>
      </div>
    </li>
  );
}
