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

/** What the wording needs from next-intl's translator (`useTranslations`, or `createTranslator` in tests). */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A reason in the reader's words ("3 shared topics: …", "3 temas en común: …"), from `matching.reasons`. */
export function reasonText(t: Translate, locale: string, r: Reason): string {
  switch (r.kind) {
    case "topics":
      return t("topics", { count: r.items.length, topics: listIn(locale, r.items, "comma") });
    case "words":
      return t("words", { words: listIn(locale, r.items, "comma") });
    case "languages":
      return t("languages", { languages: listIn(locale, r.items, "and") });
    case "sameZone":
    case "bothFlexible":
      return t(r.kind);
    case "hoursApart":
      return t("hoursApart", { hours: r.hours });
    case "bothPrefer":
    case "menteeFlexible":
    case "mentorFlexible":
      return t(r.kind, { cadence: r.cadence });
    case "closeRhythms":
      return t("closeRhythms", { mentee: r.mentee, mentor: r.mentor });
    case "places":
    case "nearlyFull":
      return t(r.kind, { remaining: r.remaining, capacity: r.capacity });
    case "farApart":
      return t("farApart", { hours: r.hours });
    case "noSharedLanguage":
    case "noSharedTopic":
      return t(r.kind);
    case "notOffered":
      return t("notOffered", { count: r.items.length, topics: listIn(locale, r.items, "comma") });
    case "rhythmsApart":
      return t("rhythmsApart", { mentee: r.mentee, mentor: r.mentor });
  }
}

/** The introduction's sentences from `matching.introduction`, for `draftIntroduction`. */
export function introductionWords(t: Translate, locale: string): IntroductionWords {
  return {
    say: (key: IntroductionKey, values) => t(key, values),
    list: (items) => listIn(locale, items, "and"),
  };
}

export function useReasonText(): (reason: Reason) => string {
  const t = useTranslations("matching.reasons");
  const locale = useLocale();
  return (r) => reasonText(t as Translate, locale, r);
}

/** The introduction in the reader's language: the admin writes it, so it starts in theirs. */
export function useIntroductionWords(): IntroductionWords {
  const t = useTranslations("matching.introduction");
  return introductionWords(t as Translate, useLocale());
}

/** "2 of 3 places free", or "Full: 3 of 3 places taken". */
export function usePlacesLabel(): (remaining: number, capacity: number) => string {
  const t = useTranslations("matching.mentors");
  return (remaining, capacity) => (remaining <= 0 ? t("full", { capacity }) : t("placesFree", { remaining, capacity }));
}
