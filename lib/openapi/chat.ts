import type { Operation } from "./types";
import {
  ZEditMessageInput,
  ZMarkReadInput,
  ZMessagesQuery,
  ZReportMessageInput,
  ZSendMessageInput,
} from "@/lib/chat/schemas";

const tag = "Chat";

/** The pair's private thread: participants only; anyone else, the group's admins included, gets 404. */
export const chatOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/threads/{threadId}/messages",
    summary: "A page of the thread, oldest to newest (before = older, after = newer)",
    tag,
    auth: true,
    query: ZMessagesQuery,
  },
  {
    method: "post",
    path: "/api/v1/threads/{threadId}/messages",
    summary: "Send a message, exactly once per clientId",
    tag,
    auth: true,
    body: ZSendMessageInput,
    success: { status: 201, description: "The stored message (the same for every retry)" },
  },
  {
    method: "put",
    path: "/api/v1/threads/{threadId}/read",
    summary: "Mark the thread read up to a message",
    tag,
    auth: true,
    body: ZMarkReadInput,
  },
  {
    method: "patch",
    path: "/api/v1/messages/{messageId}",
    summary: "Edit your message (within 15 minutes)",
    tag,
    auth: true,
    body: ZEditMessageInput,
  },
  {
    method: "delete",
    path: "/api/v1/messages/{messageId}",
    summary: "Delete your message (within 15 minutes)",
    tag,
    auth: true,
  },
  {
    method: "post",
    path: "/api/v1/messages/{messageId}/reports",
    summary: "Report a message to the group's admins",
    tag,
    auth: true,
    body: ZReportMessageInput,
    success: { status: 201, description: "The report's id" },
  },
  { method: "get", path: "/api/v1/me/unread-threads", summary: "Unread messages per thread", tag, auth: true },
];
