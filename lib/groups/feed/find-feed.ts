import "server-only";
import { db, type Tx } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { groupRef } from "@/lib/groups/scope";
import { decodeCursor, encodeCursor } from "./cursor";
import { FEED_COMMENTS, FEED_REPLIES, authorDto, fetchComments, fetchFeedPosts, hydratePosts } from "./hydrate";
import { MAX_PINNED } from "./pin-post";
import { ZFeedQuery, parseInput } from "./schemas";
import type { FeedPageDto } from "./dto";

/** How many posts waiting for approval a moderator's first page brings (the oldest; the count says how many in all). */
export const PENDING_QUEUE_SIZE = 50;

/**
 * The group's feed, newest first, one page at a time (keyset cursor on createdAt and id). Pinned announcements
 * come first, on the first page only. Everyone who reads the group's posts sees published ones; authors also see
 * their own posts waiting for approval or removed (with the reason). Anyone else gets NOT_FOUND.
 *
 * Two statements whatever the page holds (besides the group, read once per request by the page): the posts with
 * their authors, counters and reactions, then their first comments with theirs. With `withPending` (the group
 * page), a moderator's first page also carries the approval queue in the first of them. `client` lets a test
 * count them.
 */
export async function findFeed(
  actor: Actor,
  where: { slug: string } | { id: string },
  raw: unknown,
  client: Tx = db,
  options: { withPending?: boolean } = {},
): Promise<FeedPageDto> {
  const query = parseInput(ZFeedQuery, raw);
  // Outside a transaction the group's loader is the per-request one the layout and page already used.
  const { group, scope } = await authorize(actor, "posts.read", groupRef(where), client === db ? {} : { tx: client });
  const cursor = decodeCursor(query.cursor);
  const viewer = actor ? { id: actor.id } : null;
  const moderator = can(actor, "posts.moderate", scope);
  const withPending = options.withPending === true && moderator && cursor === null;

  const rows = await fetchFeedPosts(client, {
    groupId: group.id,
    viewer,
    cursor,
    limit: query.limit,
    maxPinned: MAX_PINNED,
    pending: withPending ? PENDING_QUEUE_SIZE : 0,
  });
  const pinned = rows.filter((r) => r.section === "pinned");
  const page = rows.filter((r) => r.section === "page").slice(0, query.limit);
  const waiting = rows.filter((r) => r.section === "pending");
  const last = page.at(-1);
  const nextCursor = rows.filter((r) => r.section === "page").length > query.limit && last ? encodeCursor(last) : null;
  const shown = [...pinned, ...page];
  const comments = await fetchComments(
    client,
    shown.map((p) => p.id),
    viewer,
    { top: FEED_COMMENTS, replies: FEED_REPLIES },
  );
  return {
    posts: hydratePosts(shown, comments, viewer, { moderator }),
    nextCursor,
    ...(withPending
      ? {
          pending: {
            posts: waiting.map((p) => ({
              id: p.id,
              body: p.body,
              createdAt: p.createdAt.toISOString(),
              author: authorDto(p.authorId, p.authorName, p.authorPhotoVersion),
            })),
            total: waiting[0]?.pendingTotal ?? 0,
          },
        }
      : {}),
  };
}
