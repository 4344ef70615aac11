/**
 * The matching board's page at scale: a page of waiting mentees (keyset: every one exactly once across pages,
 * forwards and back), a page of mentors or the chosen mentee's suggestions ranked on the server, filters and name
 * search in SQL, the same number of statements at two sizes of cohort, and only the program's admins may read it.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getBoardPage } from "@/lib/matching/get-board-page";
import { findSuggestions } from "@/lib/matching/find-suggestions";
import { setExclusion } from "@/lib/matching/set-exclusion";
import {
  MENTEES_PER_PAGE,
  MENTORS_PER_PAGE,
  SIDE_LIST_MAX,
  SUGGESTIONS_MAX,
  readBoardQuery,
  type BoardQuery,
} from "@/lib/matching/board-query";
import { addMember, createGroup } from "../factories/groups";
import { createProgram } from "../factories/mentorship";
import { createUser } from "../factories/users";
import { addTextQuestions, createApplicant, pairUp } from "../factories/matching";
import { countStatements } from "./support/home-world";
import { loadCandidates, readWeights, toMentorProfile, toProfile } from "@/lib/matching/candidates";
import { loadBoard } from "@/lib/matching/board-sql";
import { corpusOf, rankMentors } from "@/lib/matching/scoring";
import { weightsFromParam } from "@/lib/matching/board-query";

const TOPICS = [["Soap", "Lye safety"], ["Candles"], ["soap "], ["Packaging"]];

async function world() {
  const owner = await createUser(db, { name: "Amara Admin", password: null });
  const group = await createGroup(db, owner, { name: "Board Makers", privacy: "PRIVATE", mentorshipEnabled: true });
  const program = await createProgram(db, group, owner, { state: "OPEN" });
  await addTextQuestions(db, program);
  const admin = await createUser(db, { name: "Ade Admin", password: null });
  await addMember(db, group, admin, { role: "ADMIN" });
  const member = await createUser(db, { name: "Mo Member", password: null });
  await addMember(db, group, member);
  const other = await createUser(db, { name: "Olu Other", password: null });
  await createGroup(db, other, { name: "Another Circle", mentorshipEnabled: true });
  return { owner, group, program, admin, member, other, mentees: [] as string[], made: 0, mentorsMade: 0 };
}
type World = Awaited<ReturnType<typeof world>>;

async function grow(w: World, mentees: number, mentors: number) {
  for (let i = 0; i < mentees; i++) {
    w.made += 1;
    const a = await createApplicant(db, w.program, `Mentee ${String(w.made).padStart(3, "0")}`, "MENTEE", {
      topics: TOPICS[w.made % TOPICS.length],
      languages: w.made % 2 ? ["English"] : ["Spanish"],
      timeZone: w.made % 5 === 0 ? "Europe/Madrid" : "America/Lima",
      text: `I want to learn cold process soap. ${"Lye, oils and moulds. ".repeat(w.made === 4 ? 40 : 1)}`,
    });
    w.mentees.push(a.application.id);
  }
  for (let i = 0; i < mentors; i++) {
    w.mentorsMade += 1;
    await createApplicant(db, w.program, `Mentor ${String(w.mentorsMade).padStart(3, "0")}`, "MENTOR", {
      capacity: 1 + (w.mentorsMade % 3),
      topics: TOPICS[w.mentorsMade % TOPICS.length],
      languages: ["English"],
      timeZone: "Europe/Madrid",
      text: "Years of cold process soap and candles",
    });
  }
}

const query = (q: Partial<BoardQuery> = {}): BoardQuery => ({ ...readBoardQuery({}), ...q });

/** The database is emptied before each test, so each builds its own board. */
async function setup() {
  const w = await world();
  await grow(w, 30, 12);
  // Someone who left the group never waits on the board, and a matched mentee has left it.
  await createApplicant(db, w.program, "Gone Mentee", "MENTEE", {}, { member: false });
  const mentor = await createApplicant(db, w.program, "Paired Mentor", "MENTOR", { capacity: 1 });
  const mentee = await createApplicant(db, w.program, "Paired Mentee", "MENTEE");
  await pairUp(db, w.program, mentor, mentee, w.owner);
  return w;
}

describe("the matching board's page", () => {
  it("sends one page of mentees and one of mentors, with the counts of the whole board", async () => {
    const w = await setup();
    const board = await getBoardPage(w.owner, w.program.id, query());
    expect(board.mentees.items).toHaveLength(MENTEES_PER_PAGE);
    expect(board.mentees.items.map((m) => m.applicationId)).toEqual(w.mentees.slice(0, MENTEES_PER_PAGE));
    expect(board.mentees.links).toEqual({ after: expect.any(String), before: null });
    expect(board.mentors?.items).toHaveLength(MENTORS_PER_PAGE);
    expect(board.suggestions).toBeNull();
    expect(board.counts).toMatchObject({ waiting: 30, activePairings: 1, openMentors: 12, places: 24 });
    // Most places first: the paired mentor (0 left) is not on the first page.
    const places = board.mentors!.items.map((m) => m.remaining);
    expect(places).toEqual([...places].sort((a, b) => b - a));
    expect(board.facets.topics.map((t) => t.toLowerCase())).toEqual(["candles", "lye safety", "packaging", "soap"]);
  });

  it("pages through every waiting mentee exactly once, and back", async () => {
    const w = await setup();
    const seen: string[] = [];
    let after = "";
    const pages: string[] = [];
    for (let i = 0; i < 5; i++) {
      const board = await getBoardPage(w.owner, w.program.id, query({ after }));
      seen.push(...board.mentees.items.map((m) => m.applicationId));
      pages.push(after);
      if (!board.mentees.links.after) break;
      after = board.mentees.links.after;
    }
    expect(seen).toEqual(w.mentees);
    const second = await getBoardPage(w.owner, w.program.id, query({ after: pages[1] }));
    const back = await getBoardPage(w.owner, w.program.id, query({ before: second.mentees.links.before! }));
    expect(back.mentees.items.map((m) => m.applicationId)).toEqual(w.mentees.slice(0, MENTEES_PER_PAGE));
    expect(back.mentees.links.before).toBeNull();
  });

  it("pages through every mentor exactly once", async () => {
    const w = await setup();
    const seen: string[] = [];
    let mafter = "";
    for (let i = 0; i < 5; i++) {
      const board = await getBoardPage(w.owner, w.program.id, query({ mafter }));
      seen.push(...board.mentors!.items.map((m) => m.name));
      if (!board.mentors!.after) break;
      mafter = board.mentors!.after;
    }
    expect(seen).toHaveLength(13);
    expect(new Set(seen).size).toBe(13);
    expect(seen.at(-1)).toBe("Paired Mentor");
  });

  it("filters by topic (any case), language, time zone and searches names, in SQL", async () => {
    const w = await setup();
    const soap = await getBoardPage(w.owner, w.program.id, query({ topic: "SOAP" }));
    expect(soap.mentees.items).toHaveLength(15);
    expect(soap.mentees.items.every((m) => m.topics.some((t) => t.trim().toLowerCase() === "soap"))).toBe(true);
    expect(soap.mentors!.items.every((m) => m.topics.some((t) => t.trim().toLowerCase() === "soap"))).toBe(true);
    expect(soap.counts.hiddenWithPlaces).toBeGreaterThan(0);
    const madrid = await getBoardPage(w.owner, w.program.id, query({ timeZone: "Europe/Madrid", language: "English" }));
    expect(madrid.mentees.items.map((m) => m.name)).toEqual(["Mentee 005", "Mentee 015", "Mentee 025"]);
    const named = await getBoardPage(w.owner, w.program.id, query({ q: "ntee 01" }));
    expect(named.mentees.items.map((m) => m.name)).toEqual([
      "Mentee 010",
      ...Array.from({ length: 9 }, (_, i) => `Mentee 01${i + 1}`),
    ]);
    const mentor = await getBoardPage(w.owner, w.program.id, query({ mq: "mentor 007" }));
    expect(mentor.mentors!.items.map((m) => m.name)).toEqual(["Mentor 007"]);
    expect(mentor.counts.hiddenWithPlaces).toBe(0);
    const nobody = await getBoardPage(w.owner, w.program.id, query({ q: "%" }));
    expect(nobody.mentees.items).toEqual([]);
  });

  it("ranks the mentors for the chosen mentee on the server, as the suggestions API does, without the excluded", async () => {
    const w = await setup();
    // This mentee speaks only Spanish and every mentor only English: the shared-language rule (on by default,
    // decision 031) would leave nothing to compare.
    await db.program.update({ where: { id: w.program.id }, data: { matchingRules: { sharedLanguage: false } } });
    const mentee = w.mentees[3]!;
    const api = await findSuggestions(w.owner, w.program.id, { menteeApplicationId: mentee, limit: 10 });
    await setExclusion(w.owner, w.program.id, {
      menteeApplicationId: mentee,
      mentorApplicationId: api.suggestions[0]!.mentorApplicationId,
      excluded: true,
    });
    const board = await getBoardPage(w.owner, w.program.id, query({ mentee }));
    expect(board.selected?.applicationId).toBe(mentee);
    expect(board.selected?.answers).not.toEqual({});
    // The chosen mentee's text whole (the introduction quotes it); the lists' previews cut.
    expect(board.selected!.text.length).toBeGreaterThan(800);
    const listed = await getBoardPage(w.owner, w.program.id, query());
    expect(listed.mentees.items.find((m) => m.applicationId === mentee)!.text).toHaveLength(180);
    expect(board.mentors).toBeNull();
    const ids = board.suggestions!.ranked.map((s) => s.mentorApplicationId);
    expect(ids.slice(0, 9)).toEqual(api.suggestions.slice(1).map((s) => s.mentorApplicationId));
    expect(ids.length).toBeLessThanOrEqual(SUGGESTIONS_MAX);
    expect(board.suggestions!.excludedHere).toEqual({ ids: [api.suggestions[0]!.mentorApplicationId], total: 1 });
    expect(board.suggestions!.full.total).toBe(1);
    // Weights tried out in the address rank differently from the saved ones.
    const topicsOnly = await getBoardPage(w.owner, w.program.id, query({ mentee, w: "500000" }));
    expect(topicsOnly.rankedWith).toMatchObject({ topics: 5, text: 0 });
    expect(topicsOnly.weights).toMatchObject({ topics: 3 });
    // A mentee who no longer waits is not chosen.
    const gone = await getBoardPage(w.owner, w.program.id, query({ mentee: "nobody" }));
    expect(gone.selected).toBeNull();
  });

  it("runs the same number of statements for a cohort three times the size", async () => {
    const w = await setup();
    const small = await countStatements(() => getBoardPage(w.owner, w.program.id, query()));
    const chosen = await countStatements(() => getBoardPage(w.owner, w.program.id, query({ mentee: w.mentees[0] })));
    await grow(w, 60, 25);
    const large = await countStatements(() => getBoardPage(w.owner, w.program.id, query({ topic: "soap" })));
    const chosenLarge = await countStatements(() =>
      getBoardPage(w.owner, w.program.id, query({ mentee: w.mentees[80] })),
    );
    // The authorization (the program with its group and the owner's standing: one statement) and the board's one.
    expect([small.statements, chosen.statements, large.statements, chosenLarge.statements]).toEqual([2, 2, 2, 2]);
    expect(large.result.mentees.items).toHaveLength(MENTEES_PER_PAGE);
    expect(chosenLarge.result.suggestions!.ranked).toHaveLength(SUGGESTIONS_MAX);
    expect(chosenLarge.result.suggestions!.mentors.length).toBeLessThanOrEqual(SUGGESTIONS_MAX + 2);
  });

  it("sends what the page shows: a page of rows whatever the cohort, and no mentor's free text", async () => {
    const w = await setup();
    const bytes = (b: unknown) => JSON.stringify(b).length;
    const small = await getBoardPage(w.owner, w.program.id, query());
    const chosenSmall = await getBoardPage(w.owner, w.program.id, query({ mentee: w.mentees[3] }));
    await grow(w, 60, 40);
    const large = await getBoardPage(w.owner, w.program.id, query());
    const chosen = await getBoardPage(w.owner, w.program.id, query({ mentee: w.mentees[3] }));
    expect(large.mentees.items.length).toBeLessThanOrEqual(MENTEES_PER_PAGE);
    expect(large.mentors!.items.length).toBeLessThanOrEqual(MENTORS_PER_PAGE);
    expect(chosen.suggestions!.mentors.length).toBeLessThanOrEqual(SUGGESTIONS_MAX + 2 * SIDE_LIST_MAX);
    // Four times the mentors, three times the mentees: the same page, give or take the longer numbers.
    expect(bytes(large)).toBeLessThan(bytes(small) * 1.15);
    expect(bytes(chosen)).toBeLessThan(bytes(chosenSmall) * 2);
    // Mentors' free text is read by the ranking on the server and shown nowhere on the board; previews are cut.
    expect([...large.mentors!.items, ...chosen.suggestions!.mentors].every((m) => m.text === "")).toBe(true);
    expect(large.mentees.items.every((m) => m.text.length <= 180)).toBe(true);
    expect(large.mentors!.items.every((m) => Object.keys(m.answers).length === 0)).toBe(true);
  });

  it("is for the program's owners and admins only: a member is refused, another group's admin finds nothing", async () => {
    const w = await setup();
    const code = (p: Promise<unknown>) =>
      p.then(
        () => "ok",
        (e: unknown) => (e instanceof AppError ? e.code : String(e)),
      );
    expect(await code(getBoardPage(w.owner, w.program.id, query()))).toBe("ok");
    expect(await code(getBoardPage(w.admin, w.program.id, query()))).toBe("ok");
    expect(await code(getBoardPage(w.member, w.program.id, query()))).toBe("FORBIDDEN");
    expect(await code(getBoardPage(w.other, w.program.id, query()))).toBe("NOT_FOUND");
    expect(await code(getBoardPage(null, w.program.id, query()))).toBe("NOT_FOUND");
  });

  it("ranks exactly as the full in-memory ranking of every mentor does, with saved and tried weights", async () => {
    const w = await setup();
    await grow(w, 0, 20);
    // Half the mentees speak only Spanish and every mentor only English: with the shared-language rule on (the
    // default, decision 031) they would have no suggestion at all; the rule has tests of its own.
    await db.program.update({ where: { id: w.program.id }, data: { matchingRules: { sharedLanguage: false } } });
    const ref = { id: w.program.id, groupId: w.group.id, defaultMentorCapacity: w.program.defaultMentorCapacity };
    const everyone = await loadCandidates(db, ref, { answers: false });
    // Words weigh by how rare they are among the program's mentors (decision 030).
    const corpus = corpusOf(everyone.mentors.map(toMentorProfile));
    const program = await db.program.findUniqueOrThrow({ where: { id: w.program.id } });
    for (const [i, tried] of [
      [3, ""],
      [10, "500000"],
      [17, "013210"],
    ] as const) {
      const mentee = w.mentees[i]!;
      const weights = weightsFromParam(tried) ?? readWeights(program.matchingWeights);
      const profile = toProfile(everyone.mentees.find((m) => m.applicationId === mentee)!);
      const full = rankMentors(
        profile,
        everyone.mentors.map(toMentorProfile),
        weights,
        new Set(),
        new Date(),
        SUGGESTIONS_MAX,
        {
          corpus,
        },
      );
      const board = await getBoardPage(w.owner, w.program.id, query({ mentee, w: tried }));
      expect(board.suggestions!.ranked.map((s) => [s.mentorApplicationId, s.score])).toEqual(
        full.map((s) => [s.mentorApplicationId, s.score]),
      );
    }
  });

  it("scores a bounded pool of mentors with a place, best on shared topics and languages first", async () => {
    const w = await setup();
    const ref = { id: w.program.id, groupId: w.group.id, defaultMentorCapacity: w.program.defaultMentorCapacity };
    const filters = { topic: "", language: "", timeZone: "", q: "" };
    const mentee = w.mentees[1]!; // "soap ", Spanish: six mentors list soap (any case), none speaks Spanish
    const pool = async () =>
      (
        await loadBoard(
          db,
          ref,
          { filters, page: { after: null, before: null, size: MENTEES_PER_PAGE }, mentee },
          { filters, rank: true, mentee, tried: null, pool: 4 },
        )
      ).mentors;
    const mentors = await pool();
    expect(mentors.rows).toHaveLength(4);
    expect(mentors.rows.every((m) => m.remaining > 0 && m.topics.some((t) => t.trim().toLowerCase() === "soap"))).toBe(
      true,
    );
    expect(mentors.full.total).toBe(1);
  });

  it("offers the filter values the board's applicants give, kept up to date by the database", async () => {
    const w = await setup();
    const mentee = w.mentees[0]!;
    await db.application.update({ where: { id: mentee }, data: { topics: ["Zebra striping", " Zebra striping "] } });
    const changed = await getBoardPage(w.owner, w.program.id, query());
    expect(changed.facets.topics).toContain("Zebra striping");
    await db.application.update({ where: { id: mentee }, data: { state: "WITHDRAWN" } });
    const withdrawn = await getBoardPage(w.owner, w.program.id, query());
    expect(withdrawn.facets.topics).not.toContain("Zebra striping");
    expect(withdrawn.facets.topics.map((t) => t.toLowerCase())).toEqual(["candles", "lye safety", "packaging", "soap"]);
  });

  it("keeps the heading's counts as the group and the program change, without counting the cohort per render", async () => {
    const w = await setup();
    const counts = async () => (await getBoardPage(w.owner, w.program.id, query())).counts;
    expect(await counts()).toMatchObject({ waiting: 30, openMentors: 12, places: 24, activePairings: 1 });
    // Leaving the group (or being banned) takes someone off the board; coming back puts them on it again.
    const leaver = await db.application.findUniqueOrThrow({ where: { id: w.mentees[0]! } });
    const membership = { groupId_userId: { groupId: w.group.id, userId: leaver.userId } };
    await db.membership.update({ where: membership, data: { status: "BANNED" } });
    expect((await counts()).waiting).toBe(29);
    await db.membership.update({ where: membership, data: { status: "ACTIVE" } });
    expect((await counts()).waiting).toBe(30);
    await db.membership.delete({ where: membership });
    expect((await counts()).waiting).toBe(29);
    // A mentor's pairing takes a place; a new default capacity gives places to those who set none.
    const mentor = await createApplicant(db, w.program, "Late Mentor", "MENTOR", { capacity: 2 });
    const mentee = await createApplicant(db, w.program, "Late Mentee", "MENTEE");
    expect(await counts()).toMatchObject({ waiting: 30, openMentors: 13, places: 26 });
    await pairUp(db, w.program, mentor, mentee, w.owner);
    expect(await counts()).toMatchObject({ waiting: 29, openMentors: 13, places: 25, activePairings: 2 });
    await db.pairing.updateMany({ where: { mentorApplicationId: mentor.application.id }, data: { state: "ENDED" } });
    expect(await counts()).toMatchObject({ places: 26, activePairings: 1 });
    const defaults = await db.application.count({
      where: { programId: w.program.id, role: "MENTOR", state: { in: ["APPROVED", "MATCHED"] }, capacity: null },
    });
    await db.program.update({
      where: { id: w.program.id },
      data: { defaultMentorCapacity: w.program.defaultMentorCapacity + 1 },
    });
    expect((await counts()).places).toBe(26 + defaults);
    // And the whole count agrees with a recount of the cohort.
    const recount = await loadCandidates(db, {
      id: w.program.id,
      groupId: w.group.id,
      defaultMentorCapacity: w.program.defaultMentorCapacity + 1,
    });
    const board = await counts();
    expect(board.waiting).toBe(recount.mentees.length);
    expect(board.places).toBe(recount.mentors.reduce((n, m) => n + m.remaining, 0));
  });
});
