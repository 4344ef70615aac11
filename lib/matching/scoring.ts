import { CADENCES, type Cadence } from "@/lib/programs/question-limits";
import type { Reason, Rhythm } from "./reasons";
import type { BrokenRule, MatchingRules } from "./rules";
import { CLOSE_HOURS } from "./time-gap";
import { buildCorpus, cosine, type Corpus } from "./text-signal";
import {
  corpusTexts,
  countShared,
  hoursOf,
  prepare,
  sharedLabels,
  vectorFor,
  type MentorProfile,
  type Prepared,
  type Profile,
} from "./prepared";
import { SIGNALS, type Signal, type Weights } from "./weights";

export type { Reason } from "./reasons";
export type { MentorProfile, Profile } from "./prepared";
export type { Corpus } from "./text-signal";

// Pure: used by the matching screens in the browser as well as by the server. No zod here (it would ship to the
// browser with the board): the weights' schema is in ./weights-schema.

// The signals, weights and their address form live in ./weights (the board's client component needs only those).
export {
  DEFAULT_WEIGHTS,
  SIGNALS,
  WEIGHT_MAX,
  weightsFromParam,
  weightsParam,
  type Signal,
  type Weights,
} from "./weights";

export type Suggestion = {
  mentorApplicationId: string;
  /** 0..100, rounded to hundredths so that `score * 100` is an exact integer. */
  score: number;
  /**
   * Why, as data, for and against (`isDrawback`): the screens word each in the reader's language (`reasonInEnglish`
   * for the API). They are the readings the score is made of, so the two can never disagree.
   */
  reasons: Reason[];
  remaining: number;
};

/** What else a score reads: the applications compared (for how rare a word is) and the program's hard rules. */
export type ScoringContext = { corpus?: Corpus | null; rules?: MatchingRules | null };

/** The corpus of the applications being compared (decision 030): the same profiles give the same corpus. */
export const corpusOf = (profiles: Iterable<Profile>): Corpus => buildCorpus(corpusTexts(profiles));

/** A signal's value in 0..1, and (when asked for) what it says for and against the pair. */
export type Reading = { signal: Signal; weight: number; value: number; reasons: Reason[] };
const NONE: Reason[] = [];

// ---------- the signals (a value below one half speaks against the pair, and says so) ----------

/** Share of the mentee's topics the mentor covers: a mentor with many topics is not penalized. */
function readTopics(a: Prepared, b: Prepared, explain: boolean): [number, Reason[]] {
  if (a.topics.keys.length === 0 || b.topics.keys.length === 0) return [0.5, NONE];
  const n = countShared(a.topics, b.topics);
  const value = n / a.topics.keys.length;
  if (!explain) return [value, NONE];
  if (n === 0) return [value, [{ kind: "noSharedTopic" }]];
  const reasons: Reason[] = [{ kind: "topics", items: sharedLabels(a.topics, b.topics) }];
  if (n < a.topics.keys.length) reasons.push({ kind: "notOffered", items: sharedLabels(a.topics, b.topics, true) });
  return [value, reasons];
}

function readLanguages(a: Prepared, b: Prepared, explain: boolean): [number, Reason[]] {
  if (a.languages.keys.length === 0 || b.languages.keys.length === 0) return [0.5, NONE];
  const n = countShared(a.languages, b.languages);
  if (!explain) return [n > 0 ? 1 : 0, NONE];
  if (n === 0) return [0, [{ kind: "noSharedLanguage" }]];
  return [1, [{ kind: "languages", items: sharedLabels(a.languages, b.languages) }]];
}

/** TF-IDF cosine over the compared applications' words; the reason names the words that weigh most in it. */
function readText(a: Prepared, b: Prepared, corpus: Corpus | null, explain: boolean): [number, Reason[]] {
  if (a.tokens.size === 0 || b.tokens.size === 0) return [0.5, NONE];
  let y = vectorFor(b, corpus);
  const x = vectorFor(a, corpus);
  // Making x may have started a new vocabulary: then y is numbered anew too.
  if (x.generation !== y.generation) y = vectorFor(b, corpus);
  const { value, words } = cosine(x, y, explain);
  return [value, words.length ? [{ kind: "words", items: words }] : NONE];
}

/** Closer clocks score higher, down to nothing at 8 h; beyond CLOSE_HOURS (value < 1/2) the gap is a drawback. */
function readTimeZone(hours: number | null, explain: boolean): [number, Reason[]] {
  if (hours === null) return [0.5, NONE];
  const value = Math.max(0, 1 - hours / 8);
  if (!explain) return [value, NONE];
  if (hours === 0) return [value, [{ kind: "sameZone" }]];
  return [value, [hours <= CLOSE_HOURS ? { kind: "hoursApart", hours } : { kind: "farApart", hours }]];
}

const isCadence = (c: string | null): c is Cadence => c !== null && (CADENCES as readonly string[]).includes(c);
const ORDER: Partial<Record<Cadence, number>> = { WEEKLY: 0, FORTNIGHTLY: 1, MONTHLY: 2 };

function readCadence(a: string | null, b: string | null, explain: boolean): [number, Reason[]] {
  if (!isCadence(a) || !isCadence(b)) return [0.5, NONE];
  const value =
    a === b ? 1 : a === "FLEXIBLE" || b === "FLEXIBLE" ? 0.75 : Math.abs(ORDER[a]! - ORDER[b]!) === 1 ? 0.5 : 0;
  if (!explain) return [value, NONE];
  if (value === 0) return [value, [{ kind: "rhythmsApart", mentee: a as Rhythm, mentor: b as Rhythm }]];
  return [value, [cadenceReason(a, b)]];
}

function cadenceReason(a: Cadence, b: Cadence): Reason {
  if (a === "FLEXIBLE") return b === "FLEXIBLE" ? { kind: "bothFlexible" } : { kind: "menteeFlexible", cadence: b };
  if (b === "FLEXIBLE") return { kind: "mentorFlexible", cadence: a };
  if (a === b) return { kind: "bothPrefer", cadence: a };
  return { kind: "closeRhythms", mentee: a as Rhythm, mentor: b as Rhythm };
}

function readLoad(remaining: number, capacity: number, explain: boolean): [number, Reason[]] {
  const value = remaining / capacity;
  if (!explain) return [value, NONE];
  return [value, [{ kind: value < 0.5 ? "nearlyFull" : "places", remaining, capacity }]];
}

// ---------- the pair ----------

/** Places a mentor can still take; never negative. */
export const remainingPlaces = (mentor: MentorProfile) => Math.max(0, mentor.capacity - mentor.activePairings);

/**
 * The hard rules the pair breaks (none: an empty list). What one side did not answer breaks no rule: there is no
 * evidence either way, and the admin sees the gap on the card.
 */
export function brokenRules(mentee: Profile, mentor: Profile, rules: MatchingRules, at: Date = new Date()) {
  return check(mentee, prepare(mentee), mentor, prepare(mentor), rules, at, true);
}

function check(
  mentee: Profile,
  a: Prepared,
  mentor: Profile,
  b: Prepared,
  rules: MatchingRules,
  at: Date,
  all: boolean,
): BrokenRule[] {
  const broken: BrokenRule[] = [];
  const { languages: la, topics: ta } = a;
  if (rules.sharedLanguage && la.keys.length && b.languages.keys.length && countShared(la, b.languages) === 0) {
    broken.push({ rule: "sharedLanguage", menteeLanguages: la.labels });
    if (!all) return broken;
  }
  if (rules.maxHoursApart !== null) {
    const hours = hoursOf(mentee, a, mentor, b, at);
    if (hours !== null && hours > rules.maxHoursApart) {
      broken.push({ rule: "maxHoursApart", hours, max: rules.maxHoursApart });
      if (!all) return broken;
    }
  }
  if (rules.requiredTopics.length) {
    const missing = rules.requiredTopics
      .map((t) => t.trim())
      .filter((t) => ta.set.has(t.toLowerCase()) && !b.topics.set.has(t.toLowerCase()));
    if (missing.length) broken.push({ rule: "requiredTopics", items: missing });
  }
  return broken;
}

/**
 * Every signal's reading for the pair: the one computation both the score and its words come from. Null when the
 * pair can't be made at all: the same person, a mentor with no place left, or a hard rule broken.
 */
export function readPair(
  mentee: Profile,
  mentor: MentorProfile,
  weights: Weights,
  at: Date,
  context: ScoringContext,
  explain: boolean,
): Reading[] | null {
  const remaining = remainingPlaces(mentor);
  if (mentee.userId === mentor.userId || remaining <= 0) return null;
  const a = prepare(mentee);
  const b = prepare(mentor);
  if (context.rules && check(mentee, a, mentor, b, context.rules, at, false).length) return null;
  const readings: Reading[] = [];
  for (const signal of SIGNALS) {
    const weight = weights[signal];
    if (!(weight > 0)) continue; // a signal the admin switched off neither counts nor explains
    const [value, reasons] =
      signal === "topics"
        ? readTopics(a, b, explain)
        : signal === "text"
          ? readText(a, b, context.corpus ?? null, explain)
          : signal === "languages"
            ? readLanguages(a, b, explain)
            : signal === "timeZone"
              ? readTimeZone(hoursOf(mentee, a, mentor, b, at), explain)
              : signal === "cadence"
                ? readCadence(mentee.cadence, mentor.cadence, explain)
                : readLoad(remaining, mentor.capacity, explain);
    readings.push({ signal, weight, value, reasons });
  }
  return readings;
}

/** The weighted average of the readings, ×100, in hundredths. */
export function scoreOf(readings: Reading[]): number {
  let sum = 0;
  let total = 0;
  for (const r of readings) [sum, total] = [sum + r.weight * r.value, total + r.weight];
  return total === 0 ? 0 : Math.round((sum / total) * 10_000) / 100;
}

/** The score alone, without building the words: what the cohort solver needs for every pair. */
export function pairScore(
  mentee: Profile,
  mentor: MentorProfile,
  weights: Weights,
  at: Date = new Date(),
  context: ScoringContext = {},
): number | null {
  const readings = readPair(mentee, mentor, weights, at, context, false);
  return readings && scoreOf(readings);
}

/** The score with its words: the strengths and drawbacks of every weighted signal. */
export function scorePair(
  mentee: Profile,
  mentor: MentorProfile,
  weights: Weights,
  at: Date = new Date(),
  context: ScoringContext = {},
): Suggestion | null {
  const readings = readPair(mentee, mentor, weights, at, context, true);
  if (!readings) return null;
  return {
    mentorApplicationId: mentor.applicationId,
    score: scoreOf(readings),
    reasons: readings.flatMap((r) => r.reasons),
    remaining: remainingPlaces(mentor),
  };
}

/** Best first; ties go to the mentor with more places free, then by name, then by id (stable for the same input). */
export function compareSuggestions(a: Suggestion & { name: string }, b: Suggestion & { name: string }): number {
  return (
    b.score - a.score ||
    b.remaining - a.remaining ||
    a.name.localeCompare(b.name, "en") ||
    (a.mentorApplicationId < b.mentorApplicationId ? -1 : a.mentorApplicationId > b.mentorApplicationId ? 1 : 0)
  );
}

/**
 * Mentors ranked for a mentee, best first, with reasons for the first `limit` only: every pair is scored, but the
 * words are written for those shown. Excluded mentors and pairs that break a hard rule are left out.
 */
export function rankMentors(
  mentee: Profile,
  mentors: MentorProfile[],
  weights: Weights,
  excluded: ReadonlySet<string>,
  at: Date = new Date(),
  limit = Infinity,
  context: ScoringContext = {},
): Suggestion[] {
  const ranked: (Suggestion & { name: string; mentor: MentorProfile })[] = [];
  for (const mentor of mentors) {
    if (excluded.has(mentor.applicationId)) continue;
    const score = pairScore(mentee, mentor, weights, at, context);
    if (score === null) continue;
    const remaining = remainingPlaces(mentor);
    ranked.push({
      mentorApplicationId: mentor.applicationId,
      score,
      reasons: [],
      remaining,
      name: mentor.name,
      mentor,
    });
  }
  ranked.sort(compareSuggestions);
  return ranked.slice(0, limit).map(({ mentor }) => scorePair(mentee, mentor, weights, at, context)!);
}
