import { apiRoute } from "@/lib/http/route";
import { deleteMessage, editMessage } from "@/lib/chat/change-message";

/** Edit your own message within 15 minutes of sending it. */
export const PATCH = apiRoute({
  handler: ({ user, params, body }) => editMessage(user, params.messageId ?? "", body),
});

/** Delete your own message within 15 minutes of sending it. */
export const DELETE = apiRoute({ handler: ({ user, params }) => deleteMessage(user, params.messageId ?? "") });
