import { useLocale, useTranslations } from "next-intl";
import type { IntroductionKey, IntroductionWords } from "@/lib/matching/introduction";
import { listInWords, type Reason } from "@/lib/matching/reasons";

// The matching screens' words that are built from data: reasons, lists of names, the introduction's sentences.
// Hooks, so they work in server and client components alike (messages under `matching`).

/**
 * Items as a list in the reader's language: "and" lists ("Spanish and Catalan") or plain ones ("a, b, c"). English
 * keeps the words it has always used (no comma before "and"); other languages follow Intl's list rules.
 */
export function listIn(locale: string, items: string[], style: "and" | "comma"): string {
  if (locale === "en") return style === "and" ? listInWords(items) : items.join(", ");
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
}

/** A reason as the reader's words ("3 shared topics: …", "3 temas en común: …"). */
export function useReasonText(): (reason: Reason) => string {
  const t = useTranslations("matching.reasons");
  const locale = useLocale();
  return (r) => {
    switch (r.kind) {
      case "topics":
        return t("topics", { count: r.items.length, topics: listIn(locale, r.items, "comma") });
      case "words":
        return t("words", { words: listIn(locale, r.items, "comma") });
      case "languages":
        return t("languages", { languages: listIn(locale, r.items, "and") });
      case "sameZone":
        return t("sameZone");
      case "hoursApart":
        return t("hoursApart", { hours: r.hours });
      case "bothFlexible":
        return t("bothFlexible");
      case "bothPrefer":
        return t("bothPrefer", { cadence: r.cadence });
      case "menteeFlexible":
        return t("menteeFlexible", { cadence: r.cadence });
      case "mentorFlexible":
        return t("mentorFlexible", { cadence: r.cadence });
      case "closeRhythms":
        return t("closeRhythms", { mentee: r.mentee, mentor: r.mentor });
      case "places":
        return t("places", { remaining: r.remaining, capacity: r.capacity });
    }
  };
}

/** The introduction's sentences in the reader's language: the admin writes it, so it starts in theirs. */
export function useIntroductionWords(): IntroductionWords {
  const t = useTranslations("matching.introduction");
  const locale = useLocale();
  return {
    say: (key: IntroductionKey, values) => t(key, values),
    list: (items) => listIn(locale, items, "and"),
  };
}

/** "2 of 3 places free", or "Full: 3 of 3 places taken". */
export function usePlacesLabel(): (remaining: number, capacity: number) => string {
  const t = useTranslations("matching.mentors");
  return (remaining, capacity) => (remaining <= 0 ? t("full", { capacity }) : t("placesFree", { remaining, capacity }));
}
