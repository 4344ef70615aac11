import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assign, suggestCohort, type CohortDraft } from "@/lib/matching/cohort";
import { CADENCES } from "@/lib/programs/question-schema";
import {
  DEFAULT_WEIGHTS,
  corpusOf,
  pairScore,
  remainingPlaces,
  type MentorProfile,
  type Profile,
  type Weights,
} from "@/lib/matching/scoring";

const AT = new Date("2026-03-01T09:00:00Z");
type Exclusion = { menteeApplicationId: string; mentorApplicationId: string };

// ---------- an independent brute force ----------

/** Every assignment tried: the best (cardinality, total) as [matched, total score in hundredths]. */
function bruteForce(cost: (i: number, j: number) => number | null, n: number, places: number[]): [number, number] {
  let best: [number, number] = [0, 0];
  const left = [...places];
  const visit = (i: number, matched: number, total: number) => {
    if (i === n) {
      if (matched > best[0] || (matched === best[0] && total > best[1])) best = [matched, total];
      return;
    }
    visit(i + 1, matched, total);
    for (let j = 0; j < left.length; j++) {
      const value = cost(i, j);
      if (value === null || left[j]! <= 0) continue;
      left[j]!--;
      visit(i + 1, matched + 1, total + value);
      left[j]!++;
    }
  };
  visit(0, 0, 0);
  return best;
}

const hundredths = (score: number) => Math.round(score * 100);

function checkInvariants(draft: CohortDraft, mentees: Profile[], mentors: MentorProfile[], exclusions: Exclusion[]) {
  const menteeById = new Map(mentees.map((m) => [m.applicationId, m]));
  const mentorById = new Map(mentors.map((m) => [m.applicationId, m]));
  const banned = new Set(exclusions.map((e) => `${e.menteeApplicationId}|${e.mentorApplicationId}`));
  const seen = new Set<string>();
  const load = new Map<string, number>();
  for (const pair of draft.pairs) {
    const mentee = menteeById.get(pair.menteeApplicationId)!;
    const mentor = mentorById.get(pair.mentorApplicationId)!;
    expect(mentee).toBeDefined();
    expect(mentor).toBeDefined();
    expect(seen.has(mentee.applicationId)).toBe(false);
    seen.add(mentee.applicationId);
    expect(banned.has(`${mentee.applicationId}|${mentor.applicationId}`)).toBe(false);
    expect(mentee.userId).not.toBe(mentor.userId);
    load.set(mentor.applicationId, (load.get(mentor.applicationId) ?? 0) + 1);
    // The draft weighs words by their rarity among the mentors (decision 030).
    expect(pair.score).toBe(pairScore(mentee, mentor, DEFAULT_WEIGHTS, AT, { corpus: corpusOf(mentors) }));
  }
  for (const [id, count] of load) expect(count).toBeLessThanOrEqual(remainingPlaces(mentorById.get(id)!));
  // Every mentee is either paired or listed as unmatched, exactly once, in the order given.
  expect(draft.unmatched.filter((id) => seen.has(id))).toEqual([]);
  const order = mentees.map((m) => m.applicationId);
  expect([...draft.pairs.map((p) => p.menteeApplicationId), ...draft.unmatched].sort()).toEqual([...order].sort());
  expect(draft.pairs.map((p) => p.menteeApplicationId)).toEqual(order.filter((id) => seen.has(id)));
}

// ---------- random profiles ----------

const TOPICS = ["soap", "candles", "packaging", "pricing", "photography"];
const LANGUAGES = ["English", "Spanish", "French"];
const ZONES = ["UTC", "Asia/Tokyo", "Asia/Kolkata", "America/Bogota", "Africa/Nairobi"];
const WORDS = ["trace", "fragrance", "lye", "mould", "market", "photos", "shipping", "glaze"];

const profileFields = {
  // A small pool of people, so a mentee is sometimes also a mentor.
  userId: fc.constantFrom("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"),
  topics: fc.subarray(TOPICS),
  languages: fc.subarray(LANGUAGES),
  timeZone: fc.option(fc.constantFrom(...ZONES)),
  cadence: fc.option(fc.constantFrom(...CADENCES)),
  text: fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(" ")),
};
const arbMentee = fc.record(profileFields);
const arbMentor = fc.record({ ...profileFields, capacity: fc.integer({ min: 0, max: 2 }), active: fc.nat(1) });

const arbCase = fc
  .record({
    mentees: fc.array(arbMentee, { maxLength: 5 }),
    mentors: fc.array(arbMentor, { maxLength: 3 }),
    excluded: fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
  })
  .map(({ mentees, mentors, excluded }) => {
    const menteeProfiles: Profile[] = mentees.map((m, i) => ({ ...m, applicationId: `e${i}`, name: `Mentee ${i}` }));
    const mentorProfiles: MentorProfile[] = mentors.map(({ active, ...m }, j) => ({
      ...m,
      applicationId: `r${j}`,
      name: `Mentor ${j}`,
      activePairings: Math.min(active, m.capacity),
    }));
    const exclusions: Exclusion[] = [];
    menteeProfiles.forEach((e, i) =>
      mentorProfiles.forEach((r, j) => {
        if (excluded[i * 3 + j])
          exclusions.push({ menteeApplicationId: e.applicationId, mentorApplicationId: r.applicationId });
      }),
    );
    return { mentees: menteeProfiles, mentors: mentorProfiles, exclusions };
  });

describe("suggestCohort", () => {
  it("matches as many mentees as possible, then with the greatest total score (brute force)", () => {
    fc.assert(
      fc.property(arbCase, ({ mentees, mentors, exclusions }) => {
        const draft = suggestCohort(mentees, mentors, DEFAULT_WEIGHTS, exclusions, AT);
        checkInvariants(draft, mentees, mentors, exclusions);
        const banned = new Set(exclusions.map((e) => `${e.menteeApplicationId}|${e.mentorApplicationId}`));
        const best = bruteForce(
          (i, j) => {
            const [e, r] = [mentees[i]!, mentors[j]!];
            if (banned.has(`${e.applicationId}|${r.applicationId}`)) return null;
            const score = pairScore(e, r, DEFAULT_WEIGHTS, AT, { corpus: corpusOf(mentors) });
            return score === null ? null : hundredths(score);
          },
          mentees.length,
          mentors.map(remainingPlaces),
        );
        const total = draft.pairs.reduce((sum, p) => sum + hundredths(p.score), 0);
        expect([draft.pairs.length, total]).toEqual(best);
      }),
      { numRuns: 400 },
    );
  });

  it("gives the same draft for the same input", () => {
    fc.assert(
      fc.property(arbCase, ({ mentees, mentors, exclusions }) => {
        expect(suggestCohort(mentees, mentors, DEFAULT_WEIGHTS, exclusions, AT)).toEqual(
          suggestCohort(mentees, mentors, DEFAULT_WEIGHTS, exclusions, AT),
        );
      }),
      { numRuns: 50 },
    );
  });

  it("leaves a mentee out rather than pair them with themselves, an excluded or a full mentor", () => {
    const base = { topics: ["soap"], languages: ["English"], timeZone: "UTC", cadence: "WEEKLY", text: "trace" };
    const ana: Profile = { ...base, applicationId: "ana-e", userId: "ana", name: "Ana" };
    const ben: Profile = { ...base, applicationId: "ben-e", userId: "ben", name: "Ben" };
    const anaMentor: MentorProfile = { ...ana, applicationId: "ana-r", capacity: 3, activePairings: 0 };
    const fullMentor: MentorProfile = {
      ...base,
      applicationId: "cy-r",
      userId: "cy",
      name: "Cy",
      capacity: 1,
      activePairings: 1,
    };
    const exclusions = [{ menteeApplicationId: "ben-e", mentorApplicationId: "ana-r" }];
    const draft = suggestCohort([ana, ben], [anaMentor, fullMentor], DEFAULT_WEIGHTS, exclusions, AT);
    expect(draft).toEqual({ pairs: [], unmatched: ["ana-e", "ben-e"] });
  });

  it("prefers matching one more mentee to a higher total, and explains each pair", () => {
    const mk = (id: string, topics: string[]): Profile => ({
      applicationId: id,
      userId: id,
      name: id,
      topics,
      languages: [],
      timeZone: null,
      cadence: null,
      text: "",
    });
    // "one" fits "wide" perfectly (100) and "two" only half (50), but "two" can't go to "narrow": two pairs
    // totalling 50 beat one pair scoring 100.
    const wide: MentorProfile = { ...mk("wide", ["a", "b"]), capacity: 1, activePairings: 0 };
    const narrow: MentorProfile = { ...mk("narrow", ["z"]), capacity: 1, activePairings: 0 };
    const exclusions = [{ menteeApplicationId: "two", mentorApplicationId: "narrow" }];
    const only: Weights = { ...DEFAULT_WEIGHTS, text: 0, languages: 0, timeZone: 0, cadence: 0, load: 0 };
    const draft = suggestCohort([mk("one", ["a", "b"]), mk("two", ["a", "c"])], [wide, narrow], only, exclusions, AT);
    expect(draft.unmatched).toEqual([]);
    expect(draft.pairs).toEqual([
      // Each pair says what speaks against it too (issue 19).
      { menteeApplicationId: "one", mentorApplicationId: "narrow", score: 0, reasons: [{ kind: "noSharedTopic" }] },
      {
        menteeApplicationId: "two",
        mentorApplicationId: "wide",
        score: 50,
        reasons: [
          { kind: "topics", items: ["a"] },
          { kind: "notOffered", items: ["c"] },
        ],
      },
    ]);
  });

  it("drafts a cohort of 300 mentees and 60 mentors within the rules", () => {
    const rand = mulberry32(6);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const some = <T>(xs: readonly T[], k: number) => Array.from({ length: k }, () => pick(xs));
    const person = (prefix: string, i: number): Profile => ({
      applicationId: `${prefix}${i}`,
      userId: `u${Math.floor(rand() * 340)}`,
      name: `${prefix} ${i}`,
      topics: [...new Set(some(TOPICS, 1 + Math.floor(rand() * 3)))],
      languages: [...new Set(some(LANGUAGES, 1 + Math.floor(rand() * 2)))],
      timeZone: pick([...ZONES, null]),
      cadence: pick([...CADENCES, null]),
      text: some(WORDS, 12).join(" "),
    });
    const mentees = Array.from({ length: 300 }, (_, i) => person("e", i));
    const mentors = Array.from({ length: 60 }, (_, j) => ({
      ...person("r", j),
      capacity: Math.floor(rand() * 6),
      activePairings: Math.floor(rand() * 2),
    }));
    const exclusions = Array.from({ length: 500 }, () => ({
      menteeApplicationId: pick(mentees).applicationId,
      mentorApplicationId: pick(mentors).applicationId,
    }));
    const draft = suggestCohort(mentees, mentors, DEFAULT_WEIGHTS, exclusions, AT);
    checkInvariants(draft, mentees, mentors, exclusions);
    const places = mentors.reduce((sum, m) => sum + remainingPlaces(m), 0);
    expect(draft.pairs.length).toBeGreaterThan(Math.min(places, 300) * 0.9);
  });
});

describe("assign (the min-cost flow on its own)", () => {
  // Small integer costs make ties common, which is where a shortest-path solver goes wrong if it is going to.
  const arbMatrix = fc
    .record({ n: fc.integer({ min: 0, max: 6 }), m: fc.integer({ min: 0, max: 3 }) })
    .chain(({ n, m }) =>
      fc.record({
        n: fc.constant(n),
        cells: fc.array(fc.integer({ min: -1, max: 4 }), { minLength: n * m, maxLength: n * m }),
        places: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: m, maxLength: m }),
      }),
    );

  it("finds the largest assignment of least cost, within every mentor's places", () => {
    fc.assert(
      fc.property(arbMatrix, ({ n, cells, places }) => {
        const m = places.length;
        const mentorOf = assign(Int32Array.from(cells), n, places);
        const at = (i: number, j: number) => cells[i * m + j]!;
        const used = places.map(() => 0);
        let matched = 0;
        let cost = 0;
        mentorOf.forEach((j, i) => {
          if (j < 0) return;
          expect(at(i, j)).toBeGreaterThanOrEqual(0);
          used[j]!++;
          matched++;
          cost += at(i, j);
        });
        used.forEach((u, j) => expect(u).toBeLessThanOrEqual(places[j]!));
        // Brute force maximizes, so hand it 10 - cost: same optimum for a fixed number of pairs.
        const best = bruteForce((i, j) => (at(i, j) < 0 ? null : 10 - at(i, j)), n, places);
        expect([matched, 10 * matched - cost]).toEqual(best);
      }),
      { numRuns: 1000 },
    );
  });
});

/** A tiny seeded generator, so the large case is the same every run. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
