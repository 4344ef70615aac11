import { apiRoute } from "@/lib/http/route";
import { findMessages } from "@/lib/chat/find-messages";
import { sendMessage } from "@/lib/chat/send-message";

/** A page of the thread, oldest to newest (participants only; anyone else 404). */
export const GET = apiRoute({
  handler: ({ user, params, query }) => findMessages(user, params.threadId ?? "", query),
});

/** Send a message; the same clientId again returns the same stored message (exactly once). */
export const POST = apiRoute({
  status: 201,
  handler: async ({ user, params, body }) => (await sendMessage(user, params.threadId ?? "", body)).message,
});
