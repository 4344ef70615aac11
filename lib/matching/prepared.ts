import { utcOffsetMinutes } from "@/lib/time";
import { currentGeneration, tokenCounts, vectorOf, type Corpus, type Vector } from "./text-signal";
import { hoursBetween } from "./time-gap";

// Pure: what the scoring reads from a profile, derived once per profile (and per corpus for the text).

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

/** Case-insensitive keys without repeats, with the spelling first given for each. */
export type Tags = { keys: string[]; labels: string[]; set: Set<string> };

export type Prepared = {
  topics: Tags;
  languages: Tags;
  /** Words counted (stop words dropped); empty when the person wrote nothing that counts. */
  tokens: Map<string, number>;
  /** The TF-IDF vector for `corpus` (null: no corpus, every word weighs the same). */
  vector: Vector | null;
  corpus: Corpus | null | undefined;
  offsetAt: number;
  offset: number | null;
};

// Profiles are read as immutable: what is derived from one is kept for as long as the object lives.
const prepared = new WeakMap<Profile, Prepared>();

export function prepare(profile: Profile): Prepared {
  let p = prepared.get(profile);
  if (!p) {
    p = {
      topics: tags(profile.topics),
      languages: tags(profile.languages),
      tokens: tokenCounts(profile.text),
      vector: null,
      corpus: undefined,
      offsetAt: NaN,
      offset: null,
    };
    prepared.set(profile, p);
  }
  return p;
}

/** The profile's vector for this corpus, made again when the corpus or the vocabulary's generation changed. */
export function vectorFor(p: Prepared, corpus: Corpus | null): Vector {
  if (!p.vector || p.corpus !== corpus || p.vector.generation !== currentGeneration()) {
    p.vector = vectorOf(p.tokens, corpus);
    p.corpus = corpus;
  }
  return p.vector;
}

export function tags(items: string[]): Tags {
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

/** The mentee's items, in their spelling, that the mentor also lists (or, with `missing`, does not). */
export const sharedLabels = (mentee: Tags, mentor: Tags, missing = false) =>
  mentee.labels.filter((_, k) => mentor.set.has(mentee.keys[k]!) !== missing);

export function countShared(mentee: Tags, mentor: Tags): number {
  let n = 0;
  for (const key of mentee.keys) if (mentor.set.has(key)) n++;
  return n;
}

/** The words of the given profiles, for the corpus their rarity is read over (decision 030). */
export const corpusTexts = (profiles: Iterable<Profile>) => [...profiles].map((p) => prepare(p).tokens);

/** The profile's offset at `at`, kept until asked about another instant. */
function offsetOf(profile: Profile, p: Prepared, at: number): number | null {
  if (p.offsetAt !== at) {
    p.offset = profile.timeZone ? utcOffsetMinutes(profile.timeZone, new Date(at)) : null;
    p.offsetAt = at;
  }
  return p.offset;
}

/** Hours between the two clocks at `at` (see ./time-gap); null when either zone is unknown. */
export function hoursOf(mentee: Profile, a: Prepared, mentor: Profile, b: Prepared, at: Date): number | null {
  const x = offsetOf(mentee, a, at.getTime());
  const y = offsetOf(mentor, b, at.getTime());
  return x === null || y === null ? null : hoursBetween(x, y);
}
