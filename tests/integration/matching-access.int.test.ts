/**
 * The matching access table: every matching action × every standing × every group privacy, through the real
 * services on a real database (the world of support/world.ts). Each refused cell also proves the database did not
 * change at all (a fingerprint of every table: pairings, exclusions, weights, audit events, notifications...).
 *
 * The expected outcomes are a literal table from the product rules (DESIGN.md "Who may see and do what",
 * lib/auth/policy.ts): matching is for the group's owners and admins alone. Whoever may see the program (members
 * of any role; anyone, for a PUBLIC group) but not manage it is FORBIDDEN (UNAUTHENTICATED when signed out); whoever
 * may not see it (outsiders of a PRIVATE or HIDDEN group, the banned, an admin of another group there) is NOT_FOUND.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { getMatchingBoard } from "@/lib/matching/get-matching-board";
import { findSuggestions } from "@/lib/matching/find-suggestions";
import { draftCohort } from "@/lib/matching/draft-cohort";
import { matchPair } from "@/lib/matching/match-pair";
import { confirmCohort } from "@/lib/matching/confirm-cohort";
import { setExclusion } from "@/lib/matching/set-exclusion";
import { setMatchingWeights } from "@/lib/matching/set-weights";
import { getMatchingRules } from "@/lib/matching/get-rules";
import { setMatchingRules } from "@/lib/matching/set-rules";
import { findPairings } from "@/lib/matching/find-pairings";
import { endPairing } from "@/lib/pairings/end-pairing";
import { movePairing } from "@/lib/pairings/move-pairing";
import { DEFAULT_WEIGHTS } from "@/lib/matching/scoring";
import { DEFAULT_RULES } from "@/lib/matching/rules";
import { createProgram } from "../factories/mentorship";
import { addTextQuestions, createApplicant, pairUp, type Applicant } from "../factories/matching";
import {
  buildWorld,
  expectRefused,
  fingerprint,
  outcome,
  PRIVACIES,
  ROLES,
  type Privacy,
  type Role,
  type SessionActor,
} from "./support/world";

const NF = "NOT_FOUND";
const FB = "FORBIDDEN";
const UA = "UNAUTHENTICATED";
type Code = "ok" | typeof NF | typeof FB | typeof UA;

const ACTIONS = [
  "getMatchingBoard",
  "findSuggestions",
  "draftCohort",
  "matchPair",
  "confirmCohort",
  "setExclusion",
  "setMatchingWeights",
  "getMatchingRules",
  "setMatchingRules",
  "findPairings",
  "endPairing",
  "movePairing",
] as const;
type Action = (typeof ACTIONS)[number];
const READS: ReadonlySet<Action> = new Set([
  "getMatchingBoard",
  "findSuggestions",
  "draftCohort",
  "getMatchingRules",
  "findPairings",
]);

// Every action has the same rule (owners and admins), so one code per standing.
const PRIVATE_TABLE: Record<Role, Code> = {
  anonymous: NF,
  nonMember: NF,
  pending: NF,
  invitee: NF,
  member: FB,
  moderator: FB,
  admin: "ok",
  owner: "ok",
  banned: NF,
  otherAdmin: NF,
};
const TABLE: Record<Privacy, Record<Role, Code>> = {
  PUBLIC: {
    anonymous: UA,
    nonMember: FB,
    pending: FB,
    invitee: FB,
    member: FB,
    moderator: FB,
    admin: "ok",
    owner: "ok",
    banned: NF,
    otherAdmin: FB,
  },
  PRIVATE: PRIVATE_TABLE,
  HIDDEN: PRIVATE_TABLE,
};

/** The tables run hundreds of cells, each with two fingerprints of the database: more than the default 30 s. */
const TABLE_TIMEOUT = 120_000;

/** The services take a signed-in user; the signed-out row calls them with null, and they must still refuse. */
const session = (actor: SessionActor | null) => actor as SessionUser;
const intro = "You both love cold process soap. Say hello!";

/**
 * What one caller acts on: two mentors with places, three waiting mentees and two active pairings (on the second
 * mentor). The owner and the admin each get their own slot, so their successful writes never spoil another cell's
 * target; every refused caller shares slot R, which stays valid because a refusal changes nothing.
 */
async function makeSlot(program: { id: string; groupId: string }, owner: { id: string }, tag: string) {
  const a = (name: string, role: "MENTOR" | "MENTEE") =>
    createApplicant(db, program, `${tag} ${name}`, role, {
      capacity: role === "MENTOR" ? 5 : null,
      topics: ["Cold process"],
      languages: ["English"],
      text: role === "MENTOR" ? "Ten years of cold process soap." : "I want to learn cold process soap.",
    });
  const [m1, m2, x1, x2, x3, y1, y2] = await Promise.all([
    a("Mentor One", "MENTOR"),
    a("Mentor Two", "MENTOR"),
    a("Mentee One", "MENTEE"),
    a("Mentee Two", "MENTEE"),
    a("Mentee Three", "MENTEE"),
    a("Paired One", "MENTEE"),
    a("Paired Two", "MENTEE"),
  ]);
  const p1 = await pairUp(db, program, m2!, y1!, owner);
  const p2 = await pairUp(db, program, m2!, y2!, owner);
  return { m1: m1!, m2: m2!, x1: x1!, x2: x2!, x3: x3!, y1: y1!, y2: y2!, p1: p1.id, p2: p2.id };
}
type Slot = Awaited<ReturnType<typeof makeSlot>>;

async function matchingWorld() {
  const w = await buildWorld();
  await db.group.updateMany({ data: { mentorshipEnabled: true } });
  const setups = await Promise.all(
    PRIVACIES.map(async (p) => {
      const program = await createProgram(db, w.groups[p], w.users.owner, { name: `${p} program`, state: "RUNNING" });
      await addTextQuestions(db, program);
      const [R, owner, admin] = await Promise.all(
        (["R", "O", "A"] as const).map((tag) => makeSlot(program, w.users.owner, `${p} ${tag}`)),
      );
      return [p, { programId: program.id, slots: { R: R!, owner: owner!, admin: admin! } }] as const;
    }),
  );
  const programs = Object.fromEntries(setups) as Record<
    Privacy,
    { programId: string; slots: { R: Slot; owner: Slot; admin: Slot } }
  >;
  return { ...w, programs };
}
type MatchingWorld = Awaited<ReturnType<typeof matchingWorld>>;

const shape = (s: Slot) => ({ menteeApplicationId: s.x1.application.id, mentorApplicationId: s.m1.application.id });
const ids = (list: { applicationId: string }[]) => list.map((c) => c.applicationId).sort();
const appIds = (list: Applicant[]) => list.map((a) => a.application.id).sort();

function run(action: Action, actor: SessionActor | null, programId: string, s: Slot, weight: number): Promise<unknown> {
  const who = session(actor);
  switch (action) {
    case "getMatchingBoard":
      return getMatchingBoard(actor, programId);
    case "findSuggestions":
      return findSuggestions(actor, programId, { menteeApplicationId: s.x1.application.id });
    case "draftCohort":
      return draftCohort(actor, programId);
    case "matchPair":
      return matchPair(who, programId, {
        menteeApplicationId: s.x1.application.id,
        mentorApplicationId: s.m1.application.id,
        introduction: intro,
      });
    case "confirmCohort":
      return confirmCohort(who, programId, {
        pairs: [
          { menteeApplicationId: s.x2.application.id, mentorApplicationId: s.m1.application.id, introduction: intro },
        ],
      });
    case "setExclusion":
      return setExclusion(who, programId, {
        menteeApplicationId: s.x3.application.id,
        mentorApplicationId: s.m2.application.id,
        excluded: true,
      });
    case "setMatchingWeights":
      return setMatchingWeights(who, programId, { ...DEFAULT_WEIGHTS, topics: weight });
    case "getMatchingRules":
      return getMatchingRules(actor, programId);
    case "setMatchingRules":
      return setMatchingRules(who, programId, { sharedLanguage: true, maxHoursApart: weight, requiredTopics: [] });
    case "findPairings":
      return findPairings(actor, programId, {});
    case "endPairing":
      return endPairing(who, s.p1, { reason: "They asked to stop.", mentee: "rematch" });
    case "movePairing":
      return movePairing(who, s.p2, { mentorApplicationId: s.m1.application.id, introduction: intro });
  }
}

/** What an allowed call must have returned and written, seen as a user (and an admin reading the database) would. */
async function expectDone(action: Action, value: unknown, w: MatchingWorld, privacy: Privacy, s: Slot, weight: number) {
  const { programId, slots } = w.programs[privacy];
  const all = [slots.R, slots.owner, slots.admin];
  switch (action) {
    case "getMatchingBoard": {
      // Reads come before every write in the table: all nine waiting mentees, all six mentors with their places.
      const board = value as Awaited<ReturnType<typeof getMatchingBoard>>;
      expect(ids(board.mentees)).toEqual(appIds(all.flatMap((x) => [x.x1, x.x2, x.x3])));
      expect(ids(board.mentors)).toEqual(appIds(all.flatMap((x) => [x.m1, x.m2])));
      const m2 = board.mentors.find((m) => m.applicationId === s.m2.application.id)!;
      expect(m2).toMatchObject({ capacity: 5, active: 2, remaining: 3 });
      return;
    }
    case "findSuggestions": {
      const found = value as Awaited<ReturnType<typeof findSuggestions>>;
      expect(found.menteeApplicationId).toBe(s.x1.application.id);
      expect(found.suggestions.map((x) => x.mentorApplicationId).sort()).toEqual(
        appIds(all.flatMap((x) => [x.m1, x.m2])),
      );
      return;
    }
    case "draftCohort":
      expect((value as Awaited<ReturnType<typeof draftCohort>>).pairs).toHaveLength(9);
      return;
    case "matchPair": {
      const { pairingId } = value as { pairingId: string };
      expect(await db.pairing.findUniqueOrThrow({ where: { id: pairingId } })).toMatchObject({
        state: "ACTIVE",
        menteeApplicationId: s.x1.application.id,
        mentorApplicationId: s.m1.application.id,
      });
      return;
    }
    case "confirmCohort":
      expect(value).toMatchObject({ created: 1 });
      expect(await db.pairing.count({ where: { menteeApplicationId: s.x2.application.id, state: "ACTIVE" } })).toBe(1);
      return;
    case "setExclusion":
      expect(
        await db.matchExclusion.count({
          where: { menteeApplicationId: s.x3.application.id, mentorApplicationId: s.m2.application.id },
        }),
      ).toBe(1);
      return;
    case "setMatchingWeights": {
      const stored = await db.program.findUniqueOrThrow({ where: { id: programId } });
      expect(stored.matchingWeights).toEqual({ ...DEFAULT_WEIGHTS, topics: weight });
      return;
    }
    case "getMatchingRules":
      // The default: shared language on, nothing else (reads come before the table's writes).
      expect(value).toEqual({ sharedLanguage: true, maxHoursApart: null, requiredTopics: [] });
      return;
    case "setMatchingRules": {
      const stored = await db.program.findUniqueOrThrow({ where: { id: programId } });
      expect(stored.matchingRules).toEqual({ sharedLanguage: true, maxHoursApart: weight, requiredTopics: [] });
      return;
    }
    case "findPairings": {
      const list = value as Awaited<ReturnType<typeof findPairings>>;
      expect(list.items.map((p) => p.id)).toEqual(expect.arrayContaining([s.p1, s.p2]));
      return;
    }
    case "endPairing":
      expect(await db.pairing.findUniqueOrThrow({ where: { id: s.p1 } })).toMatchObject({
        state: "ENDED",
        endReason: "They asked to stop.",
      });
      return;
    case "movePairing": {
      expect((await db.pairing.findUniqueOrThrow({ where: { id: s.p2 } })).state).toBe("ENDED");
      const moved = value as { pairingId: string };
      expect(await db.pairing.findUniqueOrThrow({ where: { id: moved.pairingId } })).toMatchObject({
        state: "ACTIVE",
        menteeApplicationId: s.y2.application.id,
        mentorApplicationId: s.m1.application.id,
      });
      return;
    }
  }
}

async function tally() {
  const [pairings, active, exclusions, audits] = await Promise.all([
    db.pairing.count(),
    db.pairing.count({ where: { state: "ACTIVE" } }),
    db.matchExclusion.count(),
    db.auditEvent.count(),
  ]);
  return { pairings, active, exclusions, audits };
}

describe("matching access table", () => {
  for (const privacy of PRIVACIES) {
    it(
      `${privacy} group: owners and admins match; others are refused and nothing changes`,
      async () => {
        const w = await matchingWorld();
        const { programId, slots } = w.programs[privacy];
        const before = await tally();
        let writes = 0;
        for (const action of ACTIONS) {
          for (const role of ROLES) {
            const expected = TABLE[privacy][role];
            const label = `${privacy} ${role} ${action}`;
            const actor = w.actorOf(role);
            const weight = role === "owner" ? 4 : 1;
            if (expected !== "ok") {
              await expectRefused(() => run(action, actor, programId, slots.R, weight), expected, label);
              continue;
            }
            const slot = role === "owner" ? slots.owner : slots.admin;
            const print = READS.has(action) ? await fingerprint() : null;
            const result = await outcome(run(action, actor, programId, slot, weight));
            expect(result.code, `${label}: ${"error" in result ? result.error.message : ""}`).toBe("ok");
            if (result.code !== "ok") continue;
            await expectDone(action, result.value, w, privacy, slot, weight);
            // Reads never write, even for those allowed to make them.
            if (print) expect(await fingerprint(), `${label} wrote`).toEqual(print);
            else writes++;
          }
        }
        expect(writes).toBe(14);
        // Every refusal changed nothing: the only writes are the owner's and the admin's own.
        const after = await tally();
        expect(after.exclusions - before.exclusions).toBe(2);
        // Each of the two: a match, a confirmed pair and a moved pair are new; one pairing ended, one moved away.
        expect(after.pairings - before.pairings).toBe(2 * 3);
        expect(after.active - before.active).toBe(2 * (3 - 2));
        // One audit event per write, and two for a move (the old pairing's end is part of the move's event).
        expect(after.audits - before.audits).toBeGreaterThanOrEqual(14);
      },
      TABLE_TIMEOUT,
    );
  }
});

describe("another group's admin", () => {
  it("cannot read suggestions, applicants or pairings, nor act on them through their own program", async () => {
    const w = await matchingWorld();
    await db.group.update({ where: { id: w.elsewhere.id }, data: { mentorshipEnabled: true, privacy: "PRIVATE" } });
    const theirs = await createProgram(db, w.elsewhere, w.users.otherAdmin, { name: "Theirs", state: "RUNNING" });
    const theirProgram = { id: theirs.id, groupId: w.elsewhere.id };
    const [theirMentor, theirMentee] = await Promise.all([
      createApplicant(db, theirProgram, "Their Mentor", "MENTOR", { capacity: 5 }),
      createApplicant(db, theirProgram, "Their Mentee", "MENTEE"),
    ]);
    const theirPairing = await pairUp(db, theirProgram, theirMentor, theirMentee, w.users.otherAdmin);
    const { programId, slots } = w.programs.PRIVATE;
    const s = slots.R;
    const other = w.users.otherAdmin;

    // On our program: it does not exist for them.
    for (const action of ACTIONS) await expectRefused(() => run(action, other, programId, s, 3), NF, action);

    // Through their own program, our applicants and pairings are nobody they know.
    const ours = { menteeApplicationId: s.x1.application.id, mentorApplicationId: s.m1.application.id };
    await expectRefused(() => findSuggestions(other, theirs.id, { menteeApplicationId: s.x1.application.id }), NF);
    await expectRefused(() => matchPair(other, theirs.id, { ...ours, introduction: intro }), "CONFLICT", "match");
    await expectRefused(
      () =>
        matchPair(other, theirs.id, {
          menteeApplicationId: theirMentee.application.id,
          mentorApplicationId: s.m1.application.id,
          introduction: intro,
        }),
      "CONFLICT",
      "match their mentee with our mentor",
    );
    await expectRefused(
      () => confirmCohort(other, theirs.id, { pairs: [{ ...ours, introduction: intro }] }),
      "CONFLICT",
      "confirm",
    );
    await expectRefused(() => setExclusion(other, theirs.id, { ...ours, excluded: true }), "CONFLICT", "exclude");
    await expectRefused(
      () => movePairing(other, theirPairing.id, { mentorApplicationId: s.m1.application.id, introduction: intro }),
      "CONFLICT",
      "move their mentee to our mentor",
    );
    await expectRefused(() => endPairing(other, s.p1, { reason: "Mine now." }), NF, "end ours");
    await expectRefused(
      () => movePairing(other, s.p1, { mentorApplicationId: theirMentor.application.id, introduction: intro }),
      NF,
      "move ours to their mentor",
    );
    // And nothing of ours shows in what they may read of their own program.
    const board = await getMatchingBoard(other, theirs.id);
    expect(ids(board.mentors)).toEqual([theirMentor.application.id]);
    expect(board.mentees).toEqual([]);
    const draft = await draftCohort(other, theirs.id);
    expect(draft).toEqual({ pairs: [], unmatched: [], unplaced: [], rules: DEFAULT_RULES });
    const list = await findPairings(other, theirs.id, {});
    expect(list.items.map((p) => p.id)).toEqual([theirPairing.id]);
    expect(await db.pairing.findUniqueOrThrow({ where: { id: theirPairing.id } })).toMatchObject({ state: "ACTIVE" });
  });
});

describe("ids from elsewhere and implausible ids", () => {
  it("refuses another program's applications and pairings (404 or 409) and changes nothing", async () => {
    const w = await matchingWorld();
    const { programId, slots } = w.programs.PRIVATE;
    const owner = w.users.owner;
    // A second program of the same group, and the PUBLIC group's program: the owner manages both, yet ids of one
    // are never matched through the other.
    const second = await createProgram(db, w.groups.PRIVATE, owner, { name: "Second", state: "RUNNING" });
    const secondProgram = { id: second.id, groupId: w.groups.PRIVATE.id };
    const [qMentor, qMentee] = await Promise.all([
      createApplicant(db, secondProgram, "Q Mentor", "MENTOR", { capacity: 5 }),
      createApplicant(db, secondProgram, "Q Mentee", "MENTEE"),
    ]);
    const s = slots.R;
    const foreign = w.programs.PUBLIC.slots.R;
    const cases: [string, () => Promise<unknown>, string][] = [
      [
        "match: both of another program",
        () =>
          matchPair(owner, programId, {
            menteeApplicationId: qMentee.application.id,
            mentorApplicationId: qMentor.application.id,
            introduction: intro,
          }),
        "CONFLICT",
      ],
      [
        "match: our mentee, another program's mentor",
        () =>
          matchPair(owner, programId, {
            menteeApplicationId: s.x1.application.id,
            mentorApplicationId: qMentor.application.id,
            introduction: intro,
          }),
        "CONFLICT",
      ],
      [
        "match: another group's mentee",
        () =>
          matchPair(owner, programId, {
            menteeApplicationId: foreign.x1.application.id,
            mentorApplicationId: s.m1.application.id,
            introduction: intro,
          }),
        "CONFLICT",
      ],
      [
        "confirm: one good pair and one of another program",
        () =>
          confirmCohort(owner, programId, {
            pairs: [
              {
                menteeApplicationId: s.x1.application.id,
                mentorApplicationId: s.m1.application.id,
                introduction: intro,
              },
              {
                menteeApplicationId: qMentee.application.id,
                mentorApplicationId: s.m1.application.id,
                introduction: intro,
              },
            ],
          }),
        "CONFLICT",
      ],
      [
        "exclude: another program's pair",
        () =>
          setExclusion(owner, programId, {
            menteeApplicationId: qMentee.application.id,
            mentorApplicationId: qMentor.application.id,
            excluded: true,
          }),
        "CONFLICT",
      ],
      [
        "suggestions: another program's mentee",
        () => findSuggestions(owner, programId, { menteeApplicationId: qMentee.application.id }),
        NF,
      ],
      [
        "suggestions: a mentee of ours who is already matched",
        () => findSuggestions(owner, programId, { menteeApplicationId: s.y1.application.id }),
        NF,
      ],
      [
        "move: to another program's mentor",
        () => movePairing(owner, s.p1, { mentorApplicationId: qMentor.application.id, introduction: intro }),
        "CONFLICT",
      ],
      [
        "move: to another group's mentor",
        () => movePairing(owner, s.p1, { mentorApplicationId: foreign.m1.application.id, introduction: intro }),
        "CONFLICT",
      ],
    ];
    for (const [label, call, code] of cases) await expectRefused(call, code, label);
    const confirm = await outcome(
      confirmCohort(owner, programId, {
        pairs: [
          { menteeApplicationId: s.x1.application.id, mentorApplicationId: s.m1.application.id, introduction: intro },
          {
            menteeApplicationId: qMentee.application.id,
            mentorApplicationId: s.m1.application.id,
            introduction: intro,
          },
        ],
      }),
    );
    expect("error" in confirm && confirm.error.fields).toEqual({ "pairs.1": [expect.any(String)] });
    expect(await db.pairing.findUniqueOrThrow({ where: { id: s.p1 } })).toMatchObject({ state: "ACTIVE" });
  });

  it(
    "answers implausible ids with 404 or 400, never a 500, and writes nothing",
    async () => {
      const w = await matchingWorld();
      const { programId, slots } = w.programs.PRIVATE;
      const owner = w.users.owner;
      const s = slots.R;
      const odd = ["\u0000", "x".repeat(1000), "", "../../etc/passwd", "' OR 1=1 --", "clzzzzzzzzzzzzzzzzzzzzzzz"];
      for (const bad of odd) {
        const tag = JSON.stringify(bad.slice(0, 20));
        // As a program id or a pairing id: nothing by that name.
        for (const action of ACTIONS) {
          const asPairing = action === "endPairing" || action === "movePairing";
          const slot = asPairing ? { ...s, p1: bad, p2: bad } : s;
          await expectRefused(() => run(action, owner, asPairing ? programId : bad, slot, 3), NF, `${action} ${tag}`);
        }
        // As an application id inside the input: a field error, or (well-formed but unknown) a 404 / 409.
        const wellFormed = /^[a-z0-9]{8,40}$/i.test(bad);
        const input = { menteeApplicationId: bad, mentorApplicationId: s.m1.application.id };
        await expectRefused(
          () => matchPair(owner, programId, { ...input, introduction: intro }),
          wellFormed ? "CONFLICT" : "INVALID_INPUT",
          `match ${tag}`,
        );
        await expectRefused(
          () => confirmCohort(owner, programId, { pairs: [{ ...input, introduction: intro }] }),
          wellFormed ? "CONFLICT" : "INVALID_INPUT",
          `confirm ${tag}`,
        );
        await expectRefused(
          () => setExclusion(owner, programId, { ...input, excluded: true }),
          wellFormed ? "CONFLICT" : "INVALID_INPUT",
          `exclude ${tag}`,
        );
        await expectRefused(
          () => findSuggestions(owner, programId, { menteeApplicationId: bad }),
          wellFormed ? NF : "INVALID_INPUT",
          `suggestions ${tag}`,
        );
        await expectRefused(
          () => movePairing(owner, s.p1, { mentorApplicationId: bad, introduction: intro }),
          wellFormed ? "CONFLICT" : "INVALID_INPUT",
          `move ${tag}`,
        );
        await expectRefused(
          () => findPairings(owner, programId, { cursor: bad }),
          bad === "" ? "ok" : "INVALID_INPUT",
          `pairings cursor ${tag}`,
        );
      }
      // Odd shapes of input: field errors, never a 500.
      const shapes: [string, () => Promise<unknown>][] = [
        ["match: no input", () => matchPair(owner, programId, undefined)],
        ["match: an array", () => matchPair(owner, programId, [])],
        ["match: an extra key", () => matchPair(owner, programId, { ...shape(s), introduction: intro, state: "X" })],
        ["match: blank introduction", () => matchPair(owner, programId, { ...shape(s), introduction: "   " })],
        [
          "match: introduction too long",
          () => matchPair(owner, programId, { ...shape(s), introduction: "x".repeat(4001) }),
        ],
        ["confirm: no pairs", () => confirmCohort(owner, programId, { pairs: [] })],
        ["confirm: pairs not a list", () => confirmCohort(owner, programId, { pairs: "all" })],
        ["end: blank reason", () => endPairing(owner, s.p1, { reason: "" })],
        ["end: unknown fate", () => endPairing(owner, s.p1, { reason: "Why", mentee: "delete" })],
        ["exclude: not a boolean", () => setExclusion(owner, programId, { ...shape(s), excluded: "yes" })],
        [
          "suggestions: limit 0",
          () => findSuggestions(owner, programId, { menteeApplicationId: s.x1.application.id, limit: 0 }),
        ],
        ["pairings: unknown state", () => findPairings(owner, programId, { state: "DELETED" })],
        ["pairings: search too long", () => findPairings(owner, programId, { q: "x".repeat(1000) })],
        ["pairings: limit not a number", () => findPairings(owner, programId, { limit: "many" })],
      ];
      for (const [label, call] of shapes) await expectRefused(call, "INVALID_INPUT", label);
    },
    TABLE_TIMEOUT,
  );
});

describe("members who cannot see the program", () => {
  it(
    "get NOT_FOUND for a draft, or while mentorship is off; its admins still read it but cannot match",
    async () => {
      const w = await matchingWorld();
      const { programId, slots } = w.programs.PUBLIC;
      const seers: Role[] = ["member", "moderator", "nonMember", "anonymous"];
      for (const [label, change, undo] of [
        ["draft", { state: "DRAFT" as const }, { state: "RUNNING" as const }],
        ["mentorship off", null, null],
      ] as const) {
        if (change) await db.program.update({ where: { id: programId }, data: change });
        else await db.group.update({ where: { id: w.groups.PUBLIC.id }, data: { mentorshipEnabled: false } });
        for (const role of seers)
          for (const action of ACTIONS)
            await expectRefused(
              () => run(action, w.actorOf(role), programId, slots.R, 3),
              NF,
              `${label} ${role} ${action}`,
            );
        // The admins read it (to prepare), but pairs are only made in an open or running program with mentorship on.
        expect((await getMatchingBoard(w.users.admin, programId)).program.canMatch).toBe(false);
        for (const action of ["matchPair", "confirmCohort", "movePairing"] as const)
          await expectRefused(
            () => run(action, w.users.admin, programId, slots.admin, 3),
            "CONFLICT",
            `${label} ${action}`,
          );
        if (undo) await db.program.update({ where: { id: programId }, data: undo });
        else await db.group.update({ where: { id: w.groups.PUBLIC.id }, data: { mentorshipEnabled: true } });
      }
    },
    TABLE_TIMEOUT,
  );
});
