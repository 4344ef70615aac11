import "server-only";
import { db, type Tx } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { groupRef } from "@/lib/groups/scope";
import { decodeCursor, encodeCursor } from "./cursor";
import { FEED_COMMENTS, FEED_REPLIES, fetchComments, fetchFeedPosts, hydratePosts } from "./hydrate";
import { MAX_PINNED } from "./pin-post";
import { ZFeedQuery, parseInput } from "./schemas";
import type { FeedPageDto } from "./dto";

/**
 * The group's feed, newest first, one page at a time (keyset cursor on createdAt and id). Pinned announcements
 * come first, on the first page only. Everyone who reads the group's posts sees published ones; authors also see
 * their own posts waiting for approval or removed (with the reason). Anyone else gets NOT_FOUND.
 *
 * Two statements whatever the page holds (besides the group, read once per request by the page): the posts with
 * their authors, counters and reactions, then their first comments with theirs. `client` lets a test count them.
 */
export async function findFeed(
  actor: Actor,
  where: { slug: string } | { id: string },
  raw: unknown,
  client: Tx = db,
): Promise<FeedPageDto> {
  const query = parseInput(ZFeedQuery, raw);
  // Outside a transaction the group's loader is the per-request one the layout and page already used.
  const { group, scope } = await authorize(actor, "posts.read", groupRef(where), client === db ? {} : { tx: client });
  const cursor = decodeCursor(query.cursor);
  const viewer = actor ? { id: actor.id } : null;

  const rows = await fetchFeedPosts(client, {
    groupId: group.id,
    viewer,
    cursor,
    limit: query.limit,
    maxPinned: MAX_PINNED,
  });
  const pinned = rows.filter((r) => r.pinnedFirst);
  const page = rows.filter((r) => !r.pinnedFirst).slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length - pinned.length > query.limit && last ? encodeCursor(last) : null;
  const shown = [...pinned, ...page];
  const comments = await fetchComments(
    client,
    shown.map((p) => p.id),
    viewer,
    { top: FEED_COMMENTS, replies: FEED_REPLIES },
  );
  return {
    posts: hydratePosts(shown, comments, viewer, { moderator: can(actor, "posts.moderate", scope) }),
    nextCursor,
  };
}
