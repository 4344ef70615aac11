import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import type { BoardFilters, MenteeCursor } from "./board-query";
import {
  mentorSideSql,
  readMentorSide,
  type MentorJson,
  type MentorMode,
  type MentorSideRows,
} from "./board-mentors-sql";
import { activeMember, filterSql, textOf, type BoardProgram as Program, type PersonRow } from "./board-sql-parts";

export type { MentorRow, PersonRow } from "./board-sql-parts";
export { RANK_POOL, type MentorSideRows } from "./board-mentors-sql";

// The matching board in one statement: the mentees' side with everything about the program (one row of JSON), and
// the mentors' side (a page of the list, or the pool of mentors ranked for the chosen mentee).

/** The columns of a person, as JSON keys (the mentees' side is one row of JSON). */
const personJson = (program: Program, withAnswers: boolean) => Prisma.sql`json_build_object(
  'id', a.id, 'userId', a."userId", 'name', u.name, 'image', u.image, 'photoVersion', u."photoVersion",
  'topics', a.topics, 'languages', a.languages, 'timeZone', a."timeZone", 'cadence', a.cadence,
  'decidedAt', (extract(epoch FROM a."decidedAt") * 1000)::bigint,
  'answers', ${withAnswers ? Prisma.sql`a.answers` : Prisma.sql`NULL`},
  'text', ${textOf(program.id, "MENTEE")}
)`;

/** Approved mentees without a mentor who are active members of the group. */
const waitingMentee = (program: Program) => Prisma.sql`a."programId" = ${program.id} AND a.role = 'MENTEE'
  AND a.state = 'APPROVED' AND ${activeMember(program)}`;

export type MenteeSide = {
  weights: unknown;
  rules: unknown;
  activePairings: number;
  waitlisted: number;
  waiting: number;
  facets: { topics: string[] | null; languages: string[] | null; timeZones: string[] | null };
  questions: unknown[];
  page: PersonRow[];
  selected: PersonRow | null;
  excluded: string[];
};

/**
 * The mentees' side: a page of waiting mentees (26 to know if another follows) after or before a cursor, the
 * chosen mentee with answers and exclusions, the counts, the filters' values and the questions, in one statement.
 */
type MenteePage = { after: MenteeCursor | null; before: MenteeCursor | null; size: number };

function menteeSideSql(
  program: Program,
  filters: BoardFilters & { q: string },
  page: MenteePage,
  mentee: string,
): Prisma.Sql {
  const where = Prisma.sql`${waitingMentee(program)} AND ${filterSql("a", filters, { column: "u.name", q: filters.q })}`;
  const backwards = page.before !== null;
  const keyset = page.before
    ? Prisma.sql`(a."decidedAt", a.id) < (${page.before.at}, ${page.before.id})`
    : page.after
      ? Prisma.sql`(a."decidedAt", a.id) > (${page.after.at}, ${page.after.id})`
      : Prisma.sql`TRUE`;
  const order = backwards
    ? Prisma.sql`a."decidedAt" DESC NULLS FIRST, a.id DESC`
    : Prisma.sql`a."decidedAt" ASC NULLS LAST, a.id ASC`;
  // The filters' values: what anyone on the board answered, kept per program by triggers (ProgramBoardFacet).
  const facet = (kind: string) => Prisma.sql`(SELECT array_agg(f.value ORDER BY f.value) FROM "ProgramBoardFacet" f
    WHERE f."programId" = p.id AND f.kind = ${kind} AND f.uses > 0)`;
  return Prisma.sql`
    SELECT p."matchingWeights" AS weights, p."matchingRules" AS rules,
      -- The heading's counts are kept per program by triggers (migration 20261207214500_matching_board_tally).
      COALESCE(t."activePairings", 0) AS "activePairings", COALESCE(t."waitlistedMentees", 0) AS waitlisted,
      COALESCE(t."waitingMentees", 0) AS waiting,
      json_build_object('topics', ${facet("topic")}, 'languages', ${facet("language")},
        'timeZones', ${facet("timeZone")}) AS facets,
      (SELECT COALESCE(json_agg(json_build_object('id', q.id, 'role', q.role, 'position', q.position, 'kind', q.kind,
          'label', q.label, 'help', q.help, 'required', q.required, 'options', q.options, 'minLength', q."minLength",
          'maxLength', q."maxLength", 'maxChoices', q."maxChoices") ORDER BY q.role, q.position), '[]')
        FROM "ApplicationQuestion" q WHERE q."programId" = p.id) AS questions,
      (SELECT COALESCE(json_agg(x.person ORDER BY x.n), '[]') FROM (
        SELECT ${personJson(program, false)} AS person, row_number() OVER () AS n
        FROM (SELECT a.* FROM "Application" a JOIN "User" u ON u.id = a."userId"
              WHERE ${where} AND ${keyset} ORDER BY ${order} LIMIT ${page.size + 1}) a
        JOIN "User" u ON u.id = a."userId") x) AS page,
      (SELECT ${personJson(program, true)} FROM "Application" a JOIN "User" u ON u.id = a."userId"
        WHERE a.id = ${mentee} AND ${waitingMentee(program)}) AS selected,
      (SELECT COALESCE(array_agg(e."mentorApplicationId"), '{}') FROM "MatchExclusion" e
        WHERE e."programId" = p.id AND e."menteeApplicationId" = ${mentee}) AS excluded
    FROM "Program" p LEFT JOIN "MatchingBoardTally" t ON t."programId" = p.id WHERE p.id = ${program.id}`;
}

type Sides = {
  mentees: { filters: BoardFilters & { q: string }; page: MenteePage; mentee: string };
  mentors: MentorMode & { filters: BoardFilters & { q: string } };
};

/** The whole board as ONE statement: the mentees' side (one row of JSON) and the mentors' side (./board-mentors-sql). */
export const boardSql = (program: Program, { mentees, mentors }: Sides) => Prisma.sql`
  SELECT (SELECT row_to_json(m) FROM (${menteeSideSql(program, mentees.filters, mentees.page, mentees.mentee)}) m)
      AS mentees,
    (${mentorSideSql(program, mentors.filters, mentors)}) AS mentors`;

/** The board, read in its one statement. Ranking is left to the caller (scoring.ts), over the pool only. */
export async function loadBoard(
  db: Tx,
  program: Program,
  mentees: Sides["mentees"],
  mentors: Sides["mentors"],
): Promise<{ mentees: MenteeSide; mentors: MentorSideRows }> {
  const rows = await db.$queryRaw<{ mentees: MenteeSide; mentors: MentorJson }[]>(
    boardSql(program, { mentees, mentors }),
  );
  const side = rows[0]!.mentees;
  if (mentees.page.before !== null) side.page.reverse();
  return { mentees: side, mentors: readMentorSide(rows[0]!.mentors) };
}
