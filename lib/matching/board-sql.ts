import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { SIDE_LIST_MAX, type BoardFilters, type MenteeCursor, type MentorCursor } from "./board-query";
import { DEFAULT_WEIGHTS, type Signal, type Weights } from "./scoring";

// The matching board in one statement: the mentees' side with everything about the program (one row of JSON), and
// the mentors' side (a page of the list, or the pool of mentors ranked for the chosen mentee).

type Program = { id: string; groupId: string; defaultMentorCapacity: number };

/** A person as the board shows them; `answers` only for the chosen mentee and the ranked mentors. */
export type PersonRow = {
  id: string;
  userId: string;
  name: string;
  image: string | null;
  photoVersion: string | null;
  topics: string[];
  languages: string[];
  timeZone: string | null;
  cadence: string | null;
  text: string;
  /** Approved at, in ms since the epoch. */
  decidedAt: number | null;
  answers: Record<string, unknown> | null;
};
export type MentorRow = PersonRow & { capacity: number; active: number; remaining: number };

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The board's filters over rows of alias `t` (topics, languages, timeZone) and a name column. */
function filterSql(t: string, f: BoardFilters, name: { column: string; q: string }): Prisma.Sql {
  const a = Prisma.raw(t);
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.topic)
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(${a}.topics) x WHERE lower(btrim(x)) = lower(${f.topic}))`);
  if (f.language)
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM unnest(${a}.languages) x WHERE lower(btrim(x)) = lower(${f.language}))`,
    );
  if (f.timeZone) parts.push(Prisma.sql`${a}."timeZone" = ${f.timeZone}`);
  if (name.q) parts.push(Prisma.sql`${Prisma.raw(name.column)} ILIKE ${like(name.q)}`);
  return Prisma.join(parts, " AND ");
}

/** The columns of a person, as JSON keys (the mentees' side is one row of JSON). */
const personJson = (withAnswers: boolean) => Prisma.sql`json_build_object(
  'id', a.id, 'userId', a."userId", 'name', u.name, 'image', u.image, 'photoVersion', u."photoVersion",
  'topics', a.topics, 'languages', a.languages, 'timeZone', a."timeZone", 'cadence', a.cadence,
  'decidedAt', (extract(epoch FROM a."decidedAt") * 1000)::bigint,
  'answers', ${withAnswers ? Prisma.sql`a.answers` : Prisma.sql`NULL`},
  'text', ${textOf}
)`;

/** The free-text answers joined, in the questions' order: what the text signal reads and the list previews. */
const textOf = Prisma.sql`COALESCE((SELECT string_agg(a.answers->>q.id, E'\n' ORDER BY q.position)
  FROM "ApplicationQuestion" q WHERE q."programId" = a."programId" AND q.role = a.role
    AND q.kind IN ('SHORT_TEXT', 'LONG_TEXT')), '')`;

/**
 * Whether the row's person (alias `a`) is an active member of the group, probed per row through the
 * (groupId, userId) unique index. A scalar subquery, not EXISTS: EXISTS becomes a semi-join that reads all 20,000
 * memberships of a big group into a hash; the board only ever checks the few rows of a page (or a program's
 * mentors), walking an index in the page's order and stopping at the page's end.
 */
const activeMember = (program: Program) => Prisma.sql`COALESCE((SELECT m.status = 'ACTIVE' FROM "Membership" m
  WHERE m."groupId" = ${program.groupId} AND m."userId" = a."userId"), FALSE)`;

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
        SELECT ${personJson(false)} AS person, row_number() OVER () AS n
        FROM (SELECT a.* FROM "Application" a JOIN "User" u ON u.id = a."userId"
              WHERE ${where} AND ${keyset} ORDER BY ${order} LIMIT ${page.size + 1}) a
        JOIN "User" u ON u.id = a."userId") x) AS page,
      (SELECT ${personJson(true)} FROM "Application" a JOIN "User" u ON u.id = a."userId"
        WHERE a.id = ${mentee} AND ${waitingMentee(program)}) AS selected,
      (SELECT COALESCE(array_agg(e."mentorApplicationId"), '{}') FROM "MatchExclusion" e
        WHERE e."programId" = p.id AND e."menteeApplicationId" = ${mentee}) AS excluded
    FROM "Program" p LEFT JOIN "MatchingBoardTally" t ON t."programId" = p.id WHERE p.id = ${program.id}`;
}

export type MentorSideRows = {
  rows: MentorRow[];
  open: number;
  places: number;
  openShown: number;
  /** When ranking: the mentors the filters keep without a place, and those the admin excluded who have one. */
  full: { rows: MentorRow[]; total: number };
  excludedHere: { rows: MentorRow[]; total: number };
};

/** How many mentors with a place are scored in full for the chosen mentee (see decision 027). */
export const RANK_POOL = 200;

/** The weights the pool is ordered with: those tried out, else the program's saved ones, else the defaults. */
function weightSql(programId: string, signal: Signal, tried: Weights | null): Prisma.Sql {
  if (tried) return Prisma.sql`${tried[signal]}::int`;
  return Prisma.sql`(SELECT CASE WHEN pw."matchingWeights"->>${signal} ~ '^[0-9]$'
    THEN (pw."matchingWeights"->>${signal})::int ELSE ${DEFAULT_WEIGHTS[signal]}::int END
    FROM "Program" pw WHERE pw.id = ${programId})`;
}

/**
 * The mentors' side. Without a chosen mentee: a page of the list, most places first, after a cursor. With one: the
 * RANK_POOL mentors with a place who are best on the signals SQL can read exactly (shared topics, shared languages,
 * places left, with the weights in use), answers included for the comparison, and the first of those without a
 * place and of those excluded, with their totals. Either way the program's open mentors and places, and how many
 * open ones the filters keep. Places are a column kept by triggers (Application."activePairings").
 */
function mentorSideSql(
  program: Program,
  filters: BoardFilters & { q: string },
  mode:
    | { rank: true; mentee: string; tried: Weights | null; pool: number }
    | { rank: false; after: MentorCursor | null; size: number },
): Prisma.Sql {
  const keep = filterSql("b", filters, { column: "b.name", q: filters.q });
  // "Hidden by the filters" counts what the topic, language and time zone hide, not the name search.
  const narrowed = filterSql("b", filters, { column: "b.name", q: "" });
  const out = (where: Prisma.Sql, order: Prisma.Sql, limit: number, part: string) => Prisma.sql`(
    SELECT b.*, ${part} AS part, ${mode.rank ? Prisma.sql`a.answers` : Prisma.sql`NULL::jsonb`} AS answers,
      ${textOf} AS text
    FROM (SELECT b.* FROM b WHERE ${keep} AND ${where} ORDER BY ${order} LIMIT ${limit}) b
    CROSS JOIN LATERAL (SELECT a.* FROM "Application" a WHERE a.id = b.id OFFSET 0) a)`;
  const byPlaces = Prisma.sql`b.remaining DESC, b.name, b.id`;
  let rows: Prisma.Sql;
  let totals = Prisma.sql`0 AS "fullTotal", 0 AS "excludedTotal"`;
  if (!mode.rank) {
    const after = mode.after
      ? Prisma.sql`(-b.remaining, b.name, b.id) > (${-mode.after.remaining}, ${mode.after.name}, ${mode.after.id})`
      : Prisma.sql`TRUE`;
    rows = out(after, byPlaces, mode.size + 1, "page");
  } else {
    const excluded = Prisma.sql`ARRAY(SELECT e."mentorApplicationId" FROM "MatchExclusion" e
      WHERE e."programId" = ${program.id} AND e."menteeApplicationId" = ${mode.mentee})`;
    // The pool's order: the weighted topics, languages and load signals, read as scoring.ts reads them.
    const partial = Prisma.sql`(
      ${weightSql(program.id, "topics", mode.tried)} * CASE WHEN cardinality(mt.topics) = 0 OR cardinality(b.tkeys) = 0
        THEN 0.5 ELSE (SELECT count(*) FROM unnest(mt.topics) k WHERE k = ANY(b.tkeys))::float
          / cardinality(mt.topics) END
      + ${weightSql(program.id, "languages", mode.tried)} * CASE WHEN cardinality(mt.languages) = 0
          OR cardinality(b.lkeys) = 0 THEN 0.5
        WHEN mt.languages && b.lkeys THEN 1 ELSE 0 END
      + ${weightSql(program.id, "load", mode.tried)} * b.remaining::float / GREATEST(b.capacity, 1))`;
    rows = Prisma.sql`${out(
      Prisma.sql`b.remaining > 0 AND NOT (b.id = ANY(${excluded}))
        AND b."userId" IS DISTINCT FROM (SELECT "userId" FROM "Application" WHERE id = ${mode.mentee})`,
      Prisma.sql`(SELECT ${partial} FROM mt) DESC, b.remaining DESC, b.id`,
      mode.pool,
      "pool",
    )} UNION ALL ${out(Prisma.sql`b.remaining <= 0`, byPlaces, SIDE_LIST_MAX, "full")} UNION ALL ${out(
      Prisma.sql`b.remaining > 0 AND b.id = ANY(${excluded})`,
      byPlaces,
      SIDE_LIST_MAX,
      "excluded",
    )}`;
    totals = Prisma.sql`(SELECT count(*)::int FROM b WHERE ${keep} AND b.remaining <= 0) AS "fullTotal",
      (SELECT count(*)::int FROM b WHERE ${keep} AND b.remaining > 0 AND b.id = ANY(${excluded})) AS "excludedTotal"`;
  }
  return Prisma.sql`
    WITH b AS (
      SELECT a.id, a."userId", u.name, u.image, u."photoVersion", a.topics, a.languages, a."timeZone", a.cadence,
        (extract(epoch FROM a."decidedAt") * 1000)::bigint AS "decidedAt",
        COALESCE(a.capacity, ${program.defaultMentorCapacity}) AS capacity, a."activePairings" AS active,
        GREATEST(0, COALESCE(a.capacity, ${program.defaultMentorCapacity}) - a."activePairings") AS remaining,
        a."topicKeys" AS tkeys, a."languageKeys" AS lkeys
      FROM "Application" a
      -- Per mentor by primary key (OFFSET 0 keeps it a lookup: a join would hash 100,000 users for 1,000 mentors).
      CROSS JOIN LATERAL (SELECT u.name, u.image, u."photoVersion" FROM "User" u WHERE u.id = a."userId" OFFSET 0) u
      WHERE a."programId" = ${program.id} AND a.role = 'MENTOR' AND a.state IN ('APPROVED', 'MATCHED')
        AND ${activeMember(program)}
    ),
    -- The chosen mentee's topics and languages as scoring.ts keys them (none without a mentee).
    mt AS MATERIALIZED (SELECT s."topicKeys" AS topics, s."languageKeys" AS languages
      FROM "Application" s WHERE s.id = ${mode.rank ? mode.mentee : ""})
    SELECT json_build_object(
      -- Kept per program by triggers (migration 20261207214500_matching_board_tally); counted only when filtered.
      'open', (SELECT COALESCE(max("openMentors"), 0) FROM "MatchingBoardTally" WHERE "programId" = ${program.id}),
      'places', (SELECT COALESCE(max("mentorPlaces"), 0) FROM "MatchingBoardTally" WHERE "programId" = ${program.id}),
      'openShown', ${
        filters.topic || filters.language || filters.timeZone
          ? Prisma.sql`(SELECT count(*)::int FROM b WHERE remaining > 0 AND ${narrowed})`
          : Prisma.sql`NULL`
      },
      'totals', (SELECT row_to_json(t) FROM (SELECT ${totals}) t),
      'rows', (SELECT COALESCE(json_agg(r), '[]') FROM (${rows}) r)
    )`;
}

type MentorJson = {
  open: number;
  places: number;
  /** Null when no filter narrows the list (then every open mentor is shown). */
  openShown: number | null;
  totals: { fullTotal: number; excludedTotal: number };
  rows: (MentorRow & { part: "page" | "pool" | "full" | "excluded"; tkeys?: unknown; lkeys?: unknown })[];
};

function readMentorSide(json: MentorJson): MentorSideRows {
  const of = (part: string) =>
    json.rows
      .filter((r) => r.part === part)
      .map(({ part: _part, tkeys: _t, lkeys: _l, ...r }) => ({
        ...r,
        decidedAt: r.decidedAt === null ? null : Number(r.decidedAt),
      }));
  const byPlaces = (a: MentorRow, b: MentorRow) =>
    b.remaining - a.remaining || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1);
  return {
    rows: [...of("page"), ...of("pool")],
    open: json.open,
    places: json.places,
    openShown: json.openShown ?? json.open,
    full: { rows: of("full").sort(byPlaces), total: json.totals.fullTotal },
    excludedHere: { rows: of("excluded").sort(byPlaces), total: json.totals.excludedTotal },
  };
}

/**
 * The whole board in ONE statement: the mentees' side (one row of JSON) and the mentors' side (see above). Ranking
 * is left to the caller (scoring.ts), over the pool only.
 */
export async function loadBoard(
  db: Tx,
  program: Program,
  mentees: { filters: BoardFilters & { q: string }; page: MenteePage; mentee: string },
  mentors: Parameters<typeof mentorSideSql>[2] & { filters: BoardFilters & { q: string } },
): Promise<{ mentees: MenteeSide; mentors: MentorSideRows }> {
  const rows = await db.$queryRaw<{ mentees: MenteeSide; mentors: MentorJson }[]>`
    SELECT (SELECT row_to_json(m) FROM (${menteeSideSql(program, mentees.filters, mentees.page, mentees.mentee)}) m)
        AS mentees,
      (${mentorSideSql(program, mentors.filters, mentors)}) AS mentors`;
  const side = rows[0]!.mentees;
  if (mentees.page.before !== null) side.page.reverse();
  return { mentees: side, mentors: readMentorSide(rows[0]!.mentors) };
}
