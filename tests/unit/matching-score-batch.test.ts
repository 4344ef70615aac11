import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreMatrix } from "@/lib/matching/score-batch";
import { pairScore, SIGNALS, type MentorProfile, type Profile, type Weights } from "@/lib/matching/scoring";
import { CADENCES } from "@/lib/programs/question-schema";

// The cohort's batch scores must be pairScore's to the hundredth, or the draft optimises something the board does
// not show. If this fails after a change to scoring.ts, change lib/matching/score-batch.ts the same way (until then
// suggestCohort notices the difference and scores every pair with pairScore: right, but slow).

const AT = new Date("2026-07-01T12:00:00Z");
const WORDS = ["Soap", "soap", "lye", "the", "and", "café", "naïve", "packaging", "go", "colour", "Über", "ab", "x1z"];

const arbPerson = fc.record({
  userId: fc.constantFrom("u1", "u2", "u3", "u4", "u5"),
  topics: fc.array(fc.constantFrom("Soap", "soap ", " ", "Lye safety", "Packaging", "Pricing"), { maxLength: 4 }),
  languages: fc.array(fc.constantFrom("English", "english", "Spanish", "Arabic", ""), { maxLength: 3 }),
  timeZone: fc.option(
    fc.constantFrom("UTC", "Asia/Kolkata", "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Nowhere/X"),
  ),
  cadence: fc.option(fc.constantFrom(...CADENCES, "SOMETIMES")),
  text: fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(" ")),
});
const arbMentor = fc.tuple(arbPerson, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }));
const arbWeights = fc
  .array(fc.constantFrom(0, 1, 2, 3, 5, 0.5), { minLength: SIGNALS.length, maxLength: SIGNALS.length })
  .map((w) => Object.fromEntries(SIGNALS.map((s, k) => [s, w[k]!])) as Weights);

describe("scoreMatrix", () => {
  it("gives every pair pairScore's hundredths, and -1 where pairScore is null", () => {
    fc.assert(
      fc.property(
        fc.array(arbPerson, { maxLength: 6 }),
        fc.array(arbMentor, { maxLength: 6 }),
        arbWeights,
        (people, rows, weights) => {
          const mentees: Profile[] = people.map((p, i) => ({ ...p, applicationId: `e${i}`, name: `E${i}` }));
          const mentors: MentorProfile[] = rows.map(([p, capacity, active], j) => ({
            ...p,
            applicationId: `r${j}`,
            name: `R${j}`,
            capacity,
            activePairings: active,
          }));
          const matrix = scoreMatrix(mentees, mentors, weights, AT);
          const expected = mentees.flatMap((e) =>
            mentors.map((r) => {
              const score = pairScore(e, r, weights, AT);
              return score === null ? -1 : Math.round(score * 100);
            }),
          );
          expect([...matrix]).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
