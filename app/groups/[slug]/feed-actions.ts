"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { formAction, type FormValues } from "@/lib/http/action";
import { booleanField } from "@/lib/http/form-fields";
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

// The slug only says which page to refresh; every service finds the group from the post or comment itself. The
// services parse their input (decision 022): each handler only maps the form's fields to it.
const refresh = (s: string) => revalidatePath(`/groups/${s}`, "layout");
const words = () => getTranslations("feed.actions");

/** A form names exactly one of a post or a comment. */
async function toTarget(t: FormValues): Promise<{ postId: string } | { commentId: string }> {
  if (Boolean(t.postId) === Boolean(t.commentId)) throw new AppError("INVALID_INPUT", (await words())("chooseTarget"));
  return t.commentId ? { commentId: t.commentId } : { postId: t.postId! };
}

export const createPostAction = formAction({
  handler: async ({ slug = "", ...input }, { user }) => {
    const post = await createPost(user, { slug }, input);
    refresh(slug);
    return {
      message: (await words())(post.status === "PENDING_APPROVAL" ? "postPending" : "postUp"),
      data: { id: post.id, status: post.status },
    };
  },
});

export const updatePostAction = formAction({
  handler: async ({ slug = "", postId = "", ...input }, { user }) => {
    const data = await updatePost(user, postId, input);
    refresh(slug);
    return { message: (await words())("postUpdated"), data };
  },
});

export const deletePostAction = formAction({
  handler: async ({ slug = "", postId = "" }, { user }) => {
    const data = await deletePost(user, postId);
    refresh(slug);
    return { message: (await words())("postDeleted"), data };
  },
});

export const removePostAction = formAction({
  handler: async ({ slug = "", postId = "", ...input }, { user }) => {
    const data = await removePost(user, postId, input);
    refresh(slug);
    return { message: (await words())("postRemoved"), data };
  },
});

export const approvePostAction = formAction({
  handler: async ({ slug = "", postId = "" }, { user }) => {
    const data = await approvePost(user, postId);
    refresh(slug);
    return { message: (await words())("postApproved"), data };
  },
});

export const pinPostAction = formAction({
  handler: async ({ slug = "", postId = "", pinned }, { user }) => {
    const data = await pinPost(user, postId, booleanField(pinned));
    refresh(slug);
    return { message: (await words())(data.pinned ? "pinned" : "unpinned"), data };
  },
});

export const createCommentAction = formAction({
  handler: async ({ slug = "", postId = "", ...input }, { user }) => {
    const data = await createComment(user, postId, input);
    refresh(slug);
    return { message: (await words())(input.parentId ? "replyPosted" : "commentPosted"), data: { id: data.id } };
  },
});

export const updateCommentAction = formAction({
  handler: async ({ slug = "", commentId = "", ...input }, { user }) => {
    const data = await updateComment(user, commentId, input);
    refresh(slug);
    return { message: (await words())("commentUpdated"), data };
  },
});

export const deleteCommentAction = formAction({
  handler: async ({ slug = "", commentId = "" }, { user }) => {
    const data = await deleteComment(user, commentId);
    refresh(slug);
    return { message: (await words())("commentDeleted"), data };
  },
});

export const removeCommentAction = formAction({
  handler: async ({ slug = "", commentId = "", ...input }, { user }) => {
    const data = await removeComment(user, commentId, input);
    refresh(slug);
    return { message: (await words())("commentRemoved"), data };
  },
});

export const reactAction = formAction({
  handler: async ({ slug = "", kind, ...t }, { user }) => {
    const data = await setReaction(user, await toTarget(t), kind === "NONE" ? null : { kind });
    refresh(slug);
    return { message: (await words())(kind === "NONE" ? "reactionRemoved" : "reactionSaved"), data };
  },
});

export const reportAction = formAction({
  handler: async ({ slug = "", reason, note, ...t }, { user }) => {
    const data = await reportContent(user, await toTarget(t), { reason, ...(note ? { note } : {}) });
    refresh(slug);
    return {
      message: (await words())(data.alreadyReported ? "alreadyReported" : "reported"),
      data,
    };
  },
});
