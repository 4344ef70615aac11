import "server-only";
import { db, type Tx } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { groupRef } from "@/lib/groups/scope";
import { decodeCursor, encodeCursor } from "./cursor";
import { hydratePosts, postRowSelect } from "./hydrate";
import { MAX_PINNED } from "./pin-post";
import { ZFeedQuery, parseInput } from "./schemas";
import type { FeedPageDto } from "./dto";

/**
 * The group's feed, newest first, one page at a time (keyset cursor on createdAt and id). Pinned announcements
 * come first, on the first page only. Everyone who reads the group's posts sees published ones; authors also see
 * their own posts waiting for approval or removed (with the reason). Anyone else gets NOT_FOUND.
 *
 * The number of queries is fixed (group, membership, pinned, page, then one each for authors, comments, reaction
 * counts on posts and on comments, and the viewer's reactions), however many posts the page holds. `client` lets a
 * test count them.
 */
export async function findFeed(
  actor: Actor,
  where: { slug: string } | { id: string },
  raw: unknown,
  client: Tx = db,
): Promise<FeedPageDto> {
  const query = parseInput(ZFeedQuery, raw);
  const { group, scope } = await authorize(actor, "posts.read", groupRef(where), { tx: client });
  const cursor = decodeCursor(query.cursor);

  const visible = actor
    ? [{ status: "PUBLISHED" as const }, { authorId: actor.id }]
    : [{ status: "PUBLISHED" as const }];
  const [pinned, rows] = await Promise.all([
    cursor
      ? Promise.resolve([])
      : client.post.findMany({
          where: { groupId: group.id, status: "PUBLISHED", pinnedAt: { not: null } },
          orderBy: [{ pinnedAt: "desc" }, { id: "desc" }],
          take: MAX_PINNED,
          select: postRowSelect,
        }),
    client.post.findMany({
      where: {
        groupId: group.id,
        pinnedAt: null,
        OR: visible,
        ...(cursor
          ? {
              AND: [
                {
                  OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
                },
              ],
            }
          : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: query.limit + 1,
      select: postRowSelect,
    }),
  ]);

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor(last) : null;
  const posts = await hydratePosts(client, [...pinned, ...page], actor, {
    moderator: can(actor, "posts.moderate", scope),
  });
  return { posts, nextCursor };
}
