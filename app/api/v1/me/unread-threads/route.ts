import { apiRoute } from "@/lib/http/route";
import { unreadByThread } from "@/lib/chat/mark-read";

/** Unread messages per thread, for the navigation and the pair list. */
export const GET = apiRoute({ handler: ({ user }) => unreadByThread(user.id) });
