import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { iso, type CommentDto, type PostDto, type ReactionSummaryDto } from "./dto";
import type { ReactionKind } from "./schemas";
import { avatarPhoto } from "@/lib/photos/url";

/** Comments shown per post in the feed (oldest first); the rest wait behind "all comments". */
export const COMMENTS_PER_POST = 50;

export type PostRow = {
  id: string;
  authorId: string;
  body: string;
  status: PostDto["status"];
  pinnedAt: Date | null;
  removedReason: string | null;
  createdAt: Date;
  editedAt: Date | null;
};

export const postRowSelect = {
  id: true,
  authorId: true,
  body: true,
  status: true,
  pinnedAt: true,
  removedReason: true,
  createdAt: true,
  editedAt: true,
} as const;

type CommentRow = {
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
  total: number;
};

type Viewer = { id: string } | null;

function summaries() {
  const map = new Map<string, ReactionSummaryDto>();
  return {
    get(id: string): ReactionSummaryDto {
      let s = map.get(id);
      if (!s) map.set(id, (s = { counts: {}, total: 0, mine: null }));
      return s;
    },
  };
}

/**
 * Comments of many posts in one query: visible ones only (published, or the viewer's own), replies only under a
 * visible parent, at most `cap` per post, each with its author's name and the post's visible total.
 */
export function fetchComments(client: Tx, postIds: string[], viewer: Viewer, cap: number) {
  const viewerId = viewer?.id ?? null;
  return client.$queryRaw<CommentRow[]>`
    SELECT id, "postId", "authorId", "authorName", "authorPhotoVersion", "parentId", body, status, "removedReason", "createdAt", "editedAt", total
    FROM (
      SELECT c.id, c."postId", c."authorId", u.name AS "authorName", u."photoVersion" AS "authorPhotoVersion", c."parentId", c.body, c.status::text AS status,
             c."removedReason", c."createdAt", c."editedAt",
             row_number() OVER (PARTITION BY c."postId" ORDER BY c."createdAt", c.id) AS rn,
             count(*) OVER (PARTITION BY c."postId")::int AS total
      FROM "Comment" c
      JOIN "User" u ON u.id = c."authorId"
      LEFT JOIN "Comment" p ON p.id = c."parentId"
      WHERE c."postId" IN (${Prisma.join(postIds)})
        AND (c.status = 'PUBLISHED' OR c."authorId" = ${viewerId})
        AND (c."parentId" IS NULL OR p.status = 'PUBLISHED' OR p."authorId" = ${viewerId})
    ) visible
    WHERE rn <= ${cap}
    ORDER BY "createdAt", id`;
}

/**
 * Turns a page of posts into DTOs with authors, comments (one level of replies), reaction counts and the viewer's
 * own reactions, in a fixed number of queries whatever the number of posts: no query per post.
 */
export async function hydratePosts(
  client: Tx,
  rows: PostRow[],
  viewer: Viewer,
  options: { moderator: boolean; commentCap?: number },
): Promise<PostDto[]> {
  if (rows.length === 0) return [];
  const postIds = rows.map((p) => p.id);
  const cap = options.commentCap ?? COMMENTS_PER_POST;
  const [authors, comments, postCounts, commentCounts, mine] = await Promise.all([
    client.user.findMany({
      where: { id: { in: [...new Set(rows.map((p) => p.authorId))] } },
      select: { id: true, name: true, photoVersion: true },
    }),
    fetchComments(client, postIds, viewer, cap),
    client.reaction.groupBy({
      by: ["postId", "kind"],
      where: { postId: { in: postIds } },
      _count: { _all: true },
    }),
    client.reaction.groupBy({
      by: ["commentId", "kind"],
      where: { comment: { postId: { in: postIds } } },
      _count: { _all: true },
    }),
    viewer
      ? client.reaction.findMany({
          where: { userId: viewer.id, OR: [{ postId: { in: postIds } }, { comment: { postId: { in: postIds } } }] },
          select: { postId: true, commentId: true, kind: true },
        })
      : Promise.resolve([] as { postId: string | null; commentId: string | null; kind: ReactionKind }[]),
  ]);

  const byId = new Map(authors.map((a) => [a.id, a]));
  const reactions = summaries();
  for (const r of [
    ...postCounts.map((c) => ({ id: c.postId, ...c })),
    ...commentCounts.map((c) => ({ id: c.commentId, ...c })),
  ]) {
    if (!r.id) continue;
    const s = reactions.get(r.id);
    s.counts[r.kind] = r._count._all;
    s.total += r._count._all;
  }
  for (const r of mine) {
    const id = r.postId ?? r.commentId;
    if (id) reactions.get(id).mine = r.kind;
  }

  const threads = threadComments(comments, viewer, options.moderator, (id) => reactions.get(id));
  return rows.map((p) => {
    const own = viewer?.id === p.authorId;
    const thread = threads.get(p.id);
    return {
      id: p.id,
      body: p.body,
      author: authorDto(p.authorId, byId.get(p.authorId)),
      status: p.status,
      removedReason: p.status === "REMOVED" && (own || options.moderator) ? p.removedReason : null,
      pinned: p.pinnedAt !== null,
      createdAt: p.createdAt.toISOString(),
      editedAt: iso(p.editedAt),
      own,
      reactions: reactions.get(p.id),
      commentCount: thread?.total ?? 0,
      comments: thread?.comments ?? [],
      commentsTruncated: (thread?.total ?? 0) > (thread?.shown ?? 0),
    };
  });
}

function authorDto(id: string, user: { name: string; photoVersion: string | null } | undefined) {
  return user
    ? { id, name: user.name, photo: avatarPhoto({ id, photoVersion: user.photoVersion }) }
    : { id, name: "Former member", photo: null };
}

/** Groups comment rows (oldest first) into top-level comments with their replies, per post. */
export function threadComments(
  rows: CommentRow[],
  viewer: Viewer,
  moderator: boolean,
  reactionsOf: (id: string) => ReactionSummaryDto,
): Map<string, { comments: CommentDto[]; total: number; shown: number }> {
  const byPost = new Map<string, { comments: CommentDto[]; total: number; shown: number }>();
  const topLevel = new Map<string, CommentDto>();
  for (const c of rows) {
    let thread = byPost.get(c.postId);
    if (!thread) byPost.set(c.postId, (thread = { comments: [], total: c.total, shown: 0 }));
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
      reactions: reactionsOf(c.id),
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
