import type { AnyFeedAction } from "./use-feed-action";

/** The feed's server actions. The group page (app/) hands them down as props, so components never import app/. */
export type FeedActions = Record<
  | "createPost"
  | "updatePost"
  | "deletePost"
  | "removePost"
  | "approvePost"
  | "pinPost"
  | "createComment"
  | "updateComment"
  | "deleteComment"
  | "removeComment"
  | "react"
  | "report",
  AnyFeedAction
>;
