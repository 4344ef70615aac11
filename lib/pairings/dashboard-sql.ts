import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { DashboardQuery } from "./schemas";

/**
 * The dashboard's pairs list in SQL (issue 18): filtered, sorted and paged in the database, so a program of 5,000
 * pairs sends one page, not every pair with its check-ins. The sort keys are columns the database keeps (migration
 * 20261207213500, decision 026): `stepsDone` says in SQL what `progressOf` says in TypeScript (a step is done when
 * both partners checked in on it; a retired step does not count), `averageRating` is the check-ins' average to one
 * decimal (0 while there is none, so it sorts lowest), `activityAt` is the later of the pairing's and its thread's
 * last activity, `mentorKey`/`menteeKey` the names in lower case. Each has a (programId, key, id) index: a page is
 * 25 entries of it, forwards or backwards.
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
  stepsDone: number;
  averageRating: number | null;
  mentor: string;
  mentee: string;
  mentorTimeZone: string;
  menteeTimeZone: string;
  checkIns: { stepId: string; userId: string }[];
  lastNudgedAt: Date | null;
  /** The sort key, for the CSV's keyset cursor. */
  k: Date | number | string;
  /** The row's place in its page. */
  i: bigint;
};

type Sort = DashboardQuery["sort"];

/** Each sort's key (over the pairing `p`), and the SQL type a cursor's key is read back as. */
const KEYS: Record<Sort, { key: Prisma.Sql; type: Prisma.Sql }> = {
  lastActivity: { key: Prisma.sql`p."activityAt"`, type: Prisma.sql`timestamp` },
  started: { key: Prisma.sql`p."startedAt"`, type: Prisma.sql`timestamp` },
  progress: { key: Prisma.sql`p."stepsDone"`, type: Prisma.sql`int` },
  rating: { key: Prisma.sql`p."averageRating"`, type: Prisma.sql`float8` },
  mentor: { key: Prisma.sql`p."mentorKey"`, type: Prisma.sql`text` },
  mentee: { key: Prisma.sql`p."menteeKey"`, type: Prisma.sql`text` },
};

/** `%`, `_` and `\` in a search are letters, not patterns. */
const likeEscape = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The pairs of a program the filters keep (over `p`); a search reads the names' keys the pairing keeps. */
function where(programId: string, query: DashboardQuery): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`p."programId" = ${programId}`];
  if (query.state) where.push(Prisma.sql`p.state = ${query.state}::"PairingState"`);
  if (query.stalled === true) where.push(Prisma.sql`p.state = 'ACTIVE' AND p."stalledAt" IS NOT NULL`);
  if (query.stalled === false) where.push(Prisma.sql`NOT (p.state = 'ACTIVE' AND p."stalledAt" IS NOT NULL)`);
  if (query.q) {
    const like = `%${likeEscape(query.q)}%`;
    // The keys are in lower case already: LIKE on them reads as ILIKE on the names, at a fraction of the cost.
    where.push(Prisma.sql`(p."mentorKey" LIKE lower(${like}) OR p."menteeKey" LIKE lower(${like}))`);
  }
  return Prisma.join(where, " AND ");
}

/**
 * How many pairs the view keeps: without a search, summed from the program's tally (a few rows, whatever its
 * size); a search counts the pairs whose names match.
 */
function totalSql(programId: string, query: DashboardQuery): Prisma.Sql {
  if (query.q) return Prisma.sql`SELECT count(*)::int FROM "Pairing" p WHERE ${where(programId, query)}`;
  const tally: Prisma.Sql[] = [Prisma.sql`t."programId" = ${programId}`];
  if (query.state) tally.push(Prisma.sql`t.state = ${query.state}::"PairingState"`);
  if (query.stalled === true) tally.push(Prisma.sql`t.stalled`);
  if (query.stalled === false) tally.push(Prisma.sql`NOT t.stalled`);
  return Prisma.sql`SELECT COALESCE(sum(t.pairs), 0)::int FROM "PairingTally" t WHERE ${Prisma.join(tally, " AND ")}`;
}

/** The order: the key in the view's direction, ties by id in the same direction (so an index serves both). */
const order = (query: DashboardQuery, k: Prisma.Sql = Prisma.sql`k`) =>
  query.dir === "asc" ? Prisma.sql`ORDER BY ${k} ASC, id ASC` : Prisma.sql`ORDER BY ${k} DESC, id DESC`;

/** The pairs the view keeps with their sort key, in its order: `LIMIT`/`OFFSET` or a cursor go after it. */
const ordered = (programId: string, query: DashboardQuery, past: Prisma.Sql = Prisma.sql`true`) => Prisma.sql`
  SELECT f.id, f.k, row_number() OVER (${order(query, Prisma.sql`f.k`)}) AS i FROM (
    SELECT p.id, ${KEYS[query.sort].key} AS k FROM "Pairing" p WHERE ${where(programId, query)}
  ) f WHERE ${past}`;

/** One page's pairs with what their rows show: names and zones, check-ins (for the current step), the last nudge. */
const hydrate = (page: Prisma.Sql) => Prisma.sql`
  SELECT pg.k, pg.i, p.id, p.state::text AS state, p."mentorId", p."menteeId", p."startedAt", p."stalledAt",
    p."activityAt" AS "lastActivityAt", p."stepsDone", NULLIF(p."averageRating", 0) AS "averageRating",
    mu.name AS mentor, mu."timeZone" AS "mentorTimeZone", me.name AS mentee, me."timeZone" AS "menteeTimeZone",
    (SELECT COALESCE(json_agg(json_build_object('stepId', c."stepId", 'userId', c."userId")), '[]')
       FROM "CheckIn" c WHERE c."pairingId" = p.id) AS "checkIns",
    (SELECT max(n."sentAt") FROM "ReminderDelivery" n WHERE n.kind = 'nudge' AND n."pairingId" = p.id)
      AS "lastNudgedAt"
  FROM (${page}) pg
  JOIN "Pairing" p ON p.id = pg.id
  JOIN "User" mu ON mu.id = p."mentorId"
  JOIN "User" me ON me.id = p."menteeId"`;

/**
 * One page by number (the dashboard's page links), and how many pairs the view keeps (`total`, on every row; a
 * lone row with a null id when the page is empty). The offset is a constant, so the planner reads the first
 * entries of the sort's index; a page past the last comes back empty with the total, and the loader reads the
 * last page instead (a pair ended or a filter narrowed since the link was made).
 */
export function pageSql(
  programId: string,
  query: DashboardQuery,
  size: number,
  /** A value to send once, on the first row (the dashboard's figures: one statement for the whole dashboard). */
  once: Prisma.Sql = Prisma.sql`NULL::json`,
): Prisma.Sql {
  const offset = (query.page - 1) * size;
  return Prisma.sql`
    WITH page AS (${ordered(programId, query)} ${order(query, Prisma.sql`f.k`)} LIMIT ${size} OFFSET ${offset})
    SELECT CASE WHEN row_number() OVER (ORDER BY rows.i) = 1 THEN (${once}) END AS once,
      (${totalSql(programId, query)}) AS total, rows.* FROM (SELECT 1) one
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
      ? Prisma.sql`(f.k, f.id) > (${after.k}::${type}, ${after.id})`
      : Prisma.sql`(f.k, f.id) < (${after.k}::${type}, ${after.id})`;
  return Prisma.sql`${hydrate(Prisma.sql`${ordered(programId, query, past)} ${order(query, Prisma.sql`f.k`)} LIMIT ${size}`)}
    ORDER BY pg.i`;
}

/**
 * Every figure above and beside the pairs list, as one JSON value (see `Summary` in get-dashboard.ts): the pairs'
 * figures and the weeks read from what the database keeps (`PairingTally`, `CheckInWeek`, `Program.matchedMentees`:
 * a few rows whatever the program's size), the applications counted over an index of the program's.
 */
export function summarySql(programId: string, since: Date, comments: number): Prisma.Sql {
  return Prisma.sql`
    SELECT json_build_object(
      'applications', (SELECT COALESCE(json_agg(json_build_array(a.role, a.state, a.n)), '[]') FROM (
          SELECT role, state, count(*)::int AS n FROM "Application"
          WHERE "programId" = ${programId} AND state <> 'DRAFT' GROUP BY 1, 2) a),
      'approved', (SELECT count(*)::int FROM "Application" a
          WHERE a."programId" = ${programId} AND a.role = 'MENTEE'
            AND (a.state IN ('APPROVED', 'MATCHED')
              OR EXISTS (SELECT 1 FROM "Pairing" x WHERE x."menteeApplicationId" = a.id))),
      'pairs', (SELECT json_build_object(
            'matched', (SELECT pr."matchedMentees" FROM "Program" pr WHERE pr.id = ${programId}),
            'active', COALESCE(sum(t.pairs) FILTER (WHERE t.state = 'ACTIVE'), 0),
            'completed', COALESCE(sum(t.pairs) FILTER (WHERE t.state = 'COMPLETED'), 0),
            'ended', COALESCE(sum(t.pairs) FILTER (WHERE t.state = 'ENDED'), 0),
            'stalled', COALESCE(sum(t.pairs) FILTER (WHERE t.stalled), 0))
          FROM "PairingTally" t WHERE t."programId" = ${programId}),
      'done', (SELECT COALESCE(json_agg(json_build_array(d.done, d.n) ORDER BY d.done), '[]') FROM (
          SELECT t."stepsDone" AS done, sum(t.pairs)::int AS n FROM "PairingTally" t
          WHERE t."programId" = ${programId} AND t.state = 'ACTIVE'
          GROUP BY 1 HAVING sum(t.pairs) > 0) d),
      'weeks', (SELECT COALESCE(json_agg(json_build_array(to_char(w.week, 'YYYY-MM-DD'), w."checkIns", w."ratingSum")),
            '[]')
          FROM "CheckInWeek" w WHERE w."programId" = ${programId} AND w.week >= ${since}::date AND w."checkIns" > 0),
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
