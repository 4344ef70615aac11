import type { FeedActions } from "@/components/groups/feed/feed-actions";
import {
  approvePostAction,
  createCommentAction,
  createPostAction,
  deleteCommentAction,
  deletePostAction,
  pinPostAction,
  reactAction,
  removeCommentAction,
  removePostAction,
  reportAction,
  updateCommentAction,
  updatePostAction,
} from "./feed-actions";

/** The feed's server actions, handed to its components as props (components never import app/). */
export const feedActions: FeedActions = {
  createPost: createPostAction,
  updatePost: updatePostAction,
  deletePost: deletePostAction,
  removePost: removePostAction,
  approvePost: approvePostAction,
  pinPost: pinPostAction,
  createComment: createCommentAction,
  updateComment: updateCommentAction,
  deleteComment: deleteCommentAction,
  removeComment: removeCommentAction,
  react: reactAction,
  report: reportAction,
};
