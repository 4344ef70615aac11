import type { Operation } from "./types";
import { memberOperations } from "@/lib/groups/members/openapi";
import {
  ZCommentCreateInput,
  ZFeedQuery,
  ZPostCreateInput,
  ZPostUpdateInput,
  ZReactionInput,
} from "@/lib/groups/feed/schemas";

const feedOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/groups/{slug}/posts",
    summary: "The group's feed, pinned first, newest first",
    tag: "Feed",
    auth: false,
    query: ZFeedQuery,
  },
  {
    method: "post",
    path: "/api/v1/groups/{slug}/posts",
    summary: "Write a post (held for approval when the group asks it of new members)",
    tag: "Feed",
    auth: true,
    body: ZPostCreateInput,
    success: { status: 201, description: "The new post" },
  },
  { method: "get", path: "/api/v1/posts/{postId}", summary: "One post", tag: "Feed", auth: false },
  {
    method: "patch",
    path: "/api/v1/posts/{postId}",
    summary: "Edit your own post",
    tag: "Feed",
    auth: true,
    body: ZPostUpdateInput,
  },
  { method: "delete", path: "/api/v1/posts/{postId}", summary: "Delete your own post", tag: "Feed", auth: true },
  {
    method: "get",
    path: "/api/v1/posts/{postId}/comments",
    summary: "A post's comments, with one level of replies",
    tag: "Feed",
    auth: false,
  },
  {
    method: "post",
    path: "/api/v1/posts/{postId}/comments",
    summary: "Comment, or reply to a comment",
    tag: "Feed",
    auth: true,
    body: ZCommentCreateInput,
  },
  {
    method: "put",
    path: "/api/v1/posts/{postId}/reactions",
    summary: "Set your reaction to a post",
    tag: "Feed",
    auth: true,
    body: ZReactionInput,
  },
  {
    method: "delete",
    path: "/api/v1/posts/{postId}/reactions",
    summary: "Clear your reaction to a post",
    tag: "Feed",
    auth: true,
  },
];

const notificationOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/notifications",
    summary: "Your notifications, newest first, with the unread count",
    tag: "Notifications",
    auth: true,
  },
  {
    method: "post",
    path: "/api/v1/notifications/read",
    summary: "Mark some or all of your notifications read",
    tag: "Notifications",
    auth: true,
  },
  {
    method: "get",
    path: "/api/v1/stream",
    summary:
      "Your realtime stream (Server-Sent Events: a first `ready` event, then notifications and your threads' messages, edits and read marks; resume with the Last-Event-ID header or `?lastEventId=`; 503 means retry)",
    tag: "Notifications",
    auth: true,
  },
];

/** Operations of the groups' members, feed and moderation API, and notifications. */
export const operations: Operation[] = [...memberOperations, ...feedOperations, ...notificationOperations];
