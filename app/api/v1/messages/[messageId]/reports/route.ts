import { apiRoute } from "@/lib/http/route";
import { reportMessage } from "@/lib/chat/report-message";

/** Report a message from the other participant to the group's admins. */
export const POST = apiRoute({
  status: 201,
  handler: ({ user, params, body }) => reportMessage(user, params.messageId ?? "", body),
});
