import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpusOf, DEFAULT_WEIGHTS, scorePair, type MentorProfile, type Profile } from "@/lib/matching/scoring";
import { tokenCounts } from "@/lib/matching/text-signal";

// Issue 19, item 2: words weighed by how rare they are among the applications compared; stop words never count.

const AT = new Date("2026-01-15T12:00:00Z");
const TEXT_ONLY = { topics: 0, text: 1, languages: 0, timeZone: 0, cadence: 0, load: 0 };
const person = (id: string, text: string): MentorProfile => ({
  applicationId: id,
  userId: `u-${id}`,
  name: id,
  topics: [],
  languages: [],
  timeZone: null,
  cadence: null,
  text,
  capacity: 2,
  activePairings: 0,
});
const words = (mentee: Profile, mentor: MentorProfile, all: Profile[]) =>
  scorePair(mentee, mentor, DEFAULT_WEIGHTS, AT, { corpus: corpusOf(all) })?.reasons.find((r) => r.kind === "words")
    ?.items ?? [];

describe("rare words", () => {
  it("in a soap group, 'soap' is never a reason; what two people alone share is", () => {
    const mentors = Array.from({ length: 29 }, (_, i) =>
      person(`m${i}`, `I have made soap for ${i + 2} years and I know soap well, get in touch.`),
    );
    const bee = person("bee", "Soap with beeswax and honey is what I make.");
    const mentee = person("x", "I want to make soap with beeswax and honey. I know nothing yet.");
    const all = [mentee, bee, ...mentors];
    expect(words(mentee, bee, all)).toEqual(["beeswax", "honey"]);
    for (const m of mentors) expect(words(mentee, m, all)).toEqual([]);
  });

  it("drops stop words in English, Spanish and Arabic", () => {
    expect([...tokenCounts("The soap and the lye: what would you get from them?").keys()]).toEqual(["soap", "lye"]);
    expect([...tokenCounts("Quiero aprender para que el jabón sea suave").keys()]).toEqual([
      "quiero",
      "aprender",
      "jabón",
      "sea", // the list keeps to the commonest words; a word this common weighs little by its rarity anyway
      "suave",
    ]);
    expect([...tokenCounts("أريد أن أتعلم صناعة الصابون في البيت").keys()]).not.toContain("في");
  });

  it("cites at most two words, the weightiest first", () => {
    const a = person("a", "kiln glaze glaze raku raku raku slip");
    const b = person("b", "kiln glaze glaze raku raku raku slip");
    const c = person("c", "weaving");
    const d = person("d", "knitting");
    expect(words(a, b, [a, b, c, d])).toEqual(["raku", "glaze"]);
  });

  it("a word used by more than half of the applications compared is never a reason, and weighs nothing", () => {
    const VOCABULARY = ["soap", "lye", "trace", "kiln", "glaze", "beeswax", "honey", "oats"];
    const text = fc.subarray(VOCABULARY, { minLength: 1 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 12 }), fc.nat(), fc.nat(), (texts, i, j) => {
        const people = texts.map((t, k) => person(`p${k}`, t));
        const [x, y] = [people[i % people.length]!, people[j % people.length]!];
        fc.pre(x !== y);
        const used = (w: string) => people.filter((p) => p.text.split(" ").includes(w)).length;
        for (const w of words(x, y, people)) expect(used(w)).toBeLessThanOrEqual(people.length / 2);
        // When all they share is common ground, the text signal reads nothing at all.
        const shared = VOCABULARY.filter((w) => x.text.split(" ").includes(w) && y.text.split(" ").includes(w));
        if (shared.every((w) => used(w) > people.length / 2))
          expect(scorePair(x, y, TEXT_ONLY, AT, { corpus: corpusOf(people) })!.score).toBe(0);
      }),
    );
  });
});
