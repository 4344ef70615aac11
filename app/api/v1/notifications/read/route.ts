import { apiRoute } from "@/lib/http/route";
import { markRead } from "@/lib/notifications/mark-read";

/** Mark some (`ids`) or all (`all: true`) of your notifications read. */
export const POST = apiRoute({ handler: ({ user, body }) => markRead(user, body) });
