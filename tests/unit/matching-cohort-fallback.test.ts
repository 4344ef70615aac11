import { describe, expect, it, vi } from "vitest";
import { suggestCohort } from "@/lib/matching/cohort";
import type * as ScoreBatch from "@/lib/matching/score-batch";
import { DEFAULT_WEIGHTS, pairScore, type MentorProfile, type Profile } from "@/lib/matching/scoring";

// What happens the day scoring.ts changes and score-batch.ts does not: the batch scores are wrong. The draft must
// notice (it checks drafted and sampled pairs against pairScore) and still be the optimum under pairScore.
vi.mock("@/lib/matching/score-batch", async (importOriginal) => {
  const real = await importOriginal<typeof ScoreBatch>();
  return {
    ...real,
    // Every feasible score turned upside down: the solver would prefer exactly the wrong pairs.
    scoreMatrix: (...args: Parameters<typeof real.scoreMatrix>) =>
      real.scoreMatrix(...args).map((s) => (s < 0 ? s : 10_000 - s)),
  };
});

const AT = new Date("2026-03-01T09:00:00Z");
const person = (id: string, topics: string[], text: string): Profile => ({
  applicationId: id,
  userId: id,
  name: id,
  topics,
  languages: ["English"],
  timeZone: "UTC",
  cadence: "WEEKLY",
  text,
});

describe("suggestCohort when the batch scores disagree with pairScore", () => {
  it("falls back to pairScore for every pair and drafts the true optimum", () => {
    const mentees = [
      person("e1", ["soap"], "lye trace"),
      person("e2", ["candles"], "wicks wax"),
      person("e3", ["soap", "candles"], "wax lye"),
    ];
    const mentors: MentorProfile[] = [
      { ...person("r1", ["soap"], "lye trace"), capacity: 1, activePairings: 0 },
      { ...person("r2", ["candles"], "wicks wax"), capacity: 2, activePairings: 0 },
    ];
    const draft = suggestCohort(mentees, mentors, DEFAULT_WEIGHTS, [], AT);
    // Brute force over the 3! / … possibilities: all three matched, soap with soap and candles with candles.
    let best = -1;
    for (const a of [0, 1])
      for (const b of [0, 1])
        for (const c of [0, 1]) {
          const choice = [a, b, c];
          if (choice.filter((j) => j === 0).length > 1 || choice.filter((j) => j === 1).length > 2) continue;
          const total = choice.reduce(
            (sum, j, i) => sum + Math.round(pairScore(mentees[i]!, mentors[j]!, DEFAULT_WEIGHTS, AT)! * 100),
            0,
          );
          best = Math.max(best, total);
        }
    expect(draft.pairs).toHaveLength(3);
    expect(draft.pairs.reduce((sum, p) => sum + Math.round(p.score * 100), 0)).toBe(best);
    expect(draft.pairs.find((p) => p.menteeApplicationId === "e1")?.mentorApplicationId).toBe("r1");
  });
});
