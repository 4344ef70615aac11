/**
 * Issue 19, items 2 and 3 on real rows: the program's hard rules bind the API's suggestions, the board, the cohort
 * draft (which says why a mentee has no mentor) and a hand match (unless overridden, and then audited); and a word
 * most applicants use is never cited as a reason.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmCohort } from "@/lib/matching/confirm-cohort";
import { draftCohort } from "@/lib/matching/draft-cohort";
import { findSuggestions } from "@/lib/matching/find-suggestions";
import { getBoardPage } from "@/lib/matching/get-board-page";
import { readBoardQuery } from "@/lib/matching/board-query";
import { getMatchingRules } from "@/lib/matching/get-rules";
import { matchPair } from "@/lib/matching/match-pair";
import { setMatchingRules } from "@/lib/matching/set-rules";
import { DEFAULT_RULES, type MatchingRules } from "@/lib/matching/rules";
import { createUser } from "../factories/users";
import { createGroup } from "../factories/groups";
import { createProgram } from "../factories/mentorship";
import { addTextQuestions, createApplicant, type Applicant, type Profile } from "../factories/matching";
import { expectRefused, outcome } from "./support/world";

async function world() {
  const owner = await createUser(db, { name: "Amara Owner", password: null });
  const group = await createGroup(db, owner, { name: "Soap Makers", privacy: "PRIVATE", mentorshipEnabled: true });
  const program = await createProgram(db, group, owner, { state: "RUNNING" });
  await addTextQuestions(db, program);
  return { owner, program };
}
type World = Awaited<ReturnType<typeof world>>;

const mentor = (w: World, name: string, profile: Profile = {}) =>
  createApplicant(db, w.program, name, "MENTOR", { capacity: 3, ...profile });
const mentee = (w: World, name: string, profile: Profile = {}) =>
  createApplicant(db, w.program, name, "MENTEE", profile);
const rules = (w: World, r: Partial<MatchingRules>) =>
  setMatchingRules(w.owner, w.program.id, { ...DEFAULT_RULES, ...r });
const suggested = async (w: World, x: Applicant) =>
  (await findSuggestions(w.owner, w.program.id, { menteeApplicationId: x.application.id })).suggestions.map(
    (s) => s.name,
  );
const onBoard = async (w: World, x: Applicant) =>
  (
    await getBoardPage(w.owner, w.program.id, { ...readBoardQuery({}), mentee: x.application.id })
  ).suggestions!.ranked.map((s) => s.mentorApplicationId);
const intro = "Hello both, welcome!";

describe("hard rules", () => {
  it("a new program requires a shared language; suggestions, the board and the draft leave such pairs out", async () => {
    const w = await world();
    expect(await getMatchingRules(w.owner, w.program.id)).toEqual(DEFAULT_RULES);
    const english = await mentor(w, "Ed English", { languages: ["English"] });
    // One after another: the draft lists unplaced mentees in the order they applied.
    const tigrinya: Applicant[] = [];
    for (const n of ["Abeba", "Berhane", "Dawit", "Eden"])
      tigrinya.push(await mentee(w, `${n} Mentee`, { languages: ["Tigrinya"] }));
    const both = await mentee(w, "Saba Both", { languages: ["tigrinya", "English"] });
    // Who named no language gives no evidence, and breaks no rule.
    const silent = await mentee(w, "Sil Silent");

    expect(await suggested(w, tigrinya[0]!)).toEqual([]);
    expect(await onBoard(w, tigrinya[0]!)).toEqual([]);
    expect(await suggested(w, both)).toEqual(["Ed English"]);
    expect(await onBoard(w, both)).toEqual([english.application.id]);
    expect(await suggested(w, silent)).toEqual(["Ed English"]);

    const draft = await draftCohort(w.owner, w.program.id);
    expect(draft.pairs.map((p) => p.menteeName).sort()).toEqual(["Saba Both", "Sil Silent"]);
    expect(draft.unplaced).toEqual([
      {
        why: { kind: "language", languages: ["Tigrinya"] },
        menteeApplicationIds: tigrinya.map((t) => t.application.id),
      },
    ]);

    // Switched off, the same pairs are suggested again (with the drawback said in words).
    await rules(w, { sharedLanguage: false });
    const found = await findSuggestions(w.owner, w.program.id, { menteeApplicationId: tigrinya[0]!.application.id });
    expect(found.suggestions.map((s) => s.name)).toEqual(["Ed English"]);
    expect(found.suggestions[0]!.drawbacks).toContain("no shared language");
    expect(await onBoard(w, tigrinya[0]!)).toEqual([english.application.id]);
  });

  it("a largest time difference leaves out mentors further away, and the draft says so", async () => {
    const w = await world();
    await rules(w, { maxHoursApart: 6 });
    const toronto = await mentee(w, "Tor Mentee", { timeZone: "America/Toronto" });
    await mentor(w, "Ist Mentor", { timeZone: "Europe/Istanbul" }); // 8 h from Toronto in winter, 7 h in summer
    await mentor(w, "Ny Mentor", { timeZone: "America/New_York", capacity: 1 });
    expect(await suggested(w, toronto)).toEqual(["Ny Mentor"]);
    const far = await mentee(w, "Far Mentee", { timeZone: "Asia/Tokyo" });
    // Tokyo: 14 h from New York (10 the short way), 6 h from Istanbul: only Istanbul.
    expect(await suggested(w, far)).toEqual(["Ist Mentor"]);
    const tokyo2 = await mentee(w, "Kyo Mentee", { timeZone: "Pacific/Honolulu" }); // 10 h from Istanbul, 5 from NY
    const draft = await draftCohort(w.owner, w.program.id);
    // New York has one place: Toronto or Honolulu; the other cannot take Istanbul.
    const placed = draft.pairs.map((p) => p.menteeApplicationId);
    expect(placed).toContain(far.application.id);
    expect(placed.filter((id) => [toronto.application.id, tokyo2.application.id].includes(id))).toHaveLength(1);
    expect(draft.unplaced.map((g) => g.why)).toEqual([{ kind: "taken" }]);
  });

  it("topics that must overlap: a mentee who asked for one is only offered mentors who offer it", async () => {
    const w = await world();
    await rules(w, { requiredTopics: ["Lye safety"] });
    const asks = await mentee(w, "Ask Mentee", { topics: ["lye safety", "Packaging"] });
    const doesNot = await mentee(w, "Not Mentee", { topics: ["Packaging"] });
    await mentor(w, "Pack Mentor", { topics: ["Packaging"] });
    await mentor(w, "Lye Mentor", { topics: ["Lye Safety"], capacity: 1 });
    expect(await suggested(w, asks)).toEqual(["Lye Mentor"]);
    expect((await suggested(w, doesNot)).sort()).toEqual(["Lye Mentor", "Pack Mentor"]);
    const draft = await draftCohort(w.owner, w.program.id);
    expect(draft.pairs.find((p) => p.menteeApplicationId === asks.application.id)?.mentorName).toBe("Lye Mentor");
  });

  it("a hand match against a rule is refused unless overridden, and an override is audited", async () => {
    const w = await world();
    const x = await mentee(w, "Abeba Mentee", { languages: ["Tigrinya"] });
    const m = await mentor(w, "Ed English", { languages: ["English"] });
    const pair = { menteeApplicationId: x.application.id, mentorApplicationId: m.application.id, introduction: intro };
    const refused = await expectRefused(() => matchPair(w.owner, w.program.id, pair), "CONFLICT", "no override");
    expect("error" in refused && refused.error.message).toMatch(/share no language/);
    await expectRefused(() => confirmCohort(w.owner, w.program.id, { pairs: [pair] }), "CONFLICT", "cohort");

    const made = await outcome(matchPair(w.owner, w.program.id, { ...pair, overrideRules: true }));
    expect(made.code).toBe("ok");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "pairing.create" } });
    expect(event.data).toMatchObject({ overriddenRules: ["sharedLanguage"], mentee: "Abeba Mentee" });
  });

  it("refuses unreadable rules with field errors and stores nothing", async () => {
    const w = await world();
    await rules(w, { maxHoursApart: 3 });
    const cases: [string, unknown][] = [
      ["13 hours", { ...DEFAULT_RULES, maxHoursApart: 13 }],
      ["half an hour", { ...DEFAULT_RULES, maxHoursApart: 0.5 }],
      ["a string", { ...DEFAULT_RULES, sharedLanguage: "yes" }],
      ["an empty topic", { ...DEFAULT_RULES, requiredTopics: [" "] }],
      ["an unknown rule", { ...DEFAULT_RULES, sameCity: true }],
      ["null", null],
    ];
    for (const [label, raw] of cases) {
      const result = await expectRefused(() => setMatchingRules(w.owner, w.program.id, raw), "INVALID_INPUT", label);
      expect("error" in result && Object.keys(result.error.fields ?? {}).length, label).toBeGreaterThan(0);
    }
    expect(await getMatchingRules(w.owner, w.program.id)).toEqual({ ...DEFAULT_RULES, maxHoursApart: 3 });
    expect(await db.auditEvent.count({ where: { action: "matching.rules" } })).toBe(1);
  });
});

describe("rare words", () => {
  it("never cites a word most applicants use, and cites the rare one they share", async () => {
    const w = await world();
    const x = await mentee(w, "Sam Mentee", { text: "I make cold process soap and want to try beeswax bars." });
    for (const n of ["Ana", "Ben", "Cy", "Dee", "Eli"])
      await mentor(w, `${n} Mentor`, { text: `Soap for years: cold process soap, melt and pour soap. ${n}` });
    await mentor(w, "Bee Mentor", { text: "Soap and beeswax bars are my thing." });
    const found = await findSuggestions(w.owner, w.program.id, { menteeApplicationId: x.application.id });
    const reasons = found.suggestions.flatMap((s) => s.reasons).filter((r) => r.startsWith("similar words"));
    expect(reasons.join(" ")).not.toMatch(/soap/);
    const bee = found.suggestions.find((s) => s.name === "Bee Mentor")!;
    expect(bee.reasons).toContain("similar words in their answers: bars, beeswax");
    expect(found.suggestions[0]!.name).toBe("Bee Mentor");
  });
});
