import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { SIDE_LIST_MAX, type BoardFilters, type MentorCursor } from "./board-query";
import { activeMember, filterSql, textOf, type BoardProgram, type MentorRow } from "./board-sql-parts";
import { DEFAULT_WEIGHTS, type Signal, type Weights } from "./scoring";

// The mentors' side of the matching board's one statement (decisions 027 and 034).

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

export type MentorMode =
  | { rank: true; mentee: string; tried: Weights | null; pool: number }
  | { rank: false; after: MentorCursor | null; size: number };

/** The weights the pool is ordered with: those tried out, else the program's saved ones, else the defaults. */
function weightSql(programId: string, signal: Signal, tried: Weights | null): Prisma.Sql {
  if (tried) return Prisma.sql`${tried[signal]}::int`;
  return Prisma.sql`(SELECT CASE WHEN pw."matchingWeights"->>${signal} ~ '^[0-9]$'
    THEN (pw."matchingWeights"->>${signal})::int ELSE ${DEFAULT_WEIGHTS[signal]}::int END
    FROM "Program" pw WHERE pw.id = ${programId})`;
}

/**
 * The board's mentor order, most places first, then name, then id: the expression of the partial index
 * "Application_matching_mentor_order_idx" (migration 20261208010000), written as it is so the planner walks it.
 * Places left ("openPlaces") and the name ("boardName") are kept on the row by triggers.
 */
const BY_PLACES = Prisma.sql`-a."openPlaces", a."boardName", a.id`;

/**
 * The mentors' side. Without a chosen mentee: a page of the list in the index's order after a cursor, so it reads
 * about a page of rows. With one: the RANK_POOL mentors with a place who are best on the signals SQL can read
 * exactly (shared topics, shared languages, places left, with the weights in use), answers included for the
 * comparison, and the first of those without a place and of those excluded, with their totals. Either way the
 * program's open mentors and places (kept in MatchingBoardTally), and how many open ones the filters keep.
 */
export function mentorSideSql(
  program: BoardProgram,
  filters: BoardFilters & { q: string },
  mode: MentorMode,
): Prisma.Sql {
  // A mentor on the board: the index's predicate and leading column; membership is probed per row read (below).
  const listed = Prisma.sql`a."programId" = ${program.id} AND a.role = 'MENTOR' AND a.state IN ('APPROVED', 'MATCHED')`;
  const member = activeMember(program);
  const keep = filterSql("a", filters, { column: `a."boardName"`, q: filters.q });
  // "Hidden by the filters" counts what the topic, language and time zone hide, not the name search.
  const narrowed = filterSql("a", filters, { column: `a."boardName"`, q: "" });
  // A list in the index's order: the walk stops once `limit` rows passed the filters and the membership probe.
  const walk = (where: Prisma.Sql, limit: number) => Prisma.sql`SELECT a.* FROM "Application" a
    WHERE ${listed} AND ${member} AND ${keep} AND ${where} ORDER BY ${BY_PLACES} LIMIT ${limit}`;
  // The rows chosen (alias `a`), then per row chosen only: the user by primary key (OFFSET 0 keeps it a lookup,
  // not a hash of every user), answers and text.
  const out = (chosen: Prisma.Sql, part: string) => Prisma.sql`(
    SELECT a.id, a."userId", a."boardName" AS name, u.image, u."photoVersion", a.topics, a.languages, a."timeZone",
      a.cadence, (extract(epoch FROM a."decidedAt") * 1000)::bigint AS "decidedAt",
      COALESCE(a.capacity, ${program.defaultMentorCapacity}) AS capacity, a."activePairings" AS active,
      a."openPlaces" AS remaining, ${part} AS part,
      ${mode.rank ? Prisma.sql`a.answers` : Prisma.sql`NULL::jsonb`} AS answers, ${textOf(program.id, "MENTOR")} AS text
    FROM (${chosen}) a
    CROSS JOIN LATERAL (SELECT u.image, u."photoVersion" FROM "User" u WHERE u.id = a."userId" OFFSET 0) u)`;
  const count = (where: Prisma.Sql) =>
    Prisma.sql`(SELECT count(*)::int FROM "Application" a WHERE ${listed} AND ${member} AND ${where})`;
  // openPlaces is never negative: "no place" is the index's range -openPlaces >= 0.
  const full = Prisma.sql`-a."openPlaces" >= 0`;
  let rows: Prisma.Sql;
  let totals = Prisma.sql`0 AS "fullTotal", 0 AS "excludedTotal"`;
  let mt = Prisma.empty;
  if (!mode.rank) {
    const after = mode.after
      ? Prisma.sql`(-a."openPlaces", a."boardName", a.id)
          > (${-mode.after.remaining}::int, ${mode.after.name}::text, ${mode.after.id}::text)`
      : Prisma.sql`TRUE`;
    rows = out(walk(after, mode.size + 1), "page");
  } else {
    // The chosen mentee's topics and languages as scoring.ts keys them, and the weights in use, read once.
    mt = Prisma.sql`WITH mt AS MATERIALIZED (SELECT s."topicKeys" AS topics, s."languageKeys" AS languages,
        s."userId", ${weightSql(program.id, "topics", mode.tried)} AS wt,
        ${weightSql(program.id, "languages", mode.tried)} AS wl, ${weightSql(program.id, "load", mode.tried)} AS wp
      FROM "Application" s WHERE s.id = ${mode.mentee})`;
    const excluded = Prisma.sql`ARRAY(SELECT e."mentorApplicationId" FROM "MatchExclusion" e
      WHERE e."programId" = ${program.id} AND e."menteeApplicationId" = ${mode.mentee})`;
    // The pool's order: the weighted topics, languages and load signals, read as scoring.ts reads them.
    const partial = Prisma.sql`(
      mt.wt * CASE WHEN cardinality(mt.topics) = 0 OR cardinality(a."topicKeys") = 0
        THEN 0.5 ELSE (SELECT count(*) FROM unnest(mt.topics) k WHERE k = ANY(a."topicKeys"))::float
          / cardinality(mt.topics) END
      + mt.wl * CASE WHEN cardinality(mt.languages) = 0 OR cardinality(a."languageKeys") = 0 THEN 0.5
        WHEN mt.languages && a."languageKeys" THEN 1 ELSE 0 END
      + mt.wp * a."openPlaces"::float / GREATEST(COALESCE(a.capacity, ${program.defaultMentorCapacity}), 1))`;
    // Every open mentor is scored and sorted (OFFSET 0 keeps the sort below the probe), and membership is probed in
    // that order until the pool is full: the best RANK_POOL members, with ~RANK_POOL probes instead of one a mentor.
    const pool = Prisma.sql`SELECT a.* FROM (
        SELECT a.*, ${partial} AS score FROM "Application" a CROSS JOIN mt
        WHERE ${listed} AND ${keep} AND a."openPlaces" > 0 AND NOT (a.id = ANY(${excluded}))
          AND a."userId" IS DISTINCT FROM mt."userId"
        ORDER BY score DESC, a."openPlaces" DESC, a.id OFFSET 0) a
      WHERE ${member} ORDER BY a.score DESC, a."openPlaces" DESC, a.id LIMIT ${mode.pool}`;
    rows = Prisma.sql`${out(pool, "pool")} UNION ALL ${out(walk(full, SIDE_LIST_MAX), "full")} UNION ALL ${out(
      walk(Prisma.sql`a."openPlaces" > 0 AND a.id = ANY(${excluded})`, SIDE_LIST_MAX),
      "excluded",
    )}`;
    totals = Prisma.sql`${count(Prisma.sql`${keep} AND ${full}`)} AS "fullTotal",
      ${count(Prisma.sql`${keep} AND a."openPlaces" > 0 AND a.id = ANY(${excluded})`)} AS "excludedTotal"`;
  }
  return Prisma.sql`${mt}
    SELECT json_build_object(
      -- Kept per program by triggers (migration 20261207214500_matching_board_tally); counted only when filtered.
      'open', (SELECT COALESCE(max("openMentors"), 0) FROM "MatchingBoardTally" WHERE "programId" = ${program.id}),
      'places', (SELECT COALESCE(max("mentorPlaces"), 0) FROM "MatchingBoardTally" WHERE "programId" = ${program.id}),
      'openShown', ${
        filters.topic || filters.language || filters.timeZone
          ? count(Prisma.sql`a."openPlaces" > 0 AND ${narrowed}`)
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
  rows: (MentorRow & { part: "page" | "pool" | "full" | "excluded" })[];
};

export function readMentorSide(json: MentorJson): MentorSideRows {
  const of = (part: string) =>
    json.rows
      .filter((r) => r.part === part)
      .map(({ part: _part, ...r }) => ({ ...r, decidedAt: r.decidedAt === null ? null : Number(r.decidedAt) }));
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
export type { MentorJson };
