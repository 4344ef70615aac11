import { getLocale, getTranslations } from "next-intl/server";
import { UserX } from "lucide-react";
import type { CohortDraftDto } from "@/lib/matching/dto";
import type { Unplaced } from "@/lib/matching/unplaced";

/** "a or b" in the reader's language: the mentee is placeable with a mentor who speaks any of their languages. */
const either = (locale: string, items: string[]) => new Intl.ListFormat(locale, { type: "disjunction" }).format(items);
const both = (locale: string, items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);

/**
 * Why the draft found no mentor for some mentees, one line per cause ("4 mentees: no mentor with a place who speaks
 * Tigrinya"), so the admin knows whether to recruit, relax a rule or free a place.
 */
export async function UnplacedSummary({ unplaced }: { unplaced: CohortDraftDto["unplaced"] }) {
  if (!unplaced.length) return null;
  const [t, locale] = await Promise.all([getTranslations("cohort.unplaced"), getLocale()]);
  const why = (u: Unplaced) => {
    switch (u.kind) {
      case "language":
        return t("why.language", { languages: either(locale, u.languages) });
      case "timeGap":
        return t("why.timeGap", { max: u.max });
      case "topics":
        return t("why.topics", { topics: both(locale, u.topics) });
      default:
        return t(`why.${u.kind}`);
    }
  };
  const total = unplaced.reduce((n, g) => n + g.menteeApplicationIds.length, 0);
  return (
    <section
      aria-labelledby="unplaced-heading"
      className="space-y-2 rounded-lg border border-warning/50 bg-warning/10 px-4 py-3 text-sm"
    >
      <h3 id="unplaced-heading" className="flex items-center gap-2 font-semibold">
        <UserX aria-hidden className="size-4 shrink-0" />
        {t("heading", { count: total })}
      </h3>
      <ul className="list-disc space-y-1 ps-6">
        {unplaced.map((g) => (
          <li key={JSON.stringify(g.why)}>{t("line", { count: g.menteeApplicationIds.length, why: why(g.why) })}</li>
        ))}
      </ul>
    </section>
  );
}
