import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import type { BoardFilters, MenteeCursor, MentorCursor } from "./board-query";

// The matching board's two statements: the mentees' side with everything about the program (one row of JSON), and
// the mentors' side (a page of the list, or every mentor the filters keep when a mentee is chosen, for ranking).

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

/** Approved mentees without a mentor who are active members of the group. */
const waitingMentee = (program: Program) => Prisma.sql`a."programId" = ${program.id} AND a.role = 'MENTEE'
  AND a.state = 'APPROVED'
  AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."groupId" = ${program.groupId} AND m."userId" = a."userId"
    AND m.status = 'ACTIVE')`;

export type MenteeSide = {
  weights: unknown;
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
export async function loadMenteeSide(
  db: Tx,
  program: Program,
  filters: BoardFilters & { q: string },
  page: { after: MenteeCursor | null; before: MenteeCursor | null; size: number },
  mentee: string,
): Promise<MenteeSide> {
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
  const everyone = Prisma.sql`a."programId" = ${program.id}
    AND ((a.role = 'MENTEE' AND a.state = 'APPROVED') OR (a.role = 'MENTOR' AND a.state IN ('APPROVED', 'MATCHED')))`;
  // The filters' values: what anyone on the board answered, read in one pass over the program's applicants.
  const rows = await db.$queryRaw<MenteeSide[]>`
    WITH f AS MATERIALIZED (SELECT a.topics, a.languages, a."timeZone" FROM "Application" a WHERE ${everyone})
    SELECT p."matchingWeights" AS weights,
      (SELECT count(*)::int FROM "Pairing" WHERE "programId" = p.id AND state = 'ACTIVE') AS "activePairings",
      (SELECT count(*)::int FROM "Application"
        WHERE "programId" = p.id AND role = 'MENTEE' AND state = 'WAITLISTED') AS waitlisted,
      (SELECT count(*)::int FROM "Application" a WHERE ${waitingMentee(program)}) AS waiting,
      json_build_object(
        'topics', (SELECT array_agg(DISTINCT btrim(x) ORDER BY btrim(x)) FROM f, unnest(f.topics) x),
        'languages', (SELECT array_agg(DISTINCT btrim(x) ORDER BY btrim(x)) FROM f, unnest(f.languages) x),
        'timeZones', (SELECT array_agg(DISTINCT f."timeZone" ORDER BY f."timeZone") FROM f
                      WHERE f."timeZone" IS NOT NULL)
      ) AS facets,
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
    FROM "Program" p WHERE p.id = ${program.id}`;
  const side = rows[0]!;
  if (backwards) side.page.reverse();
  return side;
}

export type MentorSideRows = { rows: MentorRow[]; open: number; places: number; openShown: number };

/**
 * The mentors' side. Without a chosen mentee: a page of the list, most places first, after a cursor. With one:
 * every mentor the filters keep (their places and free text, for ranking on the server), answers included for the
 * comparison. Either way the program's open mentors and places, and how many open ones the filters keep.
 */
export async function loadMentorSide(
  db: Tx,
  program: Program,
  filters: BoardFilters & { q: string },
  mode: { rank: true } | { rank: false; after: MentorCursor | null; size: number },
): Promise<MentorSideRows> {
  const keep = filterSql("b", filters, { column: "b.name", q: filters.q });
  // "Hidden by the filters" counts what the topic, language and time zone hide, not the name search.
  const narrowed = filterSql("b", filters, { column: "b.name", q: "" });
  const page = mode.rank
    ? Prisma.sql`${keep} ORDER BY b.remaining DESC, b.name, b.id`
    : Prisma.sql`${keep} AND ${
        mode.after
          ? Prisma.sql`(-b.remaining, b.name, b.id) > (${-mode.after.remaining}, ${mode.after.name}, ${mode.after.id})`
          : Prisma.sql`TRUE`
      } ORDER BY b.remaining DESC, b.name, b.id LIMIT ${mode.size + 1}`;
  const rows = await db.$queryRaw<(MentorRow & { open: number; places: number; openShown: number })[]>`
    WITH b AS (
      SELECT a.id, a."userId", u.name, u.image, u."photoVersion", a.topics, a.languages, a."timeZone", a.cadence,
        (extract(epoch FROM a."decidedAt") * 1000)::bigint AS "decidedAt",
        ${mode.rank ? Prisma.sql`a.answers` : Prisma.sql`NULL::jsonb`} AS answers, ${textOf} AS text,
        COALESCE(a.capacity, ${program.defaultMentorCapacity}) AS capacity, x.active,
        GREATEST(0, COALESCE(a.capacity, ${program.defaultMentorCapacity}) - x.active) AS remaining
      FROM "Application" a
      JOIN "User" u ON u.id = a."userId"
      CROSS JOIN LATERAL (SELECT count(*)::int AS active FROM "Pairing" p
        WHERE p."mentorApplicationId" = a.id AND p.state = 'ACTIVE') x
      WHERE a."programId" = ${program.id} AND a.role = 'MENTOR' AND a.state IN ('APPROVED', 'MATCHED')
        AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."groupId" = ${program.groupId} AND m."userId" = a."userId"
          AND m.status = 'ACTIVE')
    )
    SELECT r.*, t.* FROM (
      SELECT (SELECT count(*)::int FROM b WHERE remaining > 0) AS open,
        (SELECT COALESCE(sum(remaining), 0)::int FROM b) AS places,
        (SELECT count(*)::int FROM b WHERE remaining > 0 AND ${narrowed}) AS "openShown"
    ) t
    LEFT JOIN LATERAL (SELECT b.* FROM b WHERE ${page}) r ON TRUE
    ORDER BY r.remaining DESC, r.name, r.id`;
  const first = rows[0];
  return {
    // With no mentor on the page, the one row carries the counts alone.
    rows: rows
      .filter((r) => r.id !== null)
      .map((r) => ({ ...r, decidedAt: r.decidedAt === null ? null : Number(r.decidedAt) })),
    open: first?.open ?? 0,
    places: first?.places ?? 0,
    openShown: first?.openShown ?? 0,
  };
}
