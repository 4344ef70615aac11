import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { decodeCursor, encodeCursor } from "./cursor";
import { fetchComments, threadComments } from "./hydrate";
import { ZCommentsQuery, parseInput } from "./schemas";
import type { CommentDto } from "./dto";

/** Replies shown under each comment when a post's comments are read in full. */
export const MAX_REPLIES = 50;

/**
 * A post's comments, oldest first, one page of top-level comments at a time (keyset cursor on createdAt and id),
 * each with its replies and reactions; NOT_FOUND when the post is not visible. "View all N comments" reads these.
 */
export async function findComments(
  actor: Actor,
  postId: string,
  raw: unknown = {},
): Promise<{ comments: CommentDto[]; nextCursor: string | null }> {
  const query = parseInput(ZCommentsQuery, raw);
  const { scope } = await authorize(actor, "posts.read", { postId }, { tx: db });
  const viewer = actor ? { id: actor.id } : null;
  const rows = await fetchComments(db, [postId], viewer, {
    top: query.limit + 1,
    replies: MAX_REPLIES,
    after: decodeCursor(query.cursor),
  });
  const comments = threadComments(rows, viewer, can(actor, "posts.moderate", scope)).get(postId)?.comments ?? [];
  const page = comments.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    comments.length > query.limit && last ? encodeCursor({ createdAt: new Date(last.createdAt), id: last.id }) : null;
  return { comments: page, nextCursor };
}
