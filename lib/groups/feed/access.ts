import "server-only";
import { db } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import type { ContentScope } from "@/lib/auth/policy";
import type { Resolver } from "@/lib/auth/authorize";
import { readGroupContext, type GroupContext } from "@/lib/groups/scope";

export type PostRef = {
  id: string;
  groupId: string;
  authorId: string;
  status: "PUBLISHED" | "PENDING_APPROVAL" | "REMOVED";
  pinnedAt: Date | null;
};

export type CommentRef = {
  id: string;
  postId: string;
  authorId: string;
  parentId: string | null;
  status: "PUBLISHED" | "PENDING_APPROVAL" | "REMOVED";
};

const postRefSelect = { id: true, groupId: true, authorId: true, status: true, pinnedAt: true } as const;

/** A post, or a comment with its post: what the actor sees, and which of the two the ref named (`content`). */
export type ContentContext = GroupContext & {
  post: PostRef;
  comment: CommentRef | null;
  content: { id: string; authorId: string; status: string };
};

export type PostContext = ContentContext & { comment: null };
export type CommentContext = ContentContext & { comment: CommentRef };

function resolved<C extends CommentRef | null>(context: GroupContext, post: PostRef, comment: C) {
  const scope: ContentScope = { kind: "content", group: context.scope, post, comment };
  return { context: { ...context, post, comment, content: comment ?? post }, scope };
}

/**
 * The loader of a post: the post, its group and the actor's standing there. The policy answers NOT_FOUND for a
 * post the actor may not see, as for one that does not exist, so ids reveal nothing.
 */
export const resolvePost: Resolver<PostContext> = async (actor, postId, { tx = db }) => {
  assertPlausibleKey(postId); // a NUL or a mangled id names nothing: 404, never a database error
  const post = await tx.post.findUnique({ where: { id: postId }, select: postRefSelect });
  if (!post) throw notFound();
  return resolved(await readGroupContext(actor, { id: post.groupId }, tx), post, null);
};

/** The loader of a comment: the comment, its post and that post's group; the actor must see both. */
export const resolveComment: Resolver<CommentContext> = async (actor, commentId, { tx = db }) => {
  assertPlausibleKey(commentId); // a NUL or a mangled id names nothing: 404, never a database error
  const row = await tx.comment.findUnique({
    where: { id: commentId },
    select: { id: true, postId: true, authorId: true, parentId: true, status: true, post: { select: postRefSelect } },
  });
  if (!row) throw notFound();
  const { post, ...comment } = row;
  return resolved(await readGroupContext(actor, { id: post.groupId }, tx), post, comment);
};

export type ContentTarget = { postId: string } | { commentId: string };

declare module "@/lib/auth/authorize" {
  interface Resolvers {
    postId: PostContext;
    commentId: CommentContext;
  }
}
