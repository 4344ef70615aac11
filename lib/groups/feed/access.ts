import "server-only";
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { can, isAuthor, type Actor, type GroupScope } from "@/lib/auth/policy";
import { loadGroupContext, type GroupContext } from "@/lib/groups/scope";

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

/**
 * Who may see a piece of content: anyone who reads the group's posts sees published content; content waiting for
 * approval or removed by a moderator is seen by its author and the group's moderators only.
 */
export function maySee(actor: Actor, scope: GroupScope, content: { authorId: string; status: string }): boolean {
  if (!can(actor, "posts.read", scope)) return false;
  if (content.status === "PUBLISHED") return true;
  return isAuthor(actor, content) || can(actor, "posts.moderate", scope);
}

/**
 * Resolves the scope from the post itself (its group, the actor's standing there). A post that does not exist and
 * one the actor may not see are the same NOT_FOUND, so ids reveal nothing.
 */
export async function loadPostContext(actor: Actor, postId: string, tx: Tx): Promise<GroupContext & { post: PostRef }> {
  const post = await tx.post.findUnique({ where: { id: postId }, select: postRefSelect });
  if (!post) throw notFound();
  const context = await loadGroupContext(actor, { id: post.groupId }, tx);
  if (!maySee(actor, context.scope, post)) throw notFound();
  return { ...context, post };
}

/** The same for a comment: its post, that post's group, and whether the actor may see both. */
export async function loadCommentContext(
  actor: Actor,
  commentId: string,
  tx: Tx,
): Promise<GroupContext & { post: PostRef; comment: CommentRef }> {
  const row = await tx.comment.findUnique({
    where: { id: commentId },
    select: { id: true, postId: true, authorId: true, parentId: true, status: true, post: { select: postRefSelect } },
  });
  if (!row) throw notFound();
  const { post, ...comment } = row;
  const context = await loadGroupContext(actor, { id: post.groupId }, tx);
  if (!maySee(actor, context.scope, post) || !maySee(actor, context.scope, comment)) throw notFound();
  return { ...context, post, comment };
}

export type ContentTarget = { postId: string } | { commentId: string };

/** A post or a comment, whichever the target names: its context, and the content itself. */
export async function loadTargetContext(
  actor: Actor,
  target: ContentTarget,
  tx: Tx,
): Promise<
  GroupContext & {
    post: PostRef;
    comment: CommentRef | null;
    content: { id: string; authorId: string; status: string };
  }
> {
  if ("commentId" in target) {
    const context = await loadCommentContext(actor, target.commentId, tx);
    return { ...context, content: context.comment };
  }
  const context = await loadPostContext(actor, target.postId, tx);
  return { ...context, comment: null, content: context.post };
}
