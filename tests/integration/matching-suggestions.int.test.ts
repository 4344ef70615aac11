/**
 * What the admin reads while matching, on real database rows: ranked suggestions with their reasons, the weights
 * that tune them, the cohort draft (which writes nothing), the matching board, and the pairings list with its
 * progress, which never carries a pair's words.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { draftCohort } from "@/lib/matching/draft-cohort";
import { findPairings } from "@/lib/matching/find-pairings";
import { findSuggestions } from "@/lib/matching/find-suggestions";
import { getMatchingBoard } from "@/lib/matching/get-matching-board";
import { setExclusion } from "@/lib/matching/set-exclusion";
import { setMatchingWeights } from "@/lib/matching/set-weights";
import { setMatchingRules } from "@/lib/matching/set-rules";
import { DEFAULT_RULES } from "@/lib/matching/rules";
import { DEFAULT_WEIGHTS } from "@/lib/matching/scoring";
import { createUser } from "../factories/users";
import { createGroup } from "../factories/groups";
import { createCheckIn, createProgram } from "../factories/mentorship";
import { addTextQuestions, createApplicant, pairUp, type Applicant, type Profile } from "../factories/matching";
import { expectRefused, fingerprint } from "./support/world";

async function world(steps?: { title: string; dueWeek: number }[]) {
  const owner = await createUser(db, { name: "Amara Owner", password: null });
  const group = await createGroup(db, owner, { name: "Soap Makers", privacy: "PRIVATE", mentorshipEnabled: true });
  const program = await createProgram(db, group, owner, { state: "RUNNING", ...(steps ? { steps } : {}) });
  const questions = await addTextQuestions(db, program);
  return { owner, group, program, questions };
}
type World = Awaited<ReturnType<typeof world>>;

const mentor = (w: World, name: string, profile: Profile = {}) =>
  createApplicant(db, w.program, name, "MENTOR", profile);
const mentee = (w: World, name: string, profile: Profile = {}) =>
  createApplicant(db, w.program, name, "MENTEE", profile);
const exclude = (w: World, x: Applicant, m: Applicant) =>
  setExclusion(w.owner, w.program.id, {
    menteeApplicationId: x.application.id,
    mentorApplicationId: m.application.id,
    excluded: true,
  });
const ids = (list: { applicationId: string }[]) => list.map((c) => c.applicationId).sort();
const idsOf = (...list: Applicant[]) => list.map((a) => a.application.id).sort();

const SAM: Profile = {
  topics: ["Soap colouring", "Lye safety", "Packaging"],
  languages: ["Spanish", "English"],
  timeZone: "Europe/Madrid",
  cadence: "WEEKLY",
  text: "I want to learn natural soap colouring with clays. Also safe lye handling.",
};
const BEST: Profile = {
  ...SAM,
  capacity: 2,
  text: "Ten years of natural soap colouring with clays and safe lye handling.",
};

describe("suggestions", () => {
  it("rank the obviously best mentor first, with reasons that match the data", async () => {
    const w = await world();
    const sam = await mentee(w, "Sam Mentee", SAM);
    const best = await mentor(w, "Bea Best", BEST);
    const middling = await mentor(w, "Mo Middling", {
      capacity: 2,
      topics: ["Packaging", "Marketing"],
      languages: ["English"],
      timeZone: "Europe/London",
      cadence: "FORTNIGHTLY",
      text: "I sell soap at markets and design labels.",
    });
    await mentor(w, "Pat Poor", {
      capacity: 2,
      topics: ["Candles"],
      languages: ["Japanese"],
      timeZone: "America/Los_Angeles",
      cadence: "MONTHLY",
      text: "Candle wicks and beeswax.",
    });
    // As good as Bea on paper, but never to be suggested: full, excluded, not approved, not a member, Sam herself.
    const full = await mentor(w, "Fay Full", { ...BEST, capacity: 1 });
    await pairUp(db, w.program, full, await mentee(w, "Tia Taken"), w.owner);
    const excluded = await mentor(w, "Ed Excluded", BEST);
    await exclude(w, sam, excluded);
    await mentor(w, "Pia Pending", { ...BEST, state: "PENDING" });
    const banned = await mentor(w, "Bo Banned", BEST);
    await db.membership.update({ where: { id: banned.membershipId! }, data: { status: "BANNED" } });
    await createApplicant(db, w.program, "", "MENTOR", BEST, { user: sam.user });

    const { menteeApplicationId, suggestions } = await findSuggestions(w.owner, w.program.id, {
      menteeApplicationId: sam.application.id,
    });
    expect(menteeApplicationId).toBe(sam.application.id);
    // Pat speaks only Japanese: the program's shared-language rule (on by default, decision 031) leaves Pat out.
    expect(suggestions.map((s) => s.name)).toEqual(["Bea Best", "Mo Middling"]);
    expect(suggestions.map((s) => s.mentorApplicationId)).toEqual([best, middling].map((m) => m.application.id));
    const [b, m] = suggestions;
    expect(b!.score).toBeGreaterThan(m!.score);
    expect(b!.score).toBeGreaterThan(80);
    expect(b).toMatchObject({ remaining: 2, capacity: 2 });

    // Bea's words are those of four of the six mentors (Fay, Ed and Sam's own mentor application wrote the same):
    // common ground here, so none is cited, and none counts (decision 030).
    expect(b!.reasons).toEqual([
      "3 shared topics: Soap colouring, Lye safety, Packaging",
      "both speak Spanish and English",
      "same time zone",
      "both prefer every week",
      "2 of 2 places free",
    ]);
    expect(b!.drawbacks).toEqual([]);
    // "soap" is in five of the six mentors' answers: not a reason either.
    expect(m!.reasons).toEqual([
      "1 shared topic: Packaging",
      "both speak English",
      "1 h apart",
      "close rhythms: every week and every two weeks",
      "2 of 2 places free",
    ]);
    expect(m!.drawbacks).toEqual(["not offered by the mentor: Soap colouring, Lye safety"]);

    // Without the rule Pat is suggested, last, and the card says what speaks against the pair.
    await setMatchingRules(w.owner, w.program.id, { ...DEFAULT_RULES, sharedLanguage: false });
    const all = await findSuggestions(w.owner, w.program.id, { menteeApplicationId: sam.application.id });
    expect(all.suggestions.map((s) => s.name)).toEqual(["Bea Best", "Mo Middling", "Pat Poor"]);
    const p = all.suggestions[2]!;
    expect(m!.score).toBeGreaterThan(p.score);
    // Nothing speaks for Pat but the free places; no topic, no language, 9 h apart, rhythms far apart.
    expect(p.reasons).toEqual(["2 of 2 places free"]);
    expect(p.drawbacks).toEqual([
      "no shared topic",
      "no shared language",
      "9 h apart: few shared waking hours",
      "different rhythms: every week and once a month",
    ]);
    await setMatchingRules(w.owner, w.program.id, DEFAULT_RULES);

    // The limit keeps the best.
    const top = await findSuggestions(w.owner, w.program.id, { menteeApplicationId: sam.application.id, limit: 1 });
    expect(top.suggestions.map((s) => s.name)).toEqual(["Bea Best"]);
    // Lifting the exclusion brings Ed back, level with Bea.
    await setExclusion(w.owner, w.program.id, {
      menteeApplicationId: sam.application.id,
      mentorApplicationId: excluded.application.id,
      excluded: false,
    });
    const again = await findSuggestions(w.owner, w.program.id, { menteeApplicationId: sam.application.id });
    expect(again.suggestions.map((s) => s.name).slice(0, 2)).toEqual(["Bea Best", "Ed Excluded"]);
    expect(again.suggestions.map((s) => s.name)).not.toContain("Fay Full");
  });

  it("follow the weights the admin saves: topics 0 and languages 5 turn the ranking around", async () => {
    const w = await world();
    // Tom shares no language with Sam: without the shared-language rule (decision 031), weights alone decide.
    await setMatchingRules(w.owner, w.program.id, { ...DEFAULT_RULES, sharedLanguage: false });
    const base = { timeZone: "Europe/Madrid", capacity: 2 };
    const x = await mentee(w, "Sam Mentee", {
      topics: ["Soap colouring", "Lye safety"],
      languages: ["Spanish"],
      timeZone: "Europe/Madrid",
      cadence: "WEEKLY",
    });
    await mentor(w, "Tom Topics", {
      ...base,
      topics: ["Soap colouring", "Lye safety"],
      languages: ["English"],
      cadence: "WEEKLY",
    });
    await mentor(w, "Lia Languages", { ...base, topics: ["Candles"], languages: ["Spanish"], cadence: "MONTHLY" });
    const ranked = async () =>
      (await findSuggestions(w.owner, w.program.id, { menteeApplicationId: x.application.id })).suggestions.map((s) => [
        s.name,
        s.reasons.join(" · "),
      ]);

    expect((await ranked()).map(([name]) => name)).toEqual(["Tom Topics", "Lia Languages"]);
    const weights = { ...DEFAULT_WEIGHTS, topics: 0, languages: 5 };
    expect(await setMatchingWeights(w.owner, w.program.id, weights)).toEqual(weights);
    const after = await ranked();
    expect(after.map(([name]) => name)).toEqual(["Lia Languages", "Tom Topics"]);
    // A switched-off signal explains nothing either.
    expect(after.map(([, reasons]) => reasons).join(" ")).not.toMatch(/shared topic/);
    expect((await getMatchingBoard(w.owner, w.program.id)).weights).toEqual(weights);
    expect(await db.auditEvent.count({ where: { action: "matching.weights" } })).toBe(1);
  });

  it("refuse invalid weights with field errors and store nothing", async () => {
    const w = await world();
    await setMatchingWeights(w.owner, w.program.id, { ...DEFAULT_WEIGHTS, cadence: 4 });
    const { topics: _topics, ...missing } = DEFAULT_WEIGHTS;
    const cases: [string, unknown][] = [
      ["6", { ...DEFAULT_WEIGHTS, topics: 6 }],
      ["-1", { ...DEFAULT_WEIGHTS, text: -1 }],
      ["1.5", { ...DEFAULT_WEIGHTS, load: 1.5 }],
      ["a missing key", missing],
      ["an extra key", { ...DEFAULT_WEIGHTS, charisma: 5 }],
      ["a string", { ...DEFAULT_WEIGHTS, languages: "3" }],
      ["NaN", { ...DEFAULT_WEIGHTS, timeZone: Number.NaN }],
      ["null", null],
      ["a list", [3, 2, 3, 2, 1, 1]],
    ];
    for (const [label, raw] of cases) {
      const result = await expectRefused(() => setMatchingWeights(w.owner, w.program.id, raw), "INVALID_INPUT", label);
      expect("error" in result && Object.keys(result.error.fields ?? {}).length, label).toBeGreaterThan(0);
    }
    const stored = await db.program.findUniqueOrThrow({ where: { id: w.program.id } });
    expect(stored.matchingWeights).toEqual({ ...DEFAULT_WEIGHTS, cadence: 4 });
  });
});

describe("the cohort draft", () => {
  it("places as many mentees as there are places, within capacity and exclusions, and writes nothing", async () => {
    const w = await world();
    const profile = { topics: ["Cold process"], languages: ["English"], timeZone: "Europe/Paris" };
    const [ana, ben] = [
      await mentor(w, "Ana Mentor", { ...profile, capacity: 2 }),
      await mentor(w, "Ben Mentor", { ...profile, capacity: 2 }),
    ];
    const full = await mentor(w, "Fay Full", { ...profile, capacity: 1 });
    const xs: Applicant[] = [];
    for (const name of ["Cal", "Dee", "Eve", "Fin", "Gus"]) xs.push(await mentee(w, `${name} Mentee`, profile));
    await pairUp(db, w.program, ben, await mentee(w, "Tia Taken", profile), w.owner); // Ben has 1 place left
    await pairUp(db, w.program, full, await mentee(w, "Uma Taken", profile), w.owner);
    const [cal, dee] = xs as [Applicant, Applicant];
    // Cal may not have Ana or Ben: nobody is left for Cal. Dee may not have Ana.
    await exclude(w, cal, ana);
    await exclude(w, cal, ben);
    await exclude(w, dee, ana);

    const before = await fingerprint();
    const draft = await draftCohort(w.owner, w.program.id);
    expect(await fingerprint()).toEqual(before);

    // Three places (Ana 2, Ben 1), and Dee can only go to Ben: a draft that fills every place puts Dee there.
    expect(draft.pairs).toHaveLength(3);
    expect(draft.pairs.find((p) => p.menteeApplicationId === dee.application.id)?.mentorName).toBe("Ben Mentor");
    const perMentor = new Map<string, number>();
    for (const p of draft.pairs) perMentor.set(p.mentorName, (perMentor.get(p.mentorName) ?? 0) + 1);
    expect(Object.fromEntries(perMentor)).toEqual({ "Ana Mentor": 2, "Ben Mentor": 1 });
    expect(draft.pairs.map((p) => p.menteeApplicationId)).not.toContain(cal.application.id);
    expect(draft.unmatched.map((u) => u.name)).toContain("Cal Mentee");
    expect(draft.unmatched).toHaveLength(2);
    // Each pair comes with its reasons and a prefilled introduction naming both.
    for (const p of draft.pairs) {
      expect(p.reasons).toContain("1 shared topic: Cold process");
      expect(p.introduction).toContain(p.menteeName.split(" ")[0]!);
      expect(p.introduction).toContain(p.mentorName);
      expect(p.introduction).toContain("You share an interest in Cold process.");
    }
    // Exclusions never show up in the draft.
    const excluded = new Set([
      `${cal.application.id}:${ana.application.id}`,
      `${dee.application.id}:${ana.application.id}`,
    ]);
    for (const p of draft.pairs) expect(excluded.has(`${p.menteeApplicationId}:${p.mentorApplicationId}`)).toBe(false);
  });

  it("matches more mentees than taking each mentee's favourite would", async () => {
    const w = await world();
    // The languages only make Dee and Ana the best pair; the shared-language rule (decision 031) is not the point.
    await setMatchingRules(w.owner, w.program.id, { ...DEFAULT_RULES, sharedLanguage: false });
    // Dee and Ana are the best pair of all; but Cal may not have Ben, so giving Dee Ana would leave Cal with
    // nobody. The draft places both: Cal with Ana, Dee with Ben.
    await mentor(w, "Ana Mentor", { capacity: 1, topics: ["A", "B"], languages: ["English"] });
    const ben = await mentor(w, "Ben Mentor", { capacity: 1, topics: ["Z"], languages: ["French"] });
    await mentee(w, "Dee Mentee", { topics: ["A", "B"], languages: ["English"] });
    const cal = await mentee(w, "Cal Mentee", { topics: ["A"], languages: ["German"] });
    await exclude(w, cal, ben);
    const draft = await draftCohort(w.owner, w.program.id);
    expect(draft.unmatched).toEqual([]);
    expect(draft.pairs.map((p) => [p.menteeName, p.mentorName]).sort()).toEqual([
      ["Cal Mentee", "Ana Mentor"],
      ["Dee Mentee", "Ben Mentor"],
    ]);
    expect(await db.pairing.count()).toBe(0);
  });
});

describe("the matching board", () => {
  it("lists approved, unmatched mentees who are members, and mentors with places from ACTIVE pairings", async () => {
    const w = await world();
    const on = await mentee(w, "Ona Waiting", { text: "I hope to learn swirls." });
    const rematched = await mentee(w, "Rae Again");
    const off = await Promise.all([
      mentee(w, "Pen Pending", { state: "PENDING" }),
      mentee(w, "Wes Waitlisted", { state: "WAITLISTED" }),
      mentee(w, "Del Declined", { state: "DECLINED" }),
      mentee(w, "Wyn Withdrawn", { state: "WITHDRAWN" }),
      createApplicant(db, w.program, "Lee Left", "MENTEE", {}, { member: false }),
    ]);
    const banned = await mentee(w, "Bo Banned");
    await db.membership.update({ where: { id: banned.membershipId! }, data: { status: "BANNED" } });

    const busy = await mentor(w, "Bea Busy", { capacity: 3, text: "Ten years of swirls." });
    const full = await mentor(w, "Fay Full", { capacity: 1 });
    const defaulted = await mentor(w, "Dan Default", { capacity: null });
    const pendingMentor = await mentor(w, "Pia Pending", { state: "PENDING" });
    const gone = await mentor(w, "Gil Gone", { capacity: 2 });
    await db.membership.delete({ where: { id: gone.membershipId! } });

    // Bea: one ACTIVE, one ENDED (Rae, back to approved), one COMPLETED: one place taken of three.
    const matched = await mentee(w, "Max Matched");
    await pairUp(db, w.program, busy, matched, w.owner);
    const ended = await pairUp(db, w.program, busy, rematched, w.owner);
    await db.pairing.update({ where: { id: ended.id }, data: { state: "ENDED", endedAt: new Date() } });
    await db.application.update({ where: { id: rematched.application.id }, data: { state: "APPROVED" } });
    const done = await mentee(w, "Dot Done");
    const completed = await pairUp(db, w.program, busy, done, w.owner);
    await db.pairing.update({ where: { id: completed.id }, data: { state: "COMPLETED", completedAt: new Date() } });
    await pairUp(db, w.program, full, await mentee(w, "Tia Taken"), w.owner);
    // Another program's applicants never show.
    const other = await createProgram(db, w.group, w.owner, { name: "Other", state: "RUNNING" });
    await createApplicant(db, other, "Oli Other", "MENTEE");
    await exclude(w, on, busy);

    const board = await getMatchingBoard(w.owner, w.program.id);
    expect(ids(board.mentees)).toEqual(idsOf(on, rematched));
    expect(ids(board.mentees)).not.toEqual(expect.arrayContaining(off.map((a) => a.application.id)));
    const places = Object.fromEntries(board.mentors.map((m) => [m.name, [m.capacity, m.active, m.remaining]]));
    expect(places).toEqual({
      "Bea Busy": [3, 1, 2],
      "Fay Full": [1, 1, 0],
      "Dan Default": [2, 0, 2],
    });
    expect(ids(board.mentors)).toEqual(idsOf(busy, full, defaulted));
    expect(ids(board.mentors)).not.toEqual(expect.arrayContaining([pendingMentor.application.id]));
    expect(ids(board.mentors)).not.toEqual(expect.arrayContaining([gone.application.id]));
    expect(board.exclusions).toEqual([
      { menteeApplicationId: on.application.id, mentorApplicationId: busy.application.id },
    ]);
    expect(board.counts).toEqual({ activePairings: 2, waitlistedMentees: 1 });
    expect(board.program).toMatchObject({ id: w.program.id, canMatch: true, archived: false });
    // The side-by-side comparison reads each one's answers.
    const ona = board.mentees.find((m) => m.applicationId === on.application.id)!;
    expect(ona.answers).toEqual({ [w.questions.MENTEE]: "I hope to learn swirls." });
    expect(ona.text).toBe("I hope to learn swirls.");
    expect(board.questions.MENTEE.map((q) => q.id)).toEqual([w.questions.MENTEE]);
    expect(board.mentors.find((m) => m.name === "Bea Busy")!.text).toBe("Ten years of swirls.");
  });
});

describe("the pairings list", () => {
  async function pairingsWorld() {
    const w = await world([
      { title: "Meet each other", dueWeek: 1 },
      { title: "Set a goal", dueWeek: 2 },
      { title: "Removed step", dueWeek: 3 },
    ]);
    const [s1, s2, s3] = w.program.steps as [
      (typeof w.program.steps)[number],
      (typeof w.program.steps)[number],
      (typeof w.program.steps)[number],
    ];
    const diego = await mentor(w, "Diego Mentor", { capacity: 5 });
    const maya = await mentor(w, "Maya Mentor", { capacity: 5 });
    const secret = { text: "SECRET-ANSWER my private goals" };
    const [sam, lou, kim, tia, zoe] = [
      await mentee(w, "Sam Mentee", secret),
      await mentee(w, "Lou Mentee", secret),
      await mentee(w, "Kim Mentee", secret),
      await mentee(w, "Tia Mentee", secret),
      await mentee(w, "Zoe 100%_Mentee", secret),
    ];
    const at = (day: number) => new Date(Date.UTC(2026, 1, day, 9));
    const make = async (m: Applicant, x: Applicant, day: number, data: object = {}) => {
      const p = await pairUp(db, w.program, m, x, w.owner);
      await db.pairing.update({ where: { id: p.id }, data: { startedAt: at(day), goal: "SECRET-GOAL", ...data } });
      await db.message.create({
        data: { threadId: p.thread!.id, clientId: "m1", authorId: x.user.id, body: "SECRET-MESSAGE hello" },
      });
      return p;
    };
    const pA = await make(diego, sam, 5);
    const pB = await make(maya, lou, 4);
    const pC = await make(diego, kim, 3, { state: "ENDED", endedAt: at(6), endReason: "Moved away" });
    const pD = await make(maya, tia, 2, { state: "COMPLETED", completedAt: at(7) });
    const pE = await make(diego, zoe, 2); // same start as pD: the id breaks the tie
    const check = (p: { id: string }, step: { id: string }, who: Applicant) =>
      createCheckIn(db, p, step, who.user, { reflection: "SECRET-CHECKIN it went well" });
    await check(pA, s1, diego);
    await check(pA, s1, sam);
    await check(pA, s2, diego); // Sam has not checked in on step 2 yet
    await check(pA, s3, diego);
    await check(pA, s3, sam); // a removed step no longer counts
    await check(pB, s1, maya);
    await check(pB, s1, lou);
    await check(pB, s2, maya);
    await check(pB, s2, lou);
    await db.programStep.update({ where: { id: s3.id }, data: { removedAt: new Date() } });
    // Another program's pairing never shows.
    const other = await createProgram(db, w.group, w.owner, { name: "Other", state: "RUNNING" });
    const [om, ox] = [
      await createApplicant(db, other, "Oli Mentor", "MENTOR"),
      await createApplicant(db, other, "Oda Mentee", "MENTEE"),
    ];
    await pairUp(db, other, om, ox, w.owner);
    return { w, pA, pB, pC, pD, pE };
  }

  it("lists every pairing newest first with state counts and progress from both participants' check-ins", async () => {
    const { w, pA, pB, pC, pD, pE } = await pairingsWorld();
    const list = await findPairings(w.owner, w.program.id, {});
    const tie = [pD.id, pE.id].sort().reverse();
    expect(list.items.map((p) => p.id)).toEqual([pA.id, pB.id, pC.id, ...tie]);
    expect(list.counts).toEqual({ ACTIVE: 3, COMPLETED: 1, ENDED: 1 });
    expect(list.nextCursor).toBeNull();
    const row = (id: string) => list.items.find((p) => p.id === id)!;
    expect(row(pA.id)).toMatchObject({
      state: "ACTIVE",
      mentor: { name: "Diego Mentor" },
      mentee: { name: "Sam Mentee" },
      progress: { done: 1, total: 2 },
      endReason: null,
      startedAt: new Date(Date.UTC(2026, 1, 5, 9)).toISOString(),
    });
    expect(row(pB.id).progress).toEqual({ done: 2, total: 2 });
    expect(row(pE.id).progress).toEqual({ done: 0, total: 2 });
    expect(row(pC.id)).toMatchObject({ state: "ENDED", endReason: "Moved away" });
    expect(row(pD.id).completedAt).not.toBeNull();

    // Never the pair's words: no goal, check-in, message or application answer.
    const serialized = JSON.stringify(list);
    expect(serialized).not.toMatch(/SECRET/);
  });

  it("filters by state, searches names literally, and pages with a keyset cursor", async () => {
    const { w, pA, pB, pC, pD, pE } = await pairingsWorld();
    const find = (query: object) => findPairings(w.owner, w.program.id, query);
    const names = async (query: object) => (await find(query)).items.map((p) => p.id);

    expect(await names({ state: "ENDED" })).toEqual([pC.id]);
    expect((await find({ state: "ENDED" })).counts).toEqual({ ACTIVE: 3, COMPLETED: 1, ENDED: 1 });
    expect((await names({ state: "ACTIVE" })).sort()).toEqual([pA.id, pB.id, pE.id].sort());
    expect((await names({ q: "maya" })).sort()).toEqual([pB.id, pD.id].sort());
    expect(await names({ q: "  SAM " })).toEqual([pA.id]);
    expect(await names({ q: "%" })).toEqual([pE.id]);
    expect(await names({ q: "_" })).toEqual([pE.id]);
    expect(await names({ q: "0%_M" })).toEqual([pE.id]);
    expect(await names({ q: "nobody" })).toEqual([]);
    expect(await names({ q: "diego", state: "ACTIVE" })).toEqual([pA.id, pE.id]);

    // Pages of two: every pairing exactly once, in order, across the tie on the start date.
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await find({ limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    const all = (await find({})).items.map((p) => p.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(5);
    expect(pages).toBe(3);
    // Paging within a filter.
    const first = await find({ state: "ACTIVE", limit: 2 });
    const second = await find({ state: "ACTIVE", limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((p) => p.id)).toEqual(await names({ state: "ACTIVE" }));
    expect(second.nextCursor).toBeNull();
  });
});
