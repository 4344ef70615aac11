import { CADENCES, type Cadence } from "@/lib/programs/question-limits";
import { utcOffsetMinutes } from "@/lib/time";
import type { Reason, Rhythm } from "./reasons";
import { SIGNALS, type Weights } from "./weights";

export type { Reason } from "./reasons";

// Pure: used by the matching board in the browser as well as by the server. No zod here (it would ship to the
// browser with the board): the weights' schema is in ./weights-schema.

export type Profile = {
  applicationId: string;
  userId: string;
  name: string;
  topics: string[];
  languages: string[];
  /** IANA time zone, e.g. "Europe/Madrid". */
  timeZone: string | null;
  cadence: string | null;
  /** Goals (mentee) or experience (mentor): the free-text answers joined. */
  text: string;
};
export type MentorProfile = Profile & { capacity: number; activePairings: number };

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
  /** Why, as data: the screens word each reason in the reader's language (`reasonInEnglish` for the API). */
  reasons: Reason[];
  remaining: number;
};

/** A signal's value in 0..1, and (when asked for) the reason to show if it speaks for the pair. */
type Reading = { value: number; reason: Reason | null };
/** Used when one side did not answer: no evidence either way. */
const UNKNOWN: Reading = { value: 0.5, reason: null };

// ---------- what is read from a profile, once ----------

/** Case-insensitive keys without repeats, with the spelling first given for each. */
type Tags = { keys: string[]; labels: string[]; set: Set<string> };
/** Term frequencies as parallel arrays sorted by word id, so two vectors meet in one merge. */
type Terms = { generation: number; ids: Int32Array; counts: Float64Array; words: string[]; length: number };
type Prepared = {
  text: string;
  topics: Tags;
  languages: Tags;
  terms: Terms;
  offsetAt: number;
  offset: number | null;
};

// Profiles are read as immutable: what is derived from one is kept for as long as the object lives.
const prepared = new WeakMap<Profile, Prepared>();

function prepare(profile: Profile): Prepared {
  let p = prepared.get(profile);
  if (!p) {
    p = {
      text: profile.text,
      topics: tags(profile.topics),
      languages: tags(profile.languages),
      terms: terms(profile.text),
      offsetAt: NaN,
      offset: null,
    };
    prepared.set(profile, p);
  }
  return p;
}

function tags(items: string[]): Tags {
  const keys: string[] = [];
  const labels: string[] = [];
  const set = new Set<string>();
  for (const item of items) {
    const key = item.trim().toLowerCase();
    if (!key || set.has(key)) continue;
    set.add(key);
    keys.push(key);
    labels.push(item.trim());
  }
  return { keys, labels, set };
}

// ---------- topics and languages ----------

/** The mentee's items, in their spelling, that the mentor also lists. */
const sharedLabels = (mentee: Tags, mentor: Tags) => mentee.labels.filter((_, k) => mentor.set.has(mentee.keys[k]!));

function countShared(mentee: Tags, mentor: Tags): number {
  let n = 0;
  for (const key of mentee.keys) if (mentor.set.has(key)) n++;
  return n;
}

/** Share of the mentee's topics the mentor covers: a mentor with many topics is not penalized. */
function readTopics(a: Prepared, b: Prepared, explain: boolean): Reading {
  if (a.topics.keys.length === 0 || b.topics.keys.length === 0) return UNKNOWN;
  const n = countShared(a.topics, b.topics);
  if (n === 0 || !explain) return { value: n / a.topics.keys.length, reason: null };
  return { value: n / a.topics.keys.length, reason: { kind: "topics", items: sharedLabels(a.topics, b.topics) } };
}

function readLanguages(a: Prepared, b: Prepared, explain: boolean): Reading {
  if (a.languages.keys.length === 0 || b.languages.keys.length === 0) return UNKNOWN;
  const n = countShared(a.languages, b.languages);
  if (n === 0 || !explain) return { value: n > 0 ? 1 : 0, reason: null };
  return { value: 1, reason: { kind: "languages", items: sharedLabels(a.languages, b.languages) } };
}

// ---------- text ----------

// A small list: enough to keep "the" and "and" from looking like common ground.
export const STOPWORDS = new Set(
  (
    "about above after again all also and any are because been before being below between both but can could did " +
    "does doing down during each few for from further had has have having her here hers herself him himself his how " +
    "into its itself just like more most much myself nor not now off once only other our ours out over own same she " +
    "should some such than that the their theirs them then there these they this those through too under until very " +
    "want was were what when where which while who whom why will with would you your yours yourself"
  ).split(" "),
);

// Words become small integers, so two vectors meet in a merge of numbers. Ids only need to agree between profiles
// read in the same generation; a vocabulary grown past its bound starts a new one.
let vocabulary = new Map<string, number>();
let generation = 0;
const VOCABULARY_MAX = 200_000;

/** Lowercase words of three letters or more, without stopwords, counted. */
function terms(text: string): Terms {
  const tf = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
    if (!STOPWORDS.has(word)) tf.set(word, (tf.get(word) ?? 0) + 1);
  }
  if (vocabulary.size + tf.size > VOCABULARY_MAX) [vocabulary, generation] = [new Map(), generation + 1];
  const entries = [...tf].map(([word, count]) => {
    let id = vocabulary.get(word);
    if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
    return { id, word, count };
  });
  entries.sort((x, y) => x.id - y.id);
  return {
    generation,
    ids: Int32Array.from(entries, (e) => e.id),
    counts: Float64Array.from(entries, (e) => e.count),
    words: entries.map((e) => e.word),
    length: Math.sqrt(entries.reduce((sum, e) => sum + e.count * e.count, 0)),
  };
}

/** Cosine of the term-frequency vectors; the reason names the words that weigh most in it. */
function readText(a: Prepared, b: Prepared, explain: boolean): Reading {
  // Profiles read in an earlier generation are read again, so both sides number words alike.
  if (a.terms.generation !== generation) a.terms = terms(a.text);
  if (b.terms.generation !== generation) b.terms = terms(b.text);
  const x = a.terms;
  const y = b.terms;
  if (x.length === 0 || y.length === 0) return UNKNOWN;
  let dot = 0;
  const common: [string, number][] = [];
  for (let i = 0, j = 0; i < x.ids.length && j < y.ids.length;) {
    const u = x.ids[i]!;
    const v = y.ids[j]!;
    if (u < v) i++;
    else if (u > v) j++;
    else {
      const product = x.counts[i]! * y.counts[j]!;
      dot += product;
      if (explain) common.push([x.words[i]!, product]);
      i++;
      j++;
    }
  }
  const value = Math.min(1, dot / (x.length * y.length));
  if (dot === 0 || !explain) return { value, reason: null };
  common.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  const words = common.slice(0, 3).map(([word]) => word);
  return { value, reason: { kind: "words", items: words } };
}

// ---------- time zones ----------

/** The profile's offset at `at`, kept until asked about another instant. */
function offsetOf(profile: Profile, p: Prepared, at: number): number | null {
  if (p.offsetAt !== at) {
    p.offset = profile.timeZone ? utcOffsetMinutes(profile.timeZone, new Date(at)) : null;
    p.offsetAt = at;
  }
  return p.offset;
}

/** Hours between the two clocks, the short way round (UTC+12 and UTC-11 are 1 h apart). */
function readTimeZone(a: number | null, b: number | null, explain: boolean): Reading {
  if (a === null || b === null) return UNKNOWN;
  const apart = Math.abs(a - b) % (24 * 60);
  const hours = Math.min(apart, 24 * 60 - apart) / 60;
  const value = Math.max(0, 1 - hours / 8);
  if (value === 0 || !explain) return { value, reason: null };
  return {
    value,
    reason: hours === 0 ? { kind: "sameZone" } : { kind: "hoursApart", hours: Math.round(hours * 100) / 100 },
  };
}

// ---------- cadence ----------

const isCadence = (c: string | null): c is Cadence => c !== null && (CADENCES as readonly string[]).includes(c);
const ORDER: Partial<Record<Cadence, number>> = { WEEKLY: 0, FORTNIGHTLY: 1, MONTHLY: 2 };

function readCadence(a: string | null, b: string | null, explain: boolean): Reading {
  if (!isCadence(a) || !isCadence(b)) return UNKNOWN;
  if (a === b) return { value: 1, reason: explain ? cadenceReason(a, b) : null };
  if (a === "FLEXIBLE" || b === "FLEXIBLE") return { value: 0.75, reason: explain ? cadenceReason(a, b) : null };
  if (Math.abs((ORDER[a] ?? 0) - (ORDER[b] ?? 0)) === 1)
    return { value: 0.5, reason: explain ? cadenceReason(a, b) : null };
  return { value: 0, reason: null };
}

function cadenceReason(a: Cadence, b: Cadence): Reason {
  if (a === "FLEXIBLE") return b === "FLEXIBLE" ? { kind: "bothFlexible" } : { kind: "menteeFlexible", cadence: b };
  if (b === "FLEXIBLE") return { kind: "mentorFlexible", cadence: a };
  if (a === b) return { kind: "bothPrefer", cadence: a };
  return { kind: "closeRhythms", mentee: a as Rhythm, mentor: b as Rhythm };
}

// ---------- score ----------

/** Places a mentor can still take; never negative. */
export const remainingPlaces = (mentor: MentorProfile) => Math.max(0, mentor.capacity - mentor.activePairings);

/**
 * The score alone (0..100, in hundredths), without building the reasons: what the cohort solver needs for every pair.
 * Null when the pair can't be made at all: the same person, or a mentor with no place left.
 */
export function pairScore(
  mentee: Profile,
  mentor: MentorProfile,
  weights: Weights,
  at: Date = new Date(),
): number | null {
  return evaluate(mentee, mentor, weights, at, false)?.score ?? null;
}

/** The weighted average of the signals, ×100, with a reason for each weighted signal that speaks for the pair. */
export function scorePair(
  mentee: Profile,
  mentor: MentorProfile,
  weights: Weights,
  at: Date = new Date(),
): Suggestion | null {
  return evaluate(mentee, mentor, weights, at, true);
}

function evaluate(
  mentee: Profile,
  mentor: MentorProfile,
  weights: Weights,
  at: Date,
  explain: boolean,
): Suggestion | null {
  const remaining = remainingPlaces(mentor);
  if (mentee.userId === mentor.userId || remaining <= 0) return null;
  const a = prepare(mentee);
  const b = prepare(mentor);
  let sum = 0;
  let total = 0;
  const reasons: Reason[] = [];
  for (const signal of SIGNALS) {
    const weight = weights[signal];
    if (!(weight > 0)) continue; // a signal the admin switched off neither counts nor explains
    let reading: Reading;
    switch (signal) {
      case "topics":
        reading = readTopics(a, b, explain);
        break;
      case "text":
        reading = readText(a, b, explain);
        break;
      case "languages":
        reading = readLanguages(a, b, explain);
        break;
      case "timeZone":
        reading = readTimeZone(offsetOf(mentee, a, at.getTime()), offsetOf(mentor, b, at.getTime()), explain);
        break;
      case "cadence":
        reading = readCadence(mentee.cadence, mentor.cadence, explain);
        break;
      case "load":
        reading = {
          value: remaining / mentor.capacity,
          reason: explain ? { kind: "places", remaining, capacity: mentor.capacity } : null,
        };
        break;
    }
    sum += weight * reading.value;
    total += weight;
    if (reading.reason !== null && reading.value > 0) reasons.push(reading.reason);
  }
  const score = total === 0 ? 0 : Math.round((sum / total) * 10_000) / 100;
  return { mentorApplicationId: mentor.applicationId, score, reasons, remaining };
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
 * words are written for those shown.
 */
export function rankMentors(
  mentee: Profile,
  mentors: MentorProfile[],
  weights: Weights,
  excluded: ReadonlySet<string>,
  at: Date = new Date(),
  limit = Infinity,
): Suggestion[] {
  const ranked: (Suggestion & { name: string; mentor: MentorProfile })[] = [];
  for (const mentor of mentors) {
    if (excluded.has(mentor.applicationId)) continue;
    const score = pairScore(mentee, mentor, weights, at);
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
  return ranked.slice(0, limit).map(({ mentor }) => scorePair(mentee, mentor, weights, at)!);
}
