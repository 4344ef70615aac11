import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftIntroduction } from "@/lib/matching/introduction";
import { isDrawback, reasonInEnglish, type Reason } from "@/lib/matching/reasons";
import {
  DEFAULT_WEIGHTS,
  pairScore,
  readPair,
  scoreOf,
  scorePair,
  SIGNALS,
  type MentorProfile,
  type Profile,
  type Weights,
} from "@/lib/matching/scoring";
import { CLOSE_HOURS, hoursApart } from "@/lib/matching/time-gap";

// Issue 19, item 1: every suggestion says what speaks against it too, from the same readings as its score.

const AT = new Date("2026-01-15T12:00:00Z");
const english = (reasons: Reason[] | undefined) => (reasons ?? []).map(reasonInEnglish);
const against = (reasons: Reason[] | undefined) => english((reasons ?? []).filter(isDrawback));

const person = (overrides: Partial<Profile> = {}): Profile => ({
  applicationId: "mentee",
  userId: "mentee-user",
  name: "Mia",
  topics: [],
  languages: [],
  timeZone: null,
  cadence: null,
  text: "",
  ...overrides,
});
const mentorOf = (overrides: Partial<MentorProfile> = {}): MentorProfile => ({
  ...person({ applicationId: "mentor", userId: "mentor-user", name: "Max" }),
  capacity: 2,
  activePairings: 0,
  ...overrides,
});

describe("drawbacks", () => {
  it("Toronto and Istanbul, 8 hours apart, says so as a drawback (the issue's 'Good 64/100' with no line)", () => {
    const s = scorePair(
      person({ timeZone: "America/Toronto", languages: ["English"], topics: ["Soap"] }),
      mentorOf({ timeZone: "Europe/Istanbul", languages: ["English"], topics: ["Soap"] }),
      DEFAULT_WEIGHTS,
      AT,
    );
    expect(against(s?.reasons)).toEqual(["8 h apart: few shared waking hours"]);
    expect(english(s?.reasons)).not.toContain("8 h apart");
  });

  it("5 hours apart is no longer a strength", () => {
    const s = scorePair(
      person({ timeZone: "America/New_York" }),
      mentorOf({ timeZone: "Europe/London" }),
      DEFAULT_WEIGHTS,
      AT,
    );
    expect(s?.reasons).toContainEqual({ kind: "farApart", hours: 5 });
    expect(s?.reasons.some((r) => r.kind === "hoursApart")).toBe(false);
  });

  it("a pair with no shared topic says so beside 'both speak English'", () => {
    const s = scorePair(
      person({ languages: ["English"], topics: ["Soap", "Candles"] }),
      mentorOf({ languages: ["English"], topics: ["Woodwork"] }),
      DEFAULT_WEIGHTS,
      AT,
    );
    expect(english(s?.reasons.filter((r) => !isDrawback(r)))).toEqual(["both speak English", "2 of 2 places free"]);
    expect(against(s?.reasons)).toEqual(["no shared topic"]);
  });

  it("names what the mentee asked for that the mentor does not offer, no shared language, a nearly full mentor and far rhythms", () => {
    const s = scorePair(
      person({ topics: ["Soap", "Packaging", "Marketing"], languages: ["Tigrinya"], cadence: "WEEKLY" }),
      mentorOf({ topics: ["soap"], languages: ["English"], cadence: "MONTHLY", capacity: 3, activePairings: 2 }),
      DEFAULT_WEIGHTS,
      AT,
    );
    expect(against(s?.reasons)).toEqual([
      "not offered by the mentor: Packaging, Marketing",
      "no shared language",
      "different rhythms: every week and once a month",
      "nearly full: 1 of 3 places left",
    ]);
    expect(english(s?.reasons)).toContain("1 shared topic: Soap");
  });

  it("says nothing against what one side did not answer (no evidence either way)", () => {
    const s = scorePair(person(), mentorOf(), DEFAULT_WEIGHTS, AT);
    expect(against(s?.reasons)).toEqual([]);
  });
});

// ---------- properties: the score and its words come from one reading ----------

const ZONES = [
  "UTC",
  "America/Toronto",
  "Europe/Istanbul",
  "Asia/Tokyo",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "America/Los_Angeles",
  "Europe/Madrid",
];
const profile = {
  topics: fc.subarray(["Soap", "soap", "Lye", "Candles", "Packaging"]),
  languages: fc.subarray(["English", "Spanish", "Tigrinya", "arabic"]),
  timeZone: fc.option(fc.constantFrom(...ZONES)),
  cadence: fc.option(fc.constantFrom("WEEKLY", "FORTNIGHTLY", "MONTHLY", "FLEXIBLE")),
  text: fc.array(fc.constantFrom("kiln", "glaze", "trace", "lye", "the", "fragrance", "and"), { maxLength: 6 }),
};
const arbMentee = fc.record(profile).map((p) => person({ ...p, text: p.text.join(" ") }));
const arbMentor = fc
  .record({ ...profile, capacity: fc.integer({ min: 1, max: 5 }), activePairings: fc.integer({ min: 0, max: 4 }) })
  .map((p) => mentorOf({ ...p, text: p.text.join(" ") }));
const arbWeights = fc
  .record(Object.fromEntries(SIGNALS.map((s) => [s, fc.integer({ min: 0, max: 5 })])))
  .map((w) => w as Weights);

/** Strengths whose signal is weak, or drawbacks whose signal is strong: words that would contradict the score. */
function contradictions(mentee: Profile, mentor: MentorProfile, weights: Weights): string[] {
  const readings = readPair(mentee, mentor, weights, AT, {}, true) ?? [];
  const wrong: string[] = [];
  for (const r of readings)
    for (const reason of r.reasons) {
      // Topics shared in part say both what is shared and what is missing; the words only ever speak for a pair.
      if (reason.kind === "topics" || reason.kind === "words") {
        if (!(r.value > 0)) wrong.push(`${reason.kind} at ${r.value}`);
      } else if (reason.kind === "notOffered") {
        if (!(r.value < 1)) wrong.push(`notOffered at ${r.value}`);
      } else if (isDrawback(reason) !== r.value < 0.5) wrong.push(`${reason.kind} at ${r.value}`);
    }
  return wrong;
}

describe("the score and its words agree", () => {
  it("the score with words equals the score alone, and is the weighted mean of the readings the words come from", () => {
    fc.assert(
      fc.property(arbMentee, arbMentor, arbWeights, (mentee, mentor, weights) => {
        const s = scorePair(mentee, mentor, weights, AT);
        expect(s?.score ?? null).toBe(pairScore(mentee, mentor, weights, AT));
        const readings = readPair(mentee, mentor, weights, AT, {}, true);
        if (!s || !readings) return;
        expect(s.score).toBe(scoreOf(readings));
        expect(s.reasons).toEqual(readings.flatMap((r) => r.reasons));
      }),
    );
  });

  it("a strength never sits on a weak signal, nor a drawback on a strong one", () => {
    fc.assert(
      fc.property(arbMentee, arbMentor, arbWeights, (mentee, mentor, weights) => {
        expect(contradictions(mentee, mentor, weights)).toEqual([]);
      }),
    );
  });

  it("a time gap is always worded when the signal counts, as a drawback beyond 4 hours, with the hours that score", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 5 }),
        (a, b, weight) => {
          const s = scorePair(
            person({ timeZone: a }),
            mentorOf({ timeZone: b }),
            { ...DEFAULT_WEIGHTS, timeZone: weight },
            AT,
          )!;
          const hours = hoursApart(a, b, AT)!;
          const zone = s.reasons.filter((r) => ["sameZone", "hoursApart", "farApart"].includes(r.kind));
          expect(zone).toEqual([
            hours === 0 ? { kind: "sameZone" } : { kind: hours > CLOSE_HOURS ? "farApart" : "hoursApart", hours },
          ]);
        },
      ),
    );
  });

  it("the introduction names the same gap as the card", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.constantFrom(...ZONES), (a, b) => {
        fc.pre(a !== b);
        const s = scorePair(person({ timeZone: a }), mentorOf({ timeZone: b }), DEFAULT_WEIGHTS, AT)!;
        const gap = s.reasons.find((r) => r.kind === "hoursApart" || r.kind === "farApart");
        const intro = draftIntroduction("P", { ...person({ timeZone: a }) }, { ...mentorOf({ timeZone: b }) }, AT);
        const said = /You're (\S+) hours? apart/.exec(intro)?.[1];
        if (!gap) expect(intro).toContain("You're in the same time zone.");
        else expect(Number(said)).toBe((gap as { hours: number }).hours);
      }),
    );
  });

  it("Toronto and Istanbul: the introduction's hours are the card's", () => {
    const mentee = person({ timeZone: "America/Toronto" });
    const mentor = mentorOf({ timeZone: "Europe/Istanbul" });
    expect(scorePair(mentee, mentor, DEFAULT_WEIGHTS, AT)?.reasons).toContainEqual({ kind: "farApart", hours: 8 });
    expect(draftIntroduction("P", mentee, mentor, AT)).toContain("You're 8 hours apart");
  });
});
