import { ara, eng, spa } from "stopword";

// Pure: the text signal. Words are weighted by how rare they are among the applications being compared (TF-IDF), so
// what a whole program talks about ("soap" in a soap group) neither scores nor explains; stop words of the languages
// we support (the maintained `stopword` lists, decision 030) never count at all.

const STOPWORDS: ReadonlySet<string> = new Set([...eng, ...spa, ...ara].map((w) => w.toLowerCase()));

/** Words used by more than this share of the applications compared are common ground, not a reason. */
export const COMMON_SHARE = 0.5;
/** At most this many shared words are cited. */
export const WORDS_CITED = 2;

/** Lowercase words of three letters or more, without stop words, counted. */
export function tokenCounts(text: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) {
    if (!STOPWORDS.has(word)) tf.set(word, (tf.get(word) ?? 0) + 1);
  }
  return tf;
}

/** In how many of the applications compared each word appears: what makes a word rare or common. */
export type Corpus = { size: number; df: ReadonlyMap<string, number> };

/** The corpus of the given texts (each counted once per word). */
export function buildCorpus(texts: Iterable<Map<string, number>>): Corpus {
  const df = new Map<string, number>();
  let size = 0;
  for (const tf of texts) {
    size++;
    for (const word of tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  }
  return { size, df };
}

/**
 * A word's weight: smoothed inverse document frequency, and none at all for a word more than half of the
 * applications use. Without a corpus every word weighs the same (plain term frequency).
 */
export function rarity(corpus: Corpus | null, word: string): number {
  if (!corpus || corpus.size === 0) return 1;
  const df = Math.max(1, corpus.df.get(word) ?? 1);
  if (df > corpus.size * COMMON_SHARE) return 0;
  return Math.log(1 + corpus.size / df);
}

/** TF-IDF weights as parallel arrays sorted by word id, so two vectors meet in one merge. */
export type Vector = { generation: number; ids: Int32Array; weights: Float64Array; words: string[]; length: number };

// Words become small integers, so two vectors meet in a merge of numbers. Ids only need to agree between vectors
// made in the same generation; a vocabulary grown past its bound starts a new one.
let vocabulary = new Map<string, number>();
let generation = 0;
const VOCABULARY_MAX = 200_000;

export const currentGeneration = () => generation;

export function vectorOf(tf: Map<string, number>, corpus: Corpus | null): Vector {
  if (vocabulary.size + tf.size > VOCABULARY_MAX) [vocabulary, generation] = [new Map(), generation + 1];
  const entries: { id: number; word: string; weight: number }[] = [];
  for (const [word, count] of tf) {
    const weight = count * rarity(corpus, word);
    if (weight <= 0) continue;
    let id = vocabulary.get(word);
    if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
    entries.push({ id, word, weight });
  }
  entries.sort((x, y) => x.id - y.id);
  return {
    generation,
    ids: Int32Array.from(entries, (e) => e.id),
    weights: Float64Array.from(entries, (e) => e.weight),
    words: entries.map((e) => e.word),
    length: Math.sqrt(entries.reduce((sum, e) => sum + e.weight * e.weight, 0)),
  };
}

/**
 * Cosine of the two TF-IDF vectors, and (when asked) the shared words that weigh most in it, at most two: the words
 * cited are exactly the largest terms of the sum that makes the value.
 */
export function cosine(x: Vector, y: Vector, explain: boolean): { value: number; words: string[] } {
  let dot = 0;
  const common: [string, number][] = [];
  for (let i = 0, j = 0; i < x.ids.length && j < y.ids.length;) {
    const u = x.ids[i]!;
    const v = y.ids[j]!;
    if (u < v) i++;
    else if (u > v) j++;
    else {
      const product = x.weights[i]! * y.weights[j]!;
      dot += product;
      if (explain) common.push([x.words[i]!, product]);
      i++;
      j++;
    }
  }
  const value = x.length === 0 || y.length === 0 ? 0 : Math.min(1, dot / (x.length * y.length));
  if (!explain || dot === 0) return { value, words: [] };
  common.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  return { value, words: common.slice(0, WORDS_CITED).map(([word]) => word) };
}
