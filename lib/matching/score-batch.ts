import { CADENCES } from "@/lib/programs/question-limits";
import { utcOffsetMinutes } from "@/lib/time";
import { remainingPlaces, SIGNALS, STOPWORDS, type MentorProfile, type Profile, type Weights } from "./scoring";

// Pure. The cohort draft needs the score of every pair (5 million at 5,000 × 1,000); pairScore gives one pair at a
// time, each reading six signals through the profiles' caches. This computes the same numbers a mentee's row at a
// time: what a mentor is (topic and language ids, term vector, offset, rhythm, places) is read once, the text
// similarity is a sparse product through an inverted index, and each signal is added to the whole row in the order
// and with the arithmetic `evaluate` in ./scoring uses, so every score is bit for bit pairScore's. A unit test holds
// the two together, and suggestCohort checks a sample of pairs against pairScore at run time, falling back to
// pairScore for every pair should scoring.ts change without this file (decision 029).

/** Hundredths (0..10 000) of pairScore for every mentee × mentor, row by mentee; -1 where pairScore is null. */
export function scoreMatrix(mentees: Profile[], mentors: MentorProfile[], weights: Weights, at: Date): Int32Array {
  const n = mentees.length;
  const m = mentors.length;
  const out = new Int32Array(n * m);
  const ids = new Map<string, number>(); // topic, language and word keys, each in its own namespace
  const id = (key: string) => {
    let value = ids.get(key);
    if (value === undefined) ids.set(key, (value = ids.size));
    return value;
  };
  const read = (p: Profile) => ({
    topics: tagIds(p.topics, "t:", id),
    languages: tagIds(p.languages, "l:", id),
    terms: termVector(p.text, id),
    offset: p.timeZone ? utcOffsetMinutes(p.timeZone, at) : null,
    cadence: cadenceIndex(p.cadence),
  });
  const side = mentors.map(read);
  const index = new Map<number, { mentor: number[]; count: number[] }>(); // key id → mentors holding it
  side.forEach((r, j) => {
    const post = (key: number, count: number) => {
      let list = index.get(key);
      if (!list) index.set(key, (list = { mentor: [], count: [] }));
      list.mentor.push(j);
      list.count.push(count);
    };
    for (const key of r.topics) post(key, 1);
    for (const key of r.languages) post(key, 1);
    r.terms.ids.forEach((key, k) => post(key, r.terms.counts[k]!));
  });
  const postings = new Map<number, [mentors: Int32Array, counts: Float64Array]>();
  for (const [key, list] of index) postings.set(key, [Int32Array.from(list.mentor), Float64Array.from(list.count)]);
  // What the per-pair loops read, as flat arrays (no object per mentor in the hot loops).
  const load = Float64Array.from(mentors, (r) => remainingPlaces(r) / r.capacity);
  const topicCount = Int32Array.from(side, (r) => r.topics.length);
  const languageCount = Int32Array.from(side, (r) => r.languages.length);
  const termLength = Float64Array.from(side, (r) => r.terms.length);
  const offset = Float64Array.from(side, (r) => (r.offset === null ? NaN : r.offset));
  const cadence = Int32Array.from(side, (r) => r.cadence);
  const people = new Map<string, number>();
  const person = (userId: string) => people.get(userId) ?? (people.set(userId, people.size), people.size - 1);
  // -1: the pair can't be made (no place left; the same person is checked per mentee below).
  const mentorPerson = Int32Array.from(mentors, (r) => (remainingPlaces(r) <= 0 ? -1 : person(r.userId)));

  let total = 0;
  for (const signal of SIGNALS) if (weights[signal] > 0) total += weights[signal];
  const sum = new Float64Array(m);
  const shared = new Float64Array(m);
  /** shared[j]: Σ over the mentee's keys of (the mentee's weight × the mentor's count) for that key. */
  const accumulate = (keys: number[], weightOf: ((k: number) => number) | null) => {
    shared.fill(0);
    for (let k = 0; k < keys.length; k++) {
      const [mentor, count] = postings.get(keys[k]!) ?? NONE;
      const x = weightOf ? weightOf(k) : 1;
      for (let p = 0; p < mentor.length; p++) shared[mentor[p]!]! += x * count[p]!;
    }
  };
  for (let i = 0; i < n; i++) {
    const a = read(mentees[i]!);
    sum.fill(0);
    for (const signal of SIGNALS) {
      const w = weights[signal];
      if (!(w > 0)) continue; // as in evaluate: a signal switched off neither counts nor explains
      if (signal === "topics") {
        accumulate(a.topics, null);
        const own = a.topics.length;
        for (let j = 0; j < m; j++) sum[j]! += w * (own === 0 || topicCount[j] === 0 ? 0.5 : shared[j]! / own);
      } else if (signal === "languages") {
        accumulate(a.languages, null);
        const own = a.languages.length;
        for (let j = 0; j < m; j++) sum[j]! += w * (own === 0 || languageCount[j] === 0 ? 0.5 : shared[j]! > 0 ? 1 : 0);
      } else if (signal === "text") {
        accumulate(a.terms.ids, (k) => a.terms.counts[k]!);
        const x = a.terms.length;
        for (let j = 0; j < m; j++) {
          const y = termLength[j]!;
          sum[j]! += w * (x === 0 || y === 0 ? 0.5 : Math.min(1, shared[j]! / (x * y)));
        }
      } else if (signal === "timeZone") {
        const own = a.offset;
        for (let j = 0; j < m; j++) sum[j]! += w * (own === null ? 0.5 : zoneValue(own, offset[j]!));
      } else if (signal === "cadence") {
        const row = a.cadence * 5;
        for (let j = 0; j < m; j++) sum[j]! += w * CADENCE_VALUE[row + cadence[j]!]!;
      } else {
        for (let j = 0; j < m; j++) sum[j]! += w * load[j]!;
      }
    }
    const self = people.get(mentees[i]!.userId) ?? -2;
    for (let j = 0, row = i * m; j < m; j++) {
      const who = mentorPerson[j]!;
      out[row + j] = who < 0 || who === self ? -1 : total === 0 ? 0 : Math.round((sum[j]! / total) * 10_000);
    }
  }
  return out;
}

const NONE: [Int32Array, Float64Array] = [new Int32Array(0), new Float64Array(0)];

/** Case-insensitive keys without repeats, as ./scoring's `tags`. */
function tagIds(items: string[], space: string, id: (key: string) => number): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  for (const item of items) {
    const key = item.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(id(space + key));
  }
  return out;
}

/** Term counts and the vector's length, as ./scoring's `terms` (the length sums whole numbers: any order is exact). */
function termVector(text: string, id: (key: string) => number) {
  const tf = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}{3,}/gu) ?? [])
    if (!STOPWORDS.has(word)) tf.set(word, (tf.get(word) ?? 0) + 1);
  const ids: number[] = [];
  const counts: number[] = [];
  let squares = 0;
  for (const [word, count] of tf) {
    ids.push(id(`w:${word}`));
    counts.push(count);
    squares += count * count;
  }
  return { ids, counts, length: Math.sqrt(squares) };
}

/** As ./scoring's readTimeZone: 1 on the same clock, 0 from 8 hours apart; the mentor's NaN: unknown (0.5). */
function zoneValue(a: number, b: number): number {
  if (Number.isNaN(b)) return 0.5;
  const apart = Math.abs(a - b) % (24 * 60);
  const hours = Math.min(apart, 24 * 60 - apart) / 60;
  return Math.max(0, 1 - hours / 8);
}

/** 0..3: the rhythms in CADENCES' order; 4: none or unknown. */
const cadenceIndex = (c: string | null) => {
  const k = c === null ? -1 : (CADENCES as readonly string[]).indexOf(c);
  return k < 0 ? 4 : k;
};

/** As ./scoring's readCadence, for every (mentee, mentor) pair of cadenceIndex values. */
const CADENCE_VALUE = Float64Array.from({ length: 25 }, (_, k) => {
  const [a, b] = [Math.floor(k / 5), k % 5];
  if (a === 4 || b === 4) return 0.5;
  const [x, y] = [CADENCES[a]!, CADENCES[b]!];
  if (x === y) return 1;
  if (x === "FLEXIBLE" || y === "FLEXIBLE") return 0.75;
  const order = { WEEKLY: 0, FORTNIGHTLY: 1, MONTHLY: 2 } as Record<string, number>;
  return Math.abs(order[x]! - order[y]!) === 1 ? 0.5 : 0;
});
