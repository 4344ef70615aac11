import { describe, expect, it } from "vitest";
import {
  DEFAULT_WEIGHTS,
  pairScore,
  rankMentors,
  scorePair,
  type MentorProfile,
  type Profile,
  type Weights,
} from "@/lib/matching/scoring";
import { ZWeights } from "@/lib/matching/weights-schema";
import { utcOffsetMinutes } from "@/lib/time";
import { reasonInEnglish } from "@/lib/matching/reasons";

/** The reasons in the API's English words (the screens word the same data in the reader's language). */
const english = (s: { reasons: Parameters<typeof reasonInEnglish>[0][] } | null | undefined) =>
  s?.reasons.map(reasonInEnglish);

const AT = new Date("2026-01-15T12:00:00Z");
const NONE = new Set<string>();
const ONLY = (signal: keyof Weights, weight = 1): Weights => ({
  topics: 0,
  text: 0,
  languages: 0,
  timeZone: 0,
  cadence: 0,
  load: 0,
  [signal]: weight,
});

function mentee(overrides: Partial<Profile> = {}): Profile {
  return {
    applicationId: "mentee-app",
    userId: "mentee-user",
    name: "Mia",
    topics: [],
    languages: [],
    timeZone: null,
    cadence: null,
    text: "",
    ...overrides,
  };
}

function mentor(id: string, overrides: Partial<MentorProfile> = {}): MentorProfile {
  return {
    applicationId: id,
    userId: `${id}-user`,
    name: id,
    topics: [],
    languages: [],
    timeZone: null,
    cadence: null,
    text: "",
    capacity: 2,
    activePairings: 0,
    ...overrides,
  };
}

const SOAP_MENTEE = mentee({
  topics: ["Soap colouring", "Lye safety", "Packaging", "Marketing"],
  languages: ["Spanish", "English"],
  timeZone: "Asia/Dubai",
  cadence: "FORTNIGHTLY",
  text: "I want to learn about trace and fragrance in cold process soap",
});

const SOAP_MENTOR = mentor("rosa", {
  topics: ["soap colouring", "LYE SAFETY", "packaging", "candles"],
  languages: ["spanish", "Catalan"],
  timeZone: "Africa/Nairobi",
  cadence: "FORTNIGHTLY",
  text: "Years of cold process soap: trace, fragrance, colour",
  capacity: 3,
  activePairings: 1,
});

describe("scorePair", () => {
  it("explains a strong pair in plain words: what speaks for it, and what the mentor does not offer", () => {
    const s = scorePair(SOAP_MENTEE, SOAP_MENTOR, DEFAULT_WEIGHTS, AT);
    expect(english(s)).toEqual([
      "3 shared topics: Soap colouring, Lye safety, Packaging",
      "not offered by the mentor: Marketing",
      "similar words in their answers: cold, fragrance",
      "both speak Spanish",
      "1 h apart",
      "both prefer every two weeks",
      "2 of 3 places free",
    ]);
    // Worked out by hand: topics 3/4; text 5 shared of 7 and 7 words ("want" is not a stop word of the `stopword`
    // list); language 1; 1 h → 7/8; cadence 1; load 2/3.
    const text = 5 / Math.sqrt(7 * 7);
    const expected = (3 * 0.75 + 2 * text + 3 * 1 + 2 * 0.875 + 1 * 1 + 1 * (2 / 3)) / 12;
    expect(s?.score).toBeCloseTo(expected * 100, 1);
    expect(s?.remaining).toBe(2);
    expect(s?.mentorApplicationId).toBe("rosa");
  });

  it("gives its reasons as data (kind and values), for the screens to word in the reader's language", () => {
    expect(scorePair(SOAP_MENTEE, SOAP_MENTOR, DEFAULT_WEIGHTS, AT)?.reasons).toEqual([
      { kind: "topics", items: ["Soap colouring", "Lye safety", "Packaging"] },
      { kind: "notOffered", items: ["Marketing"] },
      { kind: "words", items: ["cold", "fragrance"] },
      { kind: "languages", items: ["Spanish"] },
      { kind: "hoursApart", hours: 1 },
      { kind: "bothPrefer", cadence: "FORTNIGHTLY" },
      { kind: "places", remaining: 2, capacity: 3 },
    ]);
    const flexible = scorePair(
      mentee({ cadence: "FLEXIBLE" }),
      mentor("m", { cadence: "MONTHLY" }),
      ONLY("cadence"),
      AT,
    );
    expect(flexible?.reasons).toEqual([{ kind: "menteeFlexible", cadence: "MONTHLY" }]);
    const close = scorePair(
      mentee({ cadence: "WEEKLY" }),
      mentor("m", { cadence: "FORTNIGHTLY" }),
      ONLY("cadence"),
      AT,
    );
    expect(close?.reasons).toEqual([{ kind: "closeRhythms", mentee: "WEEKLY", mentor: "FORTNIGHTLY" }]);
  });

  it("says what speaks against a pair, and nothing for a signal that is absent or switched off", () => {
    const stranger = mentor("kim", {
      topics: ["woodwork"],
      languages: ["Korean"],
      timeZone: "America/Bogota", // 9 h from Dubai
      cadence: "WEEKLY", // two steps from monthly
      text: "Cabinet joinery",
      capacity: 4,
      activePairings: 3,
    });
    const m = mentee({
      topics: ["soap"],
      languages: ["Spanish"],
      timeZone: "Asia/Dubai",
      cadence: "MONTHLY",
      text: "soap",
    });
    expect(english(scorePair(m, stranger, DEFAULT_WEIGHTS, AT))).toEqual([
      "no shared topic",
      "no shared language",
      "9 h apart: few shared waking hours",
      "different rhythms: once a month and every week",
      "nearly full: 1 of 4 places left",
    ]);
    expect(english(scorePair(m, stranger, { ...DEFAULT_WEIGHTS, load: 0, timeZone: 0 }, AT))).toEqual([
      "no shared topic",
      "no shared language",
      "different rhythms: once a month and every week",
    ]);
    expect(scorePair(m, stranger, { ...DEFAULT_WEIGHTS, load: 0 }, AT)?.score).toBe(0);
  });

  it("reads unknown answers as neutral (0.5) and a perfect pair as 100", () => {
    expect(scorePair(mentee(), mentor("blank", { capacity: 1 }), { ...DEFAULT_WEIGHTS, load: 0 }, AT)?.score).toBe(50);
    const same = { topics: ["a"], languages: ["en"], timeZone: "UTC", cadence: "WEEKLY", text: "pottery glaze" };
    expect(scorePair(mentee(same), mentor("twin", same), DEFAULT_WEIGHTS, AT)?.score).toBe(100);
  });

  it("scores 0 with every weight at 0, but the mentor can still be suggested", () => {
    const zero = ONLY("topics", 0);
    expect(scorePair(SOAP_MENTEE, SOAP_MENTOR, zero, AT)).toEqual({
      mentorApplicationId: "rosa",
      score: 0,
      reasons: [],
      remaining: 2,
    });
    expect(rankMentors(SOAP_MENTEE, [SOAP_MENTOR], zero, NONE, AT)).toHaveLength(1);
  });

  it("never pairs someone with themselves, nor a mentor with no place left", () => {
    expect(scorePair(mentee({ userId: "u1" }), mentor("self", { userId: "u1" }), DEFAULT_WEIGHTS, AT)).toBeNull();
    expect(scorePair(mentee(), mentor("full", { capacity: 2, activePairings: 2 }), DEFAULT_WEIGHTS, AT)).toBeNull();
    expect(scorePair(mentee(), mentor("over", { capacity: 1, activePairings: 3 }), DEFAULT_WEIGHTS, AT)).toBeNull();
    expect(scorePair(mentee(), mentor("none", { capacity: 0 }), DEFAULT_WEIGHTS, AT)).toBeNull();
    expect(pairScore(mentee(), mentor("none", { capacity: 0 }), DEFAULT_WEIGHTS, AT)).toBeNull();
  });

  it.each<[keyof Weights, Partial<Profile>, Partial<MentorProfile>, number, string[]]>([
    // topics: share of the mentee's topics, case-insensitive, duplicates counted once
    [
      "topics",
      { topics: ["A", "b", "a"] },
      { topics: ["B", "c"] },
      0.5,
      ["1 shared topic: b", "not offered by the mentor: A"],
    ],
    ["topics", { topics: ["a"] }, { topics: ["b"] }, 0, ["no shared topic"]],
    ["topics", { topics: [] }, { topics: ["b"] }, 0.5, []],
    [
      "languages",
      { languages: ["French", "German"] },
      { languages: ["german", "FRENCH"] },
      1,
      ["both speak French and German"],
    ],
    ["languages", { languages: ["French"] }, { languages: ["German"] }, 0, ["no shared language"]],
    ["languages", { languages: ["French"] }, { languages: [] }, 0.5, []],
    ["cadence", { cadence: "WEEKLY" }, { cadence: "WEEKLY" }, 1, ["both prefer every week"]],
    ["cadence", { cadence: "FLEXIBLE" }, { cadence: "FLEXIBLE" }, 1, ["both are flexible about how often to meet"]],
    [
      "cadence",
      { cadence: "FLEXIBLE" },
      { cadence: "MONTHLY" },
      0.75,
      ["the mentee is flexible and the other prefers once a month"],
    ],
    [
      "cadence",
      { cadence: "FORTNIGHTLY" },
      { cadence: "MONTHLY" },
      0.5,
      ["close rhythms: every two weeks and once a month"],
    ],
    ["cadence", { cadence: "WEEKLY" }, { cadence: "MONTHLY" }, 0, ["different rhythms: every week and once a month"]],
    ["cadence", { cadence: null }, { cadence: "MONTHLY" }, 0.5, []],
    ["cadence", { cadence: "SOMETIMES" }, { cadence: "MONTHLY" }, 0.5, []],
    [
      "text",
      { text: "The glaze, the kiln" },
      { text: "kiln glaze" },
      1,
      ["similar words in their answers: glaze, kiln"],
    ],
    ["text", { text: "and the of" }, { text: "kiln glaze" }, 0.5, []],
    ["text", { text: "kiln" }, { text: "loom" }, 0, []],
  ])("%s: %j with %j reads %s", (signal, a, b, value, reasons) => {
    const s = scorePair(mentee(a), mentor("m", b), ONLY(signal), AT);
    expect(s?.score).toBeCloseTo(value * 100, 2);
    expect(english(s)).toEqual(reasons);
  });

  it.each([
    // Zones without daylight saving, so the answer does not depend on the date.
    ["Asia/Tokyo", "Asia/Tokyo", 1, "same time zone"],
    ["UTC", "Africa/Abidjan", 1, "same time zone"],
    ["Asia/Dubai", "Africa/Nairobi", 7 / 8, "1 h apart"],
    ["Asia/Kolkata", "Asia/Dubai", 1 - 1.5 / 8, "1.5 h apart"],
    ["Asia/Shanghai", "Asia/Kolkata", 1 - 2.5 / 8, "2.5 h apart"],
    ["Asia/Tokyo", "UTC", 0, "9 h apart: few shared waking hours"],
    ["Asia/Shanghai", "UTC", 0, "8 h apart: few shared waking hours"],
    ["Asia/Kolkata", "UTC", 1 - 5.5 / 8, "5.5 h apart: few shared waking hours"],
    ["Asia/Dubai", "UTC", 0.5, "4 h apart"], // the last gap that still counts for the pair
    ["Pacific/Kiritimati", "Pacific/Pago_Pago", 7 / 8, "1 h apart"], // +14 and -11: one hour apart on the clock
    ["Asia/Tokyo", "Not/AZone", 0.5, null],
  ])("time zones %s and %s read %s", (a, b, value, reason) => {
    const s = scorePair(mentee({ timeZone: a }), mentor("m", { timeZone: b }), ONLY("timeZone"), AT);
    expect(s?.score).toBeCloseTo(value * 100, 2);
    expect(english(s)).toEqual(reason ? [reason] : []);
  });

  it("follows daylight saving at the given date", () => {
    const winter = new Date("2026-01-15T12:00:00Z");
    const summer = new Date("2026-07-15T12:00:00Z");
    expect(utcOffsetMinutes("Europe/Madrid", winter)).toBe(60);
    expect(utcOffsetMinutes("Europe/Madrid", summer)).toBe(120);
    const m = mentee({ timeZone: "Europe/Madrid" });
    const lagos = mentor("lagos", { timeZone: "Africa/Lagos" }); // UTC+1 all year
    expect(english(scorePair(m, lagos, ONLY("timeZone"), winter))).toEqual(["same time zone"]);
    expect(english(scorePair(m, lagos, ONLY("timeZone"), summer))).toEqual(["1 h apart"]);
  });
});

describe("rankMentors", () => {
  const close = mentor("close", { ...SOAP_MENTOR, applicationId: "close", userId: "u-close", name: "Close" });
  const far = mentor("far", { topics: ["woodwork"], languages: ["Korean"], timeZone: "Pacific/Honolulu", name: "Far" });
  const middling = mentor("mid", {
    topics: ["Packaging"],
    languages: ["English"],
    timeZone: "Asia/Dubai",
    name: "Mid",
  });

  it("ranks the obviously best mentor first", () => {
    const ranked = rankMentors(SOAP_MENTEE, [far, middling, close], DEFAULT_WEIGHTS, NONE, AT);
    expect(ranked.map((s) => s.mentorApplicationId)).toEqual(["close", "mid", "far"]);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it("never suggests a full mentor, an excluded one, or the mentee themselves", () => {
    const full = mentor("full", { ...SOAP_MENTOR, applicationId: "full", userId: "u-full", activePairings: 3 });
    const self = mentor("self", { ...SOAP_MENTOR, applicationId: "self", userId: SOAP_MENTEE.userId });
    const ranked = rankMentors(
      SOAP_MENTEE,
      [full, self, close, far, middling],
      DEFAULT_WEIGHTS,
      new Set(["close"]),
      AT,
    );
    expect(ranked.map((s) => s.mentorApplicationId)).toEqual(["mid", "far"]);
  });

  it("lets the weights change the order", () => {
    // Speaks the mentee's language but shares nothing else, against a topic match who speaks only Korean.
    const speaker = mentor("speaker", { languages: ["Spanish"], topics: ["knitting"], name: "Speaker" });
    const expert = mentor("expert", {
      languages: ["Korean"],
      topics: ["Soap colouring", "Lye safety"],
      name: "Expert",
    });
    const order = (weights: Weights) =>
      rankMentors(SOAP_MENTEE, [speaker, expert], weights, NONE, AT).map((s) => s.mentorApplicationId);
    expect(order({ ...DEFAULT_WEIGHTS, languages: 0 })).toEqual(["expert", "speaker"]);
    expect(order({ ...DEFAULT_WEIGHTS, languages: 5, topics: 1 })).toEqual(["speaker", "expert"]);
  });

  it("breaks ties by more places free, then by name", () => {
    const weights = ONLY("topics");
    const a = mentor("a", { name: "Zoe", capacity: 1 });
    const b = mentor("b", { name: "Ann", capacity: 1 });
    const c = mentor("c", { name: "Bob", capacity: 3, activePairings: 1 });
    const ranked = rankMentors(mentee(), [a, b, c], weights, NONE, AT);
    expect(ranked.map((s) => s.mentorApplicationId)).toEqual(["c", "b", "a"]);
    expect(new Set(ranked.map((s) => s.score))).toEqual(new Set([50]));
  });
});

describe("ZWeights", () => {
  it("accepts whole weights from 0 to 5 for every signal", () => {
    expect(ZWeights.parse(DEFAULT_WEIGHTS)).toEqual(DEFAULT_WEIGHTS);
    expect(ZWeights.safeParse(ONLY("load", 5)).success).toBe(true);
  });

  it.each([
    ["a weight above 5", { ...DEFAULT_WEIGHTS, topics: 6 }],
    ["a negative weight", { ...DEFAULT_WEIGHTS, text: -1 }],
    ["a fraction", { ...DEFAULT_WEIGHTS, load: 1.5 }],
    ["a missing signal", { ...DEFAULT_WEIGHTS, cadence: undefined }],
    ["an unknown signal", { ...DEFAULT_WEIGHTS, age: 1 }],
    ["a string", { ...DEFAULT_WEIGHTS, topics: "3" }],
  ])("rejects %s", (_, input) => {
    expect(ZWeights.safeParse(input).success).toBe(false);
  });
});
