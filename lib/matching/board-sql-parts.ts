import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { BoardFilters } from "./board-query";

// The pieces both sides of the matching board's one statement are written with (./board-sql: the mentees' side and
// the statement; ./board-mentors-sql: the mentors' side).

export type BoardProgram = { id: string; groupId: string; defaultMentorCapacity: number };

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
export function filterSql(t: string, f: BoardFilters, name: { column: string; q: string }): Prisma.Sql {
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

/**
 * The free-text answers (alias `a`) joined, in the questions' order: what the text signal reads and the list
 * previews. The program's text questions for the role are read once per statement (an uncorrelated ARRAY, which
 * PostgreSQL evaluates once), not once per row: a scan of the questions per mentor was most of the ranking's time.
 */
export const textOf = (programId: string, role: "MENTOR" | "MENTEE") => Prisma.sql`COALESCE((
  SELECT string_agg(a.answers->>x.id, E'\n' ORDER BY x.n)
  FROM unnest(ARRAY(SELECT q.id FROM "ApplicationQuestion" q WHERE q."programId" = ${programId}
    AND q.role = ${Prisma.raw(`'${role}'`)} AND q.kind IN ('SHORT_TEXT', 'LONG_TEXT') ORDER BY q.position, q.id))
    WITH ORDINALITY x(id, n)), '')`;

/**
 * Whether the row's person (alias `a`) is an active member of the group, probed per row through the
 * (groupId, userId) unique index. A scalar subquery, not EXISTS: EXISTS becomes a semi-join that reads all 20,000
 * memberships of a big group into a hash; the board only ever checks the few rows of a page (or a program's
 * mentors), walking an index in the page's order and stopping at the page's end.
 */
export const activeMember = (program: BoardProgram) => Prisma.sql`COALESCE((SELECT m.status = 'ACTIVE'
  FROM "Membership" m WHERE m."groupId" = ${program.groupId} AND m."userId" = a."userId"), FALSE)`;
