import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { iso, type CommentDto, type PostDto, type ReactionSummaryDto } from "./dto";
import type { ReactionKind } from "./schemas";
import { avatarPhoto } from "@/lib/photos/url";
import type { Cursor } from "./cursor";

/**
 * What the feed shows under each post: its first top-level comments (oldest first), each with its first replies.
 * The rest wait behind "View all N comments" (findComments, page by page), so a page of posts is bounded whatever
 * the number of comments: at most FEED_COMMENTS × (1 + FEED_REPLIES) comments per post.
 */
export const FEED_COMMENTS = 3;
export const FEED_REPLIES = 2;

type Viewer = { id: string } | null;

/** A post as one query returns it: author, counters and reactions ride along, so no query per post. */
export type PostRow = {
  id: string;
  authorId: string;
  authorName: string | null;
  authorPhotoVersion: string | null;
  body: string;
  status: PostDto["status"];
  pinnedAt: Date | null;
  removedReason: string | null;
  createdAt: Date;
  editedAt: Date | null;
  commentCount: number;
  reactions: Partial<Record<ReactionKind, number>> | null;
  mine: ReactionKind | null;
};

export type CommentRow = {
  id: string;
  postId: string;
  authorId: string;
  authorName: string;
  authorPhotoVersion: string | null;
  parentId: string | null;
  body: string;
  status: "PUBLISHED" | "REMOVED";
  removedReason: string | null;
  createdAt: Date;
  editedAt: Date | null;
  reactions: Partial<Record<ReactionKind, number>> | null;
  mine: ReactionKind | null;
};

/**
 * The columns of a post row over a relation `p` of posts. The comment total is the maintained counter (published
 * comments, see migration 20261207180000) plus the viewer's own that others do not see (removed ones, with the
 * reason): both read through indexes of this one post, never a count over the group.
 */
function postColumns(viewerId: string | null) {
  return Prisma.sql`
    p.id, p."authorId", u.name AS "authorName", u."photoVersion" AS "authorPhotoVersion", p.body, p.status::text AS status,
    p."pinnedAt", p."removedReason", p."createdAt", p."editedAt",
    p."commentCount" + CASE WHEN ${viewerId}::text IS NULL THEN 0 ELSE (
      SELECT count(*)::int FROM "Comment" oc
      WHERE oc."postId" = p.id AND oc."authorId" = ${viewerId}::text AND oc.status <> 'PUBLISHED'
    ) END AS "commentCount",
    (SELECT json_object_agg(k.kind, k.n) FROM (
       SELECT r.kind::text AS kind, count(*)::int AS n FROM "Reaction" r WHERE r."postId" = p.id GROUP BY r.kind
     ) k) AS reactions,
    (SELECT r.kind::text FROM "Reaction" r WHERE r."postId" = p.id AND r."userId" = ${viewerId}::text) AS mine`;
}

/** Posts by id (a post's own page, the API), in the given order. */
export async function fetchPostsById(client: Tx, ids: string[], viewer: Viewer): Promise<PostRow[]> {
  if (ids.length === 0) return [];
  const rows = await client.$queryRaw<PostRow[]>`
    SELECT ${postColumns(viewer?.id ?? null)}
    FROM "Post" p LEFT JOIN "User" u ON u.id = p."authorId"
    WHERE p.id = ANY(${ids}::text[])`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Where a row of fetchFeedPosts goes: the pinned posts, the page itself, or the moderators' approval queue. */
export type FeedSection = "pinned" | "page" | "pending";

/**
 * One page of a group's feed in ONE statement: its pinned posts first (first page only), then `limit + 1` posts
 * newest first after the cursor. "Published, or the viewer's own" is two index scans (published posts by the
 * group's index, the viewer's other posts by author) merged, because the OR of both cannot use either index.
 * With `pending` (a moderator's first page), the same statement also brings the oldest `pending` posts waiting for
 * approval and how many wait in all (`pendingTotal`, counted before the LIMIT), so the page's queue and its count
 * cost no statements of their own (issue 18: a moderator's feed was 8 statements).
 */
export function fetchFeedPosts(
  client: Tx,
  q: { groupId: string; viewer: Viewer; cursor: Cursor | null; limit: number; maxPinned: number; pending?: number },
): Promise<(PostRow & { section: FeedSection; pendingTotal: number | null })[]> {
  const viewerId = q.viewer?.id ?? null;
  const after = q.cursor
    ? Prisma.sql`AND (p."createdAt" < ${q.cursor.createdAt} OR (p."createdAt" = ${q.cursor.createdAt} AND p.id < ${q.cursor.id}))`
    : Prisma.empty;
  const take = q.limit + 1;
  const own = viewerId
    ? Prisma.sql`
      UNION ALL
      (SELECT p.* FROM "Post" p
       WHERE p."authorId" = ${viewerId} AND p."groupId" = ${q.groupId} AND p.status <> 'PUBLISHED' AND p."pinnedAt" IS NULL ${after}
       ORDER BY p."createdAt" DESC, p.id DESC LIMIT ${take})`
    : Prisma.empty;
  const pinned = q.cursor
    ? Prisma.empty
    : Prisma.sql`
      (SELECT p.*, 'pinned' AS section, NULL::int AS "pendingTotal" FROM "Post" p
       WHERE p."groupId" = ${q.groupId} AND p.status = 'PUBLISHED' AND p."pinnedAt" IS NOT NULL
       ORDER BY p."pinnedAt" DESC, p.id DESC LIMIT ${q.maxPinned})
      UNION ALL`;
  const pending = q.pending
    ? Prisma.sql`
      UNION ALL
      (SELECT p.*, 'pending' AS section, (count(*) OVER ())::int AS "pendingTotal" FROM "Post" p
       WHERE p."groupId" = ${q.groupId} AND p.status = 'PENDING_APPROVAL'
       ORDER BY p."createdAt", p.id LIMIT ${q.pending})`
    : Prisma.empty;
  return client.$queryRaw`
    WITH page AS (
      SELECT * FROM (
        (SELECT p.* FROM "Post" p
         WHERE p."groupId" = ${q.groupId} AND p.status = 'PUBLISHED' AND p."pinnedAt" IS NULL ${after}
         ORDER BY p."createdAt" DESC, p.id DESC LIMIT ${take})
        ${own}
      ) merged
      ORDER BY "createdAt" DESC, id DESC LIMIT ${take}
    ), rows AS (
      ${pinned}
      SELECT *, 'page' AS section, NULL::int AS "pendingTotal" FROM page
      ${pending}
    )
    SELECT ${postColumns(viewerId)}, p.section, p."pendingTotal"
    FROM rows p LEFT JOIN "User" u ON u.id = p."authorId"
    ORDER BY p.section = 'pinned' DESC, p.section = 'pending' DESC,
      CASE WHEN p.section = 'pending' THEN p."createdAt" END, CASE WHEN p.section = 'pending' THEN p.id END,
      p."pinnedAt" DESC NULLS LAST, p."createdAt" DESC, p.id DESC`;
}

/**
 * Comments of many posts in ONE statement: per post, the first `top` visible top-level comments after `after`
 * (a LATERAL … LIMIT over the (postId, createdAt, id) index), each with its first `replies` visible replies (over
 * (parentId, createdAt, id)). Visible: published, or the viewer's own (removed ones show their author why); a reply
 * shows only under a visible parent, which a top-level comment here is. Each with its author and reactions.
 */
export function fetchComments(
  client: Tx,
  postIds: string[],
  viewer: Viewer,
  q: { top: number; replies: number; after?: Cursor | null },
): Promise<CommentRow[]> {
  if (postIds.length === 0) return Promise.resolve([]);
  const viewerId = viewer?.id ?? null;
  const after = q.after
    ? Prisma.sql`AND (t."createdAt" > ${q.after.createdAt} OR (t."createdAt" = ${q.after.createdAt} AND t.id > ${q.after.id}))`
    : Prisma.empty;
  return client.$queryRaw<CommentRow[]>`
    SELECT c.id, c."postId", c."authorId", u.name AS "authorName", u."photoVersion" AS "authorPhotoVersion", c."parentId",
           c.body, c.status::text AS status, c."removedReason", c."createdAt", c."editedAt",
           (SELECT json_object_agg(k.kind, k.n) FROM (
              SELECT r.kind::text AS kind, count(*)::int AS n FROM "Reaction" r WHERE r."commentId" = c.id GROUP BY r.kind
            ) k) AS reactions,
           (SELECT r.kind::text FROM "Reaction" r WHERE r."commentId" = c.id AND r."userId" = ${viewerId}::text) AS mine
    FROM unnest(${postIds}::text[]) AS post(id)
    CROSS JOIN LATERAL (
      SELECT t.* FROM "Comment" t
      WHERE t."postId" = post.id AND t."parentId" IS NULL AND (t.status = 'PUBLISHED' OR t."authorId" = ${viewerId}::text) ${after}
      ORDER BY t."createdAt", t.id
      LIMIT ${q.top}
    ) top
    CROSS JOIN LATERAL (
      SELECT top.*
      UNION ALL
      (SELECT r.* FROM "Comment" r
       WHERE r."parentId" = top.id AND (r.status = 'PUBLISHED' OR r."authorId" = ${viewerId}::text)
       ORDER BY r."createdAt", r.id
       LIMIT ${q.replies})
    ) c
    JOIN "User" u ON u.id = c."authorId"
    ORDER BY top."createdAt", top.id, c."parentId" NULLS FIRST, c."createdAt", c.id`;
}

function summary(counts: Partial<Record<ReactionKind, number>> | null, mine: ReactionKind | null): ReactionSummaryDto {
  const c = counts ?? {};
  return { counts: c, total: Object.values(c).reduce((n, v) => n + (v ?? 0), 0), mine };
}

/** Turns post rows and their comment rows into DTOs: pure, no query. */
export function hydratePosts(
  rows: PostRow[],
  comments: CommentRow[],
  viewer: Viewer,
  options: { moderator: boolean },
): PostDto[] {
  const threads = threadComments(comments, viewer, options.moderator);
  return rows.map((p) => {
    const own = viewer?.id === p.authorId;
    const thread = threads.get(p.id);
    const shown = thread?.shown ?? 0;
    return {
      id: p.id,
      body: p.body,
      author: authorDto(p.authorId, p.authorName, p.authorPhotoVersion),
      status: p.status,
      removedReason: p.status === "REMOVED" && (own || options.moderator) ? p.removedReason : null,
      pinned: p.pinnedAt !== null,
      createdAt: p.createdAt.toISOString(),
      editedAt: iso(p.editedAt),
      own,
      reactions: summary(p.reactions, p.mine),
      // Never fewer than are on screen (a reply of one's own under a removed parent is not in the counter).
      commentCount: Math.max(p.commentCount, shown),
      comments: thread?.comments ?? [],
      commentsTruncated: p.commentCount > shown,
    };
  });
}

/** A post's author as the feed shows them; one who deleted their account is "Former member". */
export function authorDto(id: string, name: string | null, photoVersion: string | null) {
  return name !== null
    ? { id, name, photo: avatarPhoto({ id, photoVersion }) }
    : { id, name: "Former member", photo: null };
}

/** Groups comment rows (parents before their replies) into top-level comments with their replies, per post. */
export function threadComments(
  rows: CommentRow[],
  viewer: Viewer,
  moderator: boolean,
): Map<string, { comments: CommentDto[]; shown: number }> {
  const byPost = new Map<string, { comments: CommentDto[]; shown: number }>();
  const topLevel = new Map<string, CommentDto>();
  for (const c of rows) {
    let thread = byPost.get(c.postId);
    if (!thread) byPost.set(c.postId, (thread = { comments: [], shown: 0 }));
    const own = viewer?.id === c.authorId;
    const dto: CommentDto = {
      id: c.id,
      postId: c.postId,
      parentId: c.parentId,
      body: c.body,
      author: {
        id: c.authorId,
        name: c.authorName,
        photo: avatarPhoto({ id: c.authorId, photoVersion: c.authorPhotoVersion }),
      },
      status: c.status,
      removedReason: c.status === "REMOVED" && (own || moderator) ? c.removedReason : null,
      createdAt: c.createdAt.toISOString(),
      editedAt: iso(c.editedAt),
      own,
      reactions: summary(c.reactions, c.mine),
      replies: [],
    };
    thread.shown += 1;
    if (c.parentId === null) {
      topLevel.set(c.id, dto);
      thread.comments.push(dto);
    } else {
      topLevel.get(c.parentId)?.replies.push(dto);
    }
  }
  return byPost;
}
