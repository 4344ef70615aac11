import { apiRoute } from "@/lib/http/route";
import { findNotifications } from "@/lib/notifications/find-notifications";

/** Your notifications, newest first, with the unread count. */
export const GET = apiRoute({
  handler: ({ user, query }) => findNotifications(user, query),
});
