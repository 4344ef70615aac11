import { describe, expect, it } from "vitest";
import { suggestCohort } from "@/lib/matching/cohort";
import { DEFAULT_RULES, readRules, type MatchingRules } from "@/lib/matching/rules";
import { ZMatchingRules } from "@/lib/matching/rules-schema";
import { brokenRules, DEFAULT_WEIGHTS, rankMentors, type MentorProfile, type Profile } from "@/lib/matching/scoring";
import { groupUnplaced } from "@/lib/matching/unplaced";

// Issue 19, item 3: pure checks of the hard rules, the ranking and the cohort draft that keep them.

const AT = new Date("2026-01-15T12:00:00Z");
const NONE = new Set<string>();
let n = 0;
const mentee = (o: Partial<Profile> = {}): Profile => {
  n++;
  return {
    applicationId: `x${n}`,
    userId: `ux${n}`,
    name: `Mentee ${n}`,
    topics: [],
    languages: [],
    timeZone: null,
    cadence: null,
    text: "",
    ...o,
  };
};
const mentor = (o: Partial<MentorProfile> = {}): MentorProfile => {
  n++;
  return {
    ...mentee(),
    applicationId: `m${n}`,
    userId: `um${n}`,
    name: `Mentor ${n}`,
    capacity: 2,
    activePairings: 0,
    ...o,
  };
};
const on = (r: Partial<MatchingRules>): MatchingRules => ({ ...DEFAULT_RULES, sharedLanguage: false, ...r });

describe("brokenRules", () => {
  it.each<[string, Partial<Profile>, Partial<MentorProfile>, MatchingRules, string[]]>([
    ["no shared language", { languages: ["Tigrinya"] }, { languages: ["English"] }, DEFAULT_RULES, ["sharedLanguage"]],
    ["a shared language in any case", { languages: ["english"] }, { languages: ["English "] }, DEFAULT_RULES, []],
    ["a mentee who named no language", {}, { languages: ["English"] }, DEFAULT_RULES, []],
    ["the rule off", { languages: ["Tigrinya"] }, { languages: ["English"] }, on({}), []],
    [
      "8 h apart, limit 6",
      { timeZone: "America/Toronto" },
      { timeZone: "Europe/Istanbul" },
      on({ maxHoursApart: 6 }),
      ["maxHoursApart"],
    ],
    [
      "8 h apart, limit 8",
      { timeZone: "America/Toronto" },
      { timeZone: "Europe/Istanbul" },
      on({ maxHoursApart: 8 }),
      [],
    ],
    ["an unknown zone", { timeZone: null }, { timeZone: "Europe/Istanbul" }, on({ maxHoursApart: 0 }), []],
    [
      "a required topic not offered",
      { topics: ["Lye safety"] },
      { topics: ["Packaging"] },
      on({ requiredTopics: ["lye SAFETY"] }),
      ["requiredTopics"],
    ],
    [
      "a required topic offered",
      { topics: ["Lye safety"] },
      { topics: ["lye safety"] },
      on({ requiredTopics: ["Lye safety"] }),
      [],
    ],
    [
      "a required topic not asked for",
      { topics: ["Packaging"] },
      { topics: ["Candles"] },
      on({ requiredTopics: ["Lye safety"] }),
      [],
    ],
  ])("%s", (_, a, b, rules, expected) => {
    expect(brokenRules(mentee(a), mentor(b), rules, AT).map((r) => r.rule)).toEqual(expected);
  });

  it("says what the admin needs to read: the mentee's languages, the hours and the limit, the topics missing", () => {
    const rules = { sharedLanguage: true, maxHoursApart: 6, requiredTopics: ["Lye safety", "Packaging"] };
    const broken = brokenRules(
      mentee({ languages: ["Tigrinya"], timeZone: "America/Toronto", topics: ["Lye safety", "Packaging"] }),
      mentor({ languages: ["English"], timeZone: "Europe/Istanbul", topics: ["Candles"] }),
      rules,
      AT,
    );
    expect(broken).toEqual([
      { rule: "sharedLanguage", menteeLanguages: ["Tigrinya"] },
      { rule: "maxHoursApart", hours: 8, max: 6 },
      { rule: "requiredTopics", items: ["Lye safety", "Packaging"] },
    ]);
  });
});

describe("the rules in ranking and drafting", () => {
  it("rankMentors leaves out a pair that breaks a rule, and keeps it when the rule is off", () => {
    const x = mentee({ languages: ["Tigrinya"] });
    const english = mentor({ languages: ["English"] });
    const tigrinya = mentor({ languages: ["Tigrinya"] });
    const ranked = (rules: MatchingRules) =>
      rankMentors(x, [english, tigrinya], DEFAULT_WEIGHTS, NONE, AT, Infinity, { rules }).map(
        (s) => s.mentorApplicationId,
      );
    expect(ranked(DEFAULT_RULES)).toEqual([tigrinya.applicationId]);
    expect(ranked(on({}))).toEqual([tigrinya.applicationId, english.applicationId]);
  });

  it("the cohort draft never proposes a rule-breaking pair, even to place one more mentee, and says why", () => {
    const tigrinya = [1, 2, 3, 4].map(() => mentee({ languages: ["Tigrinya"] }));
    const placed = mentee({ languages: ["English"] });
    const m = mentor({ languages: ["English"], capacity: 5 });
    const draft = suggestCohort([...tigrinya, placed], [m], DEFAULT_WEIGHTS, [], AT, DEFAULT_RULES);
    expect(draft.pairs.map((p) => p.menteeApplicationId)).toEqual([placed.applicationId]);
    expect(draft.unmatched).toEqual(tigrinya.map((t) => t.applicationId));
    expect(groupUnplaced(tigrinya, [m], [], DEFAULT_RULES, AT)).toEqual([
      { why: { kind: "language", languages: ["Tigrinya"] }, mentees: tigrinya.map((t) => t.applicationId) },
    ]);
  });

  it("groups mentees by cause: a time limit, mixed rules, exclusions, no places, places taken", () => {
    const rules = { sharedLanguage: true, maxHoursApart: 6, requiredTopics: [] };
    const near = mentor({ timeZone: "America/New_York", languages: ["English"] });
    const speaks = mentor({ timeZone: "Europe/Madrid", languages: ["English"] });
    const why = (x: Profile, mentors: MentorProfile[], excluded: MentorProfile[] = []) =>
      groupUnplaced(
        [x],
        mentors,
        excluded.map((m) => ({ menteeApplicationId: x.applicationId, mentorApplicationId: m.applicationId })),
        rules,
        AT,
      ).map((g) => g.why);
    // Tokyo: 10 h from New York (the short way), 8 h from Madrid.
    expect(why(mentee({ timeZone: "Asia/Tokyo", languages: ["English"] }), [near, speaks])).toEqual([
      { kind: "timeGap", max: 6 },
    ]);
    const farSpeaker = mentor({ timeZone: "Asia/Tokyo", languages: ["Tigrinya"] });
    expect(why(mentee({ timeZone: "America/New_York", languages: ["Tigrinya"] }), [near, farSpeaker])).toEqual([
      { kind: "rules" },
    ]);
    const shut = mentee({ languages: ["English"] });
    expect(why(shut, [near, speaks], [near, speaks])).toEqual([{ kind: "excluded" }]);
    expect(why(shut, [mentor({ capacity: 1, activePairings: 1 })])).toEqual([{ kind: "noPlaces" }]);
    expect(why(shut, [speaks])).toEqual([{ kind: "taken" }]);
    // Several mentees with one cause are one line, whatever the spelling.
    const same = [mentee({ languages: ["Tigrinya"] }), mentee({ languages: ["tigrinya"] })];
    expect(groupUnplaced(same, [near], [], rules, AT)).toEqual([
      { why: { kind: "language", languages: ["Tigrinya"] }, mentees: same.map((x) => x.applicationId) },
    ]);
  });
});

describe("reading and writing the rules", () => {
  it("reads what is stored field by field, with the defaults for anything unreadable", () => {
    expect(readRules({})).toEqual(DEFAULT_RULES);
    expect(readRules(null)).toEqual(DEFAULT_RULES);
    expect(readRules({ sharedLanguage: false, maxHoursApart: 3, requiredTopics: ["a", 1] })).toEqual({
      sharedLanguage: false,
      maxHoursApart: 3,
      requiredTopics: ["a"],
    });
    expect(readRules({ sharedLanguage: "no", maxHoursApart: 40 })).toEqual(DEFAULT_RULES);
  });

  it("the schema keeps each required topic once, whatever its case", () => {
    expect(
      ZMatchingRules.parse({ sharedLanguage: true, maxHoursApart: null, requiredTopics: ["Lye", " lye ", "Oils"] }),
    ).toEqual({ sharedLanguage: true, maxHoursApart: null, requiredTopics: ["Lye", "Oils"] });
  });
});
