import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { DashboardQuery } from "./schemas";

/**
 * The dashboard's pairs list in SQL (issue 18): filtered, sorted and paged in the database, so a program of 5,000
 * pairs sends one page, not every pair with its check-ins. The sort keys say in SQL what `progressOf` and the
 * DTO's `averageRating` say in TypeScript: a step is done when both the mentor and the mentee checked in on it (a
 * removed step does not count), the rating is the check-ins' average to one decimal, and the last activity is the
 * later of the pairing's and its thread's.
 */

/** A row of one page: the pair's own columns, the names, and its check-ins (at most two per step: bounded). */
export type PairRow = {
  id: string;
  state: "ACTIVE" | "COMPLETED" | "ENDED";
  mentorId: string;
  menteeId: string;
  startedAt: Date;
  lastActivityAt: Date;
  stalledAt: Date | null;
  mentor: string;
  mentee: string;
  mentorTimeZone: string;
  menteeTimeZone: string;
  checkIns: { stepId: string; userId: string; rating: number }[];
  lastNudgedAt: Date | null;
  /** The sort key, for the CSV's keyset cursor. */
  k: Date | number | string;
  /** The row's place in its page. */
  i: bigint;
};

type Sort = DashboardQuery["sort"];

/** Each sort's key (over the columns `filtered` reads), and the SQL type a cursor's key is read back as. */
const KEYS: Record<Sort, { key: Prisma.Sql; type: Prisma.Sql }> = {
  lastActivity: { key: Prisma.sql`f0.la`, type: Prisma.sql`timestamp` },
  started: { key: Prisma.sql`f0."startedAt"`, type: Prisma.sql`timestamp` },
  mentor: { key: Prisma.sql`lower(f0.mentor)`, type: Prisma.sql`text` },
  mentee: { key: Prisma.sql`lower(f0.mentee)`, type: Prisma.sql`text` },
  progress: { key: Prisma.sql`COALESCE(d.done, 0)`, type: Prisma.sql`int` },
  rating: { key: Prisma.sql`COALESCE(r.rating, -1)`, type: Prisma.sql`float8` },
};

/**
 * Steps done per pair, for the pairs of a program that have any (one grouped pass over their check-ins): a step is
 * done when both the mentor and the mentee checked in on it, and a removed step does not count (`progressOf`).
 */
function donePerPair(programId: string, state?: "ACTIVE"): Prisma.Sql {
  return Prisma.sql`
    SELECT x."pairingId", count(*)::int AS done FROM (
      SELECT c."pairingId", c."stepId"
      FROM "CheckIn" c
      JOIN "Pairing" cp ON cp.id = c."pairingId" AND cp."programId" = ${programId}
        ${state ? Prisma.sql`AND cp.state = 'ACTIVE'` : Prisma.empty}
      JOIN "ProgramStep" s ON s.id = c."stepId" AND s."removedAt" IS NULL
      WHERE c."userId" IN (cp."mentorId", cp."menteeId")
      GROUP BY 1, 2 HAVING count(DISTINCT c."userId") = 2
    ) x GROUP BY 1`;
}

/** `%`, `_` and `\` in a search are letters, not patterns. */
const likeEscape = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The pairs of a program the filters keep, with their sort key; reads only what the filters and the sort need. The
 * names are looked up per pair by primary key (a join would hash the whole users table for a program's pairs).
 */
function filtered(programId: string, query: DashboardQuery): Prisma.Sql {
  const names = Boolean(query.q) || query.sort === "mentor" || query.sort === "mentee";
  const where: Prisma.Sql[] = [Prisma.sql`p."programId" = ${programId}`];
  if (query.state) where.push(Prisma.sql`p.state = ${query.state}::"PairingState"`);
  if (query.stalled === true) where.push(Prisma.sql`p.state = 'ACTIVE' AND p."stalledAt" IS NOT NULL`);
  if (query.stalled === false) where.push(Prisma.sql`NOT (p.state = 'ACTIVE' AND p."stalledAt" IS NOT NULL)`);
  const like = query.q ? `%${likeEscape(query.q)}%` : null;
  // Only the sorts by progress and rating need every pair's check-ins (one grouped pass over the program's).
  const done =
    query.sort === "progress"
      ? Prisma.sql`LEFT JOIN (${donePerPair(programId)}) d ON d."pairingId" = f0.id`
      : Prisma.empty;
  const rating =
    query.sort === "rating"
      ? Prisma.sql`LEFT JOIN (
          SELECT c."pairingId", round(avg(c.rating), 1)::float8 AS rating
          FROM "CheckIn" c JOIN "Pairing" cp ON cp.id = c."pairingId" AND cp."programId" = ${programId}
          GROUP BY 1
        ) r ON r."pairingId" = f0.id`
      : Prisma.empty;
  const lastActivity = query.sort === "lastActivity";
  const nameColumns = names
    ? Prisma.sql`, (SELECT u.name FROM "User" u WHERE u.id = p."mentorId") AS mentor,
        (SELECT u.name FROM "User" u WHERE u.id = p."menteeId") AS mentee`
    : Prisma.empty;
  return Prisma.sql`
    SELECT f0.id, ${KEYS[query.sort].key} AS k
    FROM (
      SELECT p.id, p."startedAt" ${lastActivity ? Prisma.sql`, GREATEST(p."lastActivityAt", t."lastMessageAt") AS la` : Prisma.empty}
        ${nameColumns}
      FROM "Pairing" p ${lastActivity ? Prisma.sql`LEFT JOIN "Thread" t ON t."pairingId" = p.id` : Prisma.empty}
      WHERE ${Prisma.join(where, " AND ")}
    ) f0
    ${done} ${rating}
    ${like ? Prisma.sql`WHERE f0.mentor ILIKE ${like} OR f0.mentee ILIKE ${like}` : Prisma.empty}`;
}

/** The order: the key in the view's direction, ties by id (so every pair has one place, page after page). */
const order = (query: DashboardQuery) =>
  query.dir === "asc" ? Prisma.sql`ORDER BY f.k ASC, f.id ASC` : Prisma.sql`ORDER BY f.k DESC, f.id ASC`;

/** One page's pairs with what their rows show: names and zones, check-ins (for progress), the last nudge. */
const hydrate = (page: Prisma.Sql) => Prisma.sql`
  SELECT pg.k, pg.i, p.id, p.state::text AS state, p."mentorId", p."menteeId", p."startedAt", p."stalledAt",
    GREATEST(p."lastActivityAt", t."lastMessageAt") AS "lastActivityAt",
    mu.name AS mentor, mu."timeZone" AS "mentorTimeZone", me.name AS mentee, me."timeZone" AS "menteeTimeZone",
    (SELECT COALESCE(json_agg(json_build_object('stepId', c."stepId", 'userId', c."userId", 'rating', c.rating)), '[]')
       FROM "CheckIn" c WHERE c."pairingId" = p.id) AS "checkIns",
    (SELECT max(n."sentAt") FROM "ReminderDelivery" n WHERE n.kind = 'nudge' AND n."pairingId" = p.id)
      AS "lastNudgedAt"
  FROM (${page}) pg
  JOIN "Pairing" p ON p.id = pg.id
  JOIN "User" mu ON mu.id = p."mentorId"
  JOIN "User" me ON me.id = p."menteeId"
  LEFT JOIN "Thread" t ON t."pairingId" = p.id
  ORDER BY pg.i`;

/**
 * One page by number (the dashboard's page links), and how many pairs the filters keep. A page past the last is
 * read as the last (a pair ended or a filter narrowed since the link was made), so the total tells which it was.
 */
export function pageSql(programId: string, query: DashboardQuery, size: number): Prisma.Sql {
  const offset = (query.page - 1) * size;
  return Prisma.sql`
    WITH f AS MATERIALIZED (${filtered(programId, query)}),
      total AS (SELECT count(*)::int AS n FROM f),
      page AS (
        SELECT f.id, f.k, row_number() OVER (${order(query)}) AS i FROM f ${order(query)}
        LIMIT ${size}
        OFFSET LEAST(${offset}::int, GREATEST(((SELECT n FROM total) - 1) / ${size}::int * ${size}::int, 0))
      )
    SELECT total.n AS total, rows.* FROM total
    LEFT JOIN LATERAL (${hydrate(Prisma.sql`SELECT id, k, i FROM page`)}) rows ON true
    ORDER BY rows.i`;
}

/** A batch after a cursor (the CSV's keyset over the same order): every pair exactly once, however many. */
export function batchSql(
  programId: string,
  query: DashboardQuery,
  size: number,
  after: { k: PairRow["k"]; id: string } | null,
): Prisma.Sql {
  const { type } = KEYS[query.sort];
  const past = !after
    ? Prisma.sql`true`
    : query.dir === "asc"
      ? Prisma.sql`(f.k > ${after.k}::${type} OR (f.k = ${after.k}::${type} AND f.id > ${after.id}))`
      : Prisma.sql`(f.k < ${after.k}::${type} OR (f.k = ${after.k}::${type} AND f.id > ${after.id}))`;
  return hydrate(Prisma.sql`
    SELECT f.id, f.k, row_number() OVER (${order(query)}) AS i
    FROM (${filtered(programId, query)}) f WHERE ${past} ${order(query)} LIMIT ${size}`);
}

/**
 * Every figure above and beside the pairs list in one statement of aggregates (see `readSummary`): counted in SQL
 * over every pair of the program, never from loaded rows.
 */
export function summarySql(programId: string, since: Date, comments: number): Prisma.Sql {
  return Prisma.sql`
    SELECT json_build_object(
      'applications', (SELECT COALESCE(json_agg(json_build_array(a.role, a.state, a.n)), '[]') FROM (
          SELECT role, state, count(*)::int AS n FROM "Application"
          WHERE "programId" = ${programId} AND state <> 'DRAFT' GROUP BY 1, 2) a),
      'approved', (SELECT count(*)::int FROM "Application" a
          WHERE a."programId" = ${programId} AND a.role = 'MENTEE'
            AND (a.state IN ('APPROVED', 'MATCHED') OR a.id IN (
              SELECT x."menteeApplicationId" FROM "Pairing" x WHERE x."programId" = ${programId}))),
      'pairs', (SELECT json_build_object(
            'matched', count(DISTINCT "menteeApplicationId"),
            'active', count(*) FILTER (WHERE state = 'ACTIVE'),
            'completed', count(*) FILTER (WHERE state = 'COMPLETED'),
            'ended', count(*) FILTER (WHERE state = 'ENDED'),
            'stalled', count(*) FILTER (WHERE state = 'ACTIVE' AND "stalledAt" IS NOT NULL))
          FROM "Pairing" WHERE "programId" = ${programId}),
      'done', (SELECT COALESCE(json_agg(json_build_array(d.done, d.n) ORDER BY d.done), '[]') FROM (
          SELECT COALESCE(pp.done, 0) AS done, count(*)::int AS n
          FROM "Pairing" p LEFT JOIN (${donePerPair(programId, "ACTIVE")}) pp ON pp."pairingId" = p.id
          WHERE p."programId" = ${programId} AND p.state = 'ACTIVE'
          GROUP BY 1) d),
      'weeks', (SELECT COALESCE(json_agg(json_build_array(w.week, w.n, w.sum)), '[]') FROM (
          SELECT to_char(date_trunc('week', c."createdAt"), 'YYYY-MM-DD') AS week, count(*)::int AS n,
            sum(c.rating)::int AS sum
          FROM "CheckIn" c JOIN "Pairing" p ON p.id = c."pairingId"
          WHERE p."programId" = ${programId} AND c."createdAt" >= ${since} GROUP BY 1) w),
      'feedback', (SELECT json_build_object('n', count(*), 'sum', sum(f.rating),
            'promoters', count(*) FILTER (WHERE f.recommend >= 9),
            'detractors', count(*) FILTER (WHERE f.recommend <= 6),
            'comments', count(*) FILTER (WHERE f.comment <> ''))
          FROM "Feedback" f JOIN "Pairing" p ON p.id = f."pairingId" WHERE p."programId" = ${programId}),
      'comments', (SELECT COALESCE(json_agg(json_build_object('comment', x.comment, 'rating', x.rating,
            'recommend', x.recommend, 'author', x.author, 'at', x.at) ORDER BY x.at DESC), '[]') FROM (
          SELECT f.comment, f.rating, f.recommend, CASE WHEN f.anonymous THEN NULL ELSE u.name END AS author,
            to_char(f."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
          FROM "Feedback" f JOIN "Pairing" p ON p.id = f."pairingId" JOIN "User" u ON u.id = f."userId"
          WHERE p."programId" = ${programId} AND f.comment <> ''
          ORDER BY f."createdAt" DESC LIMIT ${comments}) x),
      'steps', (SELECT COALESCE(json_agg(json_build_object('id', id, 'position', position, 'dueWeek', "dueWeek",
            'title', title)), '[]')
          FROM "ProgramStep" WHERE "programId" = ${programId} AND "removedAt" IS NULL)
    ) AS s`;
}
