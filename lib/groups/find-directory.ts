import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { ZDirectoryQuery } from "./schemas";
import type { GroupSummaryDto } from "./dto";

// Must equal the expression of the "Group_search_idx" index (migration 20261128004000_group_search).
const DOCUMENT = Prisma.sql`(setweight(to_tsvector('simple', g."name"), 'A') || setweight(to_tsvector('simple', g."description"), 'B'))`;

/** "soap mak" → "soap:* & mak:*": every word must match, each as a prefix (search as you type). */
export function toPrefixQuery(q: string | undefined): string | null {
  const words = (q ?? "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length
    ? words
        .slice(0, 8)
        .map((w) => `${w}:*`)
        .join(" & ")
    : null;
}

type Cursor = { k: number | string; id: string };

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Cursor;
    return (typeof c.k === "number" || typeof c.k === "string") && typeof c.id === "string" ? c : null;
  } catch {
    return null;
  }
}

type Row = GroupSummaryDto & { rank: number; createdAt: Date };

/**
 * The directory: VISIBLE, not archived groups, searched by name and description, sorted by relevance, size or
 * age, paginated by a keyset cursor (stable while groups are added). HIDDEN groups never appear here. The size is
 * the group's maintained counter (a trigger on memberships), so listing never counts members.
 */
export async function findDirectory(raw: unknown): Promise<{ groups: GroupSummaryDto[]; nextCursor: string | null }> {
  const query = ZDirectoryQuery.parse(raw);
  const tsquery = toPrefixQuery(query.q);
  const sort = query.sort === "relevance" && !tsquery ? "size" : query.sort;
  const cursor = decodeCursor(query.cursor);

  const match = tsquery ? Prisma.sql`AND ${DOCUMENT} @@ to_tsquery('simple', ${tsquery})` : Prisma.empty;
  const rank = tsquery
    ? Prisma.sql`ts_rank(${DOCUMENT}, to_tsquery('simple', ${tsquery}))::float8`
    : Prisma.sql`0::float8`;
  const key =
    sort === "relevance" ? Prisma.sql`rank` : sort === "size" ? Prisma.sql`"memberCount"` : Prisma.sql`"createdAt"`;
  const after = cursor
    ? sort === "newest"
      ? Prisma.sql`WHERE ("createdAt" < ${new Date(String(cursor.k))} OR ("createdAt" = ${new Date(String(cursor.k))} AND id > ${cursor.id}))`
      : Prisma.sql`WHERE (${key} < ${Number(cursor.k)} OR (${key} = ${Number(cursor.k)} AND id > ${cursor.id}))`
    : Prisma.empty;

  const rows = await db.$queryRaw<Row[]>`
    WITH candidates AS (
      SELECT g.id, g.slug, g.name, g.description, g."coverColor", g.privacy::text AS privacy, g.visibility::text AS visibility,
             g."createdAt", ${rank} AS rank,
             g."memberCount"
      FROM "Group" g
      WHERE g.visibility = 'VISIBLE' AND g."archivedAt" IS NULL ${match}
    )
    SELECT * FROM candidates ${after}
    ORDER BY ${key} DESC, id ASC
    LIMIT ${query.limit + 1}`;

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({
          k: sort === "relevance" ? last.rank : sort === "size" ? last.memberCount : last.createdAt.toISOString(),
          id: last.id,
        })
      : null;
  return {
    groups: page.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      description: r.description,
      coverColor: r.coverColor,
      privacy: r.privacy,
      visibility: r.visibility,
      memberCount: r.memberCount,
    })),
    nextCursor,
  };
}
