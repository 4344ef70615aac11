import { apiRoute } from "@/lib/http/route";
import { findNotifications } from "@/lib/notifications/find-notifications";
import { requestLocale } from "@/lib/i18n/request-locale";

/** Your notifications, newest first, with the unread count. */
export const GET = apiRoute({
  // In the language of the pages (the bell's list): the member's, the switcher's or the browser's.
  handler: async ({ user, query }) => findNotifications(user, query, await requestLocale()),
});
