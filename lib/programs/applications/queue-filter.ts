import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { ApplicationsQuery } from "../schemas";

/**
 * The review queue's view as a filter: a program's submitted applications (never drafts) by role, state, topic,
 * language, time zone and a text search over the applicant's name and answers. The queue's pages and "Decide and
 * next" use the same one, so "next" is the next row the admin would have seen.
 */
export async function queueFilter(
  programId: string,
  query: Omit<ApplicationsQuery, "cursor">,
): Promise<Prisma.ApplicationWhereInput> {
  let matchingIds: string[] | null = null;
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // The applicant's name, or any answer's text (JSON keys and question ids are not text anyone wrote).
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT a.id FROM "Application" a JOIN "User" u ON u.id = a."userId"
      WHERE a."programId" = ${programId} AND a.state <> 'DRAFT'
        AND (u.name ILIKE ${pattern} OR EXISTS (
          SELECT 1 FROM jsonb_path_query(a.answers, 'strict $.**') v
          WHERE jsonb_typeof(v) = 'string' AND v #>> '{}' ILIKE ${pattern}))`;
    matchingIds = rows.map((r) => r.id);
  }
  return {
    programId,
    state: query.state ?? { not: "DRAFT" },
    ...(query.role ? { role: query.role } : {}),
    ...(query.topic ? { topics: { has: query.topic } } : {}),
    ...(query.language ? { languages: { has: query.language } } : {}),
    ...(query.timeZone ? { timeZone: query.timeZone } : {}),
    ...(matchingIds ? { id: { in: matchingIds } } : {}),
  };
}
