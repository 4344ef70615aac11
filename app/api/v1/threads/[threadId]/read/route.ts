import { apiRoute } from "@/lib/http/route";
import { markThreadRead } from "@/lib/chat/mark-read";

/** Mark the thread read up to a message; the other participant sees "seen". */
export const PUT = apiRoute({
  handler: ({ user, params, body }) => markThreadRead(user, params.threadId ?? "", body),
});
