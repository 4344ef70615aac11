"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/http/action";
import {
  REACTION_KINDS,
  ZCommentCreateInput,
  ZCommentUpdateInput,
  ZId,
  ZPostCreateInput,
  ZPostUpdateInput,
  ZRemoveInput,
  ZReportInput,
} from "@/lib/groups/feed/schemas";
import { createPost } from "@/lib/groups/feed/create-post";
import { updatePost } from "@/lib/groups/feed/update-post";
import { deletePost } from "@/lib/groups/feed/delete-post";
import { removePost } from "@/lib/groups/feed/remove-post";
import { approvePost } from "@/lib/groups/feed/approve-post";
import { pinPost } from "@/lib/groups/feed/pin-post";
import { createComment } from "@/lib/groups/feed/create-comment";
import { updateComment } from "@/lib/groups/feed/update-comment";
import { deleteComment } from "@/lib/groups/feed/delete-comment";
import { removeComment } from "@/lib/groups/feed/remove-comment";
import { setReaction } from "@/lib/groups/feed/set-reaction";
import { reportContent } from "@/lib/groups/feed/report-content";

// The slug only says which page to refresh; every service finds the group from the post or comment itself.
const slug = z.string().trim().max(64);
const refresh = (s: string) => revalidatePath(`/groups/${s}`, "layout");

/** A form names exactly one of a post or a comment. */
const target = z
  .strictObject({ postId: ZId.optional(), commentId: ZId.optional() })
  .refine((t) => (t.postId ? 1 : 0) + (t.commentId ? 1 : 0) === 1, "Choose a post or a comment.");
const toTarget = (t: { postId?: string | undefined; commentId?: string | undefined }) =>
  t.commentId ? { commentId: t.commentId } : { postId: t.postId! };

export const createPostAction = formAction({
  schema: ZPostCreateInput.extend({ slug }),
  handler: async ({ slug, ...input }, { user }) => {
    const post = await createPost(user, { slug }, input);
    refresh(slug);
    return {
      message:
        post.status === "PENDING_APPROVAL"
          ? "Thanks! Your post will appear once a moderator approves it."
          : "Your post is up.",
      data: { id: post.id, status: post.status },
    };
  },
});

export const updatePostAction = formAction({
  schema: ZPostUpdateInput.extend({ slug, postId: ZId }),
  handler: async ({ slug, postId, ...input }, { user }) => {
    const data = await updatePost(user, postId, input);
    refresh(slug);
    return { message: "Post updated.", data };
  },
});

export const deletePostAction = formAction({
  schema: z.strictObject({ slug, postId: ZId }),
  handler: async ({ slug, postId }, { user }) => {
    const data = await deletePost(user, postId);
    refresh(slug);
    return { message: "Post deleted.", data };
  },
});

export const removePostAction = formAction({
  schema: ZRemoveInput.extend({ slug, postId: ZId }),
  handler: async ({ slug, postId, ...input }, { user }) => {
    const data = await removePost(user, postId, input);
    refresh(slug);
    return { message: "Post removed. Its author will see your reason.", data };
  },
});

export const approvePostAction = formAction({
  schema: z.strictObject({ slug, postId: ZId }),
  handler: async ({ slug, postId }, { user }) => {
    const data = await approvePost(user, postId);
    refresh(slug);
    return { message: "Post approved and published.", data };
  },
});

export const pinPostAction = formAction({
  schema: z.strictObject({ slug, postId: ZId, pinned: z.enum(["true", "false"]) }),
  handler: async ({ slug, postId, pinned }, { user }) => {
    const data = await pinPost(user, postId, pinned === "true");
    refresh(slug);
    return { message: data.pinned ? "Pinned to the top of the feed." : "Unpinned.", data };
  },
});

export const createCommentAction = formAction({
  schema: ZCommentCreateInput.extend({ slug, postId: ZId }),
  handler: async ({ slug, postId, ...input }, { user }) => {
    const data = await createComment(user, postId, input);
    refresh(slug);
    return { message: input.parentId ? "Reply posted." : "Comment posted.", data: { id: data.id } };
  },
});

export const updateCommentAction = formAction({
  schema: ZCommentUpdateInput.extend({ slug, commentId: ZId }),
  handler: async ({ slug, commentId, ...input }, { user }) => {
    const data = await updateComment(user, commentId, input);
    refresh(slug);
    return { message: "Comment updated.", data };
  },
});

export const deleteCommentAction = formAction({
  schema: z.strictObject({ slug, commentId: ZId }),
  handler: async ({ slug, commentId }, { user }) => {
    const data = await deleteComment(user, commentId);
    refresh(slug);
    return { message: "Comment deleted.", data };
  },
});

export const removeCommentAction = formAction({
  schema: ZRemoveInput.extend({ slug, commentId: ZId }),
  handler: async ({ slug, commentId, ...input }, { user }) => {
    const data = await removeComment(user, commentId, input);
    refresh(slug);
    return { message: "Comment removed. Its author will see your reason.", data };
  },
});

export const reactAction = formAction({
  schema: target.safeExtend({ slug, kind: z.enum([...REACTION_KINDS, "NONE"]) }),
  handler: async ({ slug, kind, ...t }, { user }) => {
    const data = await setReaction(user, toTarget(t), kind === "NONE" ? null : kind);
    refresh(slug);
    return { message: kind === "NONE" ? "Reaction removed." : "Reaction saved.", data };
  },
});

export const reportAction = formAction({
  schema: target.safeExtend({ slug, reason: ZReportInput.shape.reason, note: ZReportInput.shape.note }),
  handler: async ({ slug, reason, note, ...t }, { user }) => {
    const data = await reportContent(user, toTarget(t), { reason, ...(note ? { note } : {}) });
    refresh(slug);
    return {
      message: data.alreadyReported
        ? "You've already reported this. The moderators will look at it."
        : "Thanks. The group's moderators will review your report.",
      data,
    };
  },
});
