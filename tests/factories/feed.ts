import type { PrismaClient } from "@/lib/db/generated/client";
import type { ContentStatus, ReactionKind } from "@/lib/db/generated/enums";

export async function createPost(
  db: PrismaClient,
  group: { id: string },
  author: { id: string },
  overrides: { body?: string; status?: ContentStatus; pinned?: boolean; createdAt?: Date } = {},
) {
  return db.post.create({
    data: {
      groupId: group.id,
      authorId: author.id,
      body: overrides.body ?? "Hello, everyone!",
      status: overrides.status ?? "PUBLISHED",
      pinnedAt: overrides.pinned ? new Date() : null,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
    },
  });
}

export async function createComment(
  db: PrismaClient,
  post: { id: string },
  author: { id: string },
  overrides: { body?: string; parentId?: string; createdAt?: Date } = {},
) {
  return db.comment.create({
    data: {
      postId: post.id,
      authorId: author.id,
      body: overrides.body ?? "Thanks for sharing.",
      parentId: overrides.parentId ?? null,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
    },
  });
}

export async function react(
  db: PrismaClient,
  user: { id: string },
  target: { postId: string } | { commentId: string },
  kind: ReactionKind = "LIKE",
) {
  return db.reaction.create({ data: { userId: user.id, kind, ...target } });
}
