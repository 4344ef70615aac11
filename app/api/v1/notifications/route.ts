import { apiRoute } from "@/lib/http/route";
import { findNotifications, ZNotificationsQuery } from "@/lib/notifications/find-notifications";

/** Your notifications, newest first, with the unread count. */
export const GET = apiRoute({
  query: ZNotificationsQuery,
  handler: ({ user, query }) => findNotifications(user, query),
});
