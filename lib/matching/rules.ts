// Pure: the program's hard rules for matching (decision 031), apart from ./scoring so that the program editor's
// client component can read them without the scoring code, and from ./rules-schema so that zod stays on the server.

export type MatchingRules = {
  /** Never suggest a pair who named their languages and share none (on by default). */
  sharedLanguage: boolean;
  /** Never suggest a pair whose clocks are more than this many hours apart; null for no limit. */
  maxHoursApart: number | null;
  /** Topics that must overlap: a mentee who asked for one of these is only suggested mentors who offer it. */
  requiredTopics: string[];
};

export const DEFAULT_RULES: MatchingRules = { sharedLanguage: true, maxHoursApart: null, requiredTopics: [] };
export const MAX_HOURS_APART = 12;
export const REQUIRED_TOPICS_MAX = 20;

/** A rule a pair breaks, with what the admin needs to read why. */
export type BrokenRule =
  | { rule: "sharedLanguage"; menteeLanguages: string[] }
  | { rule: "maxHoursApart"; hours: number; max: number }
  | { rule: "requiredTopics"; items: string[] };

/** The stored rules over the defaults; anything unreadable in a field falls back to that field's default. */
export function readRules(stored: unknown): MatchingRules {
  const raw = stored && typeof stored === "object" ? (stored as Record<string, unknown>) : {};
  const hours = raw.maxHoursApart;
  return {
    sharedLanguage: typeof raw.sharedLanguage === "boolean" ? raw.sharedLanguage : DEFAULT_RULES.sharedLanguage,
    maxHoursApart:
      typeof hours === "number" && Number.isInteger(hours) && hours >= 0 && hours <= MAX_HOURS_APART ? hours : null,
    requiredTopics: Array.isArray(raw.requiredTopics)
      ? raw.requiredTopics.filter((t): t is string => typeof t === "string").slice(0, REQUIRED_TOPICS_MAX)
      : [],
  };
}

/** Whether any rule is on (the screens only mention the rules then). */
export const anyRule = (rules: MatchingRules) =>
  rules.sharedLanguage || rules.maxHoursApart !== null || rules.requiredTopics.length > 0;
